import type { Translate } from '../i18n';
import { formatPropValue } from '../i18n/format';
import { CATALOGUE, type DiagramNode, type Lang, nodeProps, type PropValues } from '../model';

/** Which properties a node shows on its face, so a diagram reads at a glance. */
function keysFor(node: DiagramNode, p: PropValues): string[] {
  switch (node.kind) {
    case 'client':
      return p.mode === 'polling'
        ? ['mode', 'pollIntervalMs']
        : p.mode === 'sync'
          ? ['mode', 'rate', 'users']
          : ['mode', 'rate'];
    case 'provider':
      return ['changeRate'];
    case 'service':
      return ['instances', 'serviceTimeMs'];
    case 'gateway':
      return p.rateLimit ? ['rateLimitRps'] : ['overheadMs'];
    case 'loadBalancer':
      return ['algorithm'];
    case 'database':
      return ['poolSize'];
    case 'batch':
      return ['batchSize', 'windowMs'];
    case 'queue':
      return ['capacity'];
    case 'exchange':
      return ['exchangeType'];
    case 'eventBus':
      return ['durable'];
    case 'topic':
      return ['partitions'];
    case 'streams':
      return ['operation'];
    case 'connect':
      return ['connectorMode'];
  }
}

/** Short "label: value" pairs for the node's face. */
export function nodeSummary(node: DiagramNode, lang: Lang, t: Translate): { label: string; value: string }[] {
  const props = nodeProps(node);
  const specs = CATALOGUE[node.kind].props;
  return keysFor(node, props).flatMap((key) => {
    const spec = specs.find((s) => s.key === key);
    const value = props[key];
    return spec && value !== undefined
      ? [{ label: spec.label[lang], value: formatPropValue(spec, value, lang, t) }]
      : [];
  });
}
