import '../model/catalogue/descriptions';
import '../i18n/later/editorText';
import '../i18n/later/runText';
/** The inspector's forms, loaded on the first selection (not needed to show an empty inspector). */
import { Trash } from 'lucide-react';
import { Suspense } from 'react';
import type { FaultTarget } from '../canvas/faults/FaultActions';
import { edgeFaultTarget } from '../canvas/faults/faultTarget';
import { ICONS } from '../canvas/icons';
import { LazyFaultActions } from '../canvas/lazy';
import { useLang, useT } from '../i18n';
import {
  CATALOGUE,
  type DiagramEdge,
  type DiagramNode,
  EDGE_CATALOGUE,
  edgeKindOf,
  edgePropSpecs,
  edgeProps,
  indexNodes,
  isPropVisible,
  LIMITS,
  nodeProps,
} from '../model';
import { useRun } from '../run/controller';
import { diagramActions } from '../store/diagram';
import { uiActions } from '../store/ui';
import { ConnectField } from './ConnectField';
import { LazyMetricsSection } from './lazy';
import { PropField } from './PropField';
import { LazyQueueingSection } from './queueing/lazy';
import { TextField } from './TextField';

function FaultSection({ target }: { target: FaultTarget }) {
  const t = useT();
  return (
    <section className="inspector__faults" aria-label={t('fault.title')}>
      <h4>{t('fault.title')}</h4>
      <Suspense fallback={null}>
        <LazyFaultActions target={target} />
      </Suspense>
    </section>
  );
}

export function DeleteButton({ nodes, edges }: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> }) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button--danger"
      onClick={() => {
        diagramActions.remove(nodes, edges);
        uiActions.clearSelection();
      }}
    >
      <Trash size={14} aria-hidden="true" /> {t('inspector.delete')}
    </button>
  );
}

function NameField({ node }: { node: DiagramNode }) {
  const t = useT();
  return (
    <TextField
      label={t('inspector.name')}
      value={node.label}
      maxLength={LIMITS.labelLength}
      onCommit={(label) => diagramActions.rename(node.id, label)}
    />
  );
}

export function NodeInspector({ node }: { node: DiagramNode }) {
  const lang = useLang();
  const spec = CATALOGUE[node.kind];
  const values = nodeProps(node);
  const Icon = ICONS[spec.icon];
  const runActive = useRun((s) => s.status !== 'idle' || s.now > 0);
  return (
    <div className="inspector__body" data-testid="inspector-node">
      <header className="inspector__head" style={{ '--accent': spec.color } as React.CSSProperties}>
        <span className="inspector__icon" aria-hidden="true">
          <Icon size={18} />
        </span>
        <div>
          <h3>{spec.name[lang]}</h3>
          <p>{spec.description[lang]}</p>
        </div>
      </header>
      {runActive ? (
        <Suspense fallback={null}>
          <LazyMetricsSection nodeId={node.id} />
        </Suspense>
      ) : null}
      {runActive && node.kind === 'service' ? (
        <Suspense fallback={null}>
          <LazyQueueingSection nodeId={node.id} />
        </Suspense>
      ) : null}
      <NameField key={node.id} node={node} />
      <ConnectField key={`connect:${node.id}`} node={node} />
      {spec.props
        .filter((p) => isPropVisible(p, values))
        .map((p) => (
          <PropField
            key={`${node.id}:${p.key}`}
            spec={p}
            value={values[p.key] ?? p.default}
            onCommit={(v) => diagramActions.setNodeProp(node.id, p.key, v)}
          />
        ))}
      <FaultSection target={{ type: 'node', id: node.id, kind: node.kind }} />
      <DeleteButton nodes={new Set([node.id])} edges={new Set()} />
    </div>
  );
}

export function EdgeInspector({ edge, nodes }: { edge: DiagramEdge; nodes: readonly DiagramNode[] }) {
  const t = useT();
  const lang = useLang();
  const byId = indexNodes(nodes);
  const kind = edgeKindOf(edge, byId);
  const s = byId.get(edge.source);
  const tgt = byId.get(edge.target);
  if (!kind || !s || !tgt) return null;
  const specs = edgePropSpecs(kind, s.kind, tgt.kind);
  const values = edgeProps(edge, byId);
  const visible = specs.filter((p) => isPropVisible(p, values));
  return (
    <div className="inspector__body" data-testid="inspector-edge">
      <header className="inspector__head">
        <div>
          <h3>{t('inspector.connection')}</h3>
          <p>
            {s.label} → {tgt.label}
          </p>
          <p className="inspector__meaning">{EDGE_CATALOGUE[kind].meaning[lang]}</p>
        </div>
      </header>
      {visible.length === 0 ? <p className="muted">{t('inspector.noSettings')}</p> : null}
      {visible.map((p) => (
        <PropField
          key={`${edge.id}:${p.key}`}
          spec={p}
          value={values[p.key] ?? p.default}
          onCommit={(v) => diagramActions.setEdgeProp(edge.id, p.key, v)}
        />
      ))}
      <FaultSection target={edgeFaultTarget(edge, nodes)} />
      <DeleteButton nodes={new Set()} edges={new Set([edge.id])} />
    </div>
  );
}
