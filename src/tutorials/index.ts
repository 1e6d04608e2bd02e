import { batch } from './content/batch';
import { eventDriven } from './content/eventDriven';
import { gateway } from './content/gateway';
import { kafka } from './content/kafka';
import { microservices } from './content/microservices';
import { queues } from './content/queues';
import { rabbitmq } from './content/rabbitmq';
import { syncAsync } from './content/syncAsync';
import { webhooksPolling } from './content/webhooksPolling';
import type { Tutorial } from './types';

/** Every tutorial, in the order they are offered: one per section of the source sheet. */
export const TUTORIALS: readonly Tutorial[] = [
  syncAsync,
  eventDriven,
  gateway,
  microservices,
  webhooksPolling,
  batch,
  queues,
  rabbitmq,
  kafka,
];

export function findTutorial(id: string): Tutorial | undefined {
  return TUTORIALS.find((t) => t.id === id);
}
