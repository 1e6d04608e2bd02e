import '../../i18n/later/runText';
import { useT } from '../../i18n';
import { own } from '../../model';
import { useRun } from '../../run/controller';

/** What is wrong with a node right now, in words (shown in the inspector and on the node). */
export function useFaultSummary(nodeId: string): string[] {
  const t = useT();
  const f = useRun((s) => own(s.faults.nodes, nodeId));
  if (!f) return [];
  const out: string[] = [];
  if (f.stopped) out.push(t('fault.isStopped'));
  if (f.slow) out.push(t('fault.isSlow', { factor: f.slow }));
  if (f.errorPct !== undefined) out.push(t('fault.isFailing', { pct: f.errorPct }));
  if (f.instancesDown) out.push(t('fault.isInstancesDown', { count: f.instancesDown }));
  if (f.deploying) out.push(t('fault.isDeploying', { instance: f.deploying.instance, of: f.deploying.of }));
  return out;
}
