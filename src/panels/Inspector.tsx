import '../i18n/later/editorText';
import { lazy, Suspense } from 'react';
import { useT } from '../i18n';
import { LIMITS } from '../model';
import { diagramActions, useDiagram } from '../store/diagram';
import { useUi } from '../store/ui';
import { RunOverview } from './metrics/RunOverview';
import { TextField } from './TextField';

const NodeInspector = lazy(() => import('./InspectorBody').then((m) => ({ default: m.NodeInspector })));
const EdgeInspector = lazy(() => import('./InspectorBody').then((m) => ({ default: m.EdgeInspector })));
const ExampleAbout = lazy(() => import('./ExampleAbout').then((m) => ({ default: m.ExampleAbout })));
const DeleteButton = lazy(() => import('./InspectorBody').then((m) => ({ default: m.DeleteButton })));

/** Shows and edits what is selected: one component, one connection, or a count of many. */
export function Inspector() {
  const t = useT();
  const selectedNodes = useUi((s) => s.selectedNodes);
  const selectedEdges = useUi((s) => s.selectedEdges);
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  const name = useDiagram((s) => s.name);
  const example = useUi((s) => s.example);
  const count = selectedNodes.size + selectedEdges.size;

  let body: React.ReactNode;
  if (count === 0) {
    body = (
      <div className="inspector__body">
        <TextField
          label={t('inspector.diagramName')}
          value={name}
          maxLength={LIMITS.nameLength}
          placeholder={t('open.untitled')}
          onCommit={diagramActions.renameDiagram}
        />
        {example ? <ExampleAbout id={example} /> : null}
        <p className="muted inspector__empty">{t('inspector.empty')}</p>
        <RunOverview />
      </div>
    );
  } else if (count > 1) {
    body = (
      <div className="inspector__body">
        <p>{t('inspector.multi', { count })}</p>
        <DeleteButton nodes={selectedNodes} edges={selectedEdges} />
      </div>
    );
  } else if (selectedNodes.size === 1) {
    const [id] = selectedNodes;
    const node = nodes.find((n) => n.id === id);
    body = node ? <NodeInspector node={node} /> : null;
  } else {
    const [id] = selectedEdges;
    const edge = edges.find((e) => e.id === id);
    body = edge ? <EdgeInspector edge={edge} nodes={nodes} /> : null;
  }
  return (
    <aside className="inspector" aria-label={t('inspector.title')}>
      <h2 className="panel-title">{t('inspector.title')}</h2>
      <Suspense fallback={null}>{body}</Suspense>
    </aside>
  );
}
