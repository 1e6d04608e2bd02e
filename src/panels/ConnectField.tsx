import '../i18n/later/editorText';
import { useId, useMemo, useState } from 'react';
import { useLang, useT } from '../i18n';
import { CATALOGUE, type DiagramNode, judgeConnection } from '../model';
import { diagramActions, useDiagram } from '../store/diagram';
import { uiActions } from '../store/ui';

/**
 * Wiring without a mouse: the components this one may connect to (by the same rules as a drag),
 * picked from a list. Keyboard and screen-reader users can build a whole diagram this way.
 */
export function ConnectField({ node }: { node: DiagramNode }) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  const [target, setTarget] = useState('');
  // Only this component's own wires can make a connection a duplicate: judging against them keeps
  // the list cheap when a large diagram re-renders (a drag changes `nodes` every frame).
  const targets = useMemo(() => {
    const own = edges.filter((e) => e.source === node.id);
    return nodes.filter((n) => judgeConnection(node, n, own).ok);
  }, [node, nodes, edges]);
  if (targets.length === 0) return null;
  const name = (n: DiagramNode) => `${n.label || '—'} (${CATALOGUE[n.kind].name[lang]})`;
  const connect = () => {
    const to = targets.find((n) => n.id === target);
    if (!to) return;
    const result = diagramActions.connect(node.id, to.id);
    if (!result.verdict.ok) return;
    setTarget('');
    uiActions.notify({
      kind: 'info',
      key: 'connected',
      about: [node.id, to.id],
      text: t('inspector.connected', { from: node.label || '—', to: to.label || '—' }),
    });
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('inspector.connectTo')}
      </label>
      <div className="connect-field">
        <select id={id} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t('inspector.connectPick')}</option>
          {targets.map((n) => (
            <option key={n.id} value={n.id}>
              {name(n)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--small" disabled={!target} onClick={connect}>
          {t('inspector.connect')}
        </button>
      </div>
    </div>
  );
}
