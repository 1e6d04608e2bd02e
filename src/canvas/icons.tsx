import {
  Cable,
  Database,
  Globe,
  Layers,
  ListOrdered,
  type LucideIcon,
  MonitorSmartphone,
  RadioTower,
  Router,
  ScrollText,
  Server,
  Shuffle,
  Split,
  Workflow,
} from 'lucide-react';
import type { IconId } from '../model';

/** The drawing for each catalogue icon id. */
export const ICONS: { readonly [K in IconId]: LucideIcon } = {
  client: MonitorSmartphone,
  provider: Globe,
  service: Server,
  gateway: Router,
  loadBalancer: Split,
  database: Database,
  batch: Layers,
  queue: ListOrdered,
  exchange: Shuffle,
  eventBus: RadioTower,
  topic: ScrollText,
  streams: Workflow,
  connect: Cable,
};
