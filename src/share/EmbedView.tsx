import './share.css';
import '../i18n/later/shareText';
import { type Edge, ReactFlow } from '@xyflow/react';
import { ExternalLink } from 'lucide-react';
import { useMemo, useRef } from 'react';
import { flowAriaLabels } from '../canvas/ariaLabels';
import { createNodeMapper, toFlowEdges } from '../canvas/flowElements';
import { edgeTypes, nodeTypes } from '../canvas/flowTypes';
import { useLang, useT } from '../i18n';
import { indexNodes } from '../model';
import { useDiagram } from '../store/diagram';
import { EMPTY_SET } from '../store/ui';
import { playgroundUrl, useEmbed } from './embed';
import { loadProblemText } from './loadText';

const NO_SIZES = new Map();
const FIT = { padding: 0.1, maxZoom: 1 };

function ReadOnlyCanvas() {
  const t = useT();
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const nodes = useDiagram((s) => s.nodes);
  const edges = useDiagram((s) => s.edges);
  const mapNodes = useRef(createNodeMapper()).current;
  const flowNodes = useMemo(() => mapNodes(nodes, EMPTY_SET, NO_SIZES), [mapNodes, nodes]);
  const flowEdges: Edge[] = useMemo(() => toFlowEdges(edges, indexNodes(nodes), EMPTY_SET), [edges, nodes]);
  return (
    <ReactFlow
      nodes={flowNodes}
      edges={flowEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      nodesFocusable={false}
      edgesFocusable={false}
      deleteKeyCode={null}
      ariaLabelConfig={ariaLabels}
      fitView
      fitViewOptions={FIT}
      minZoom={0.1}
      maxZoom={4}
    />
  );
}

/** The read-only view for slides and documentation pages (`?embed=1`). */
export function EmbedView() {
  const t = useT();
  const lang = useLang();
  const state = useEmbed();
  const name = useDiagram((s) => s.name);
  return (
    <div className="embed">
      <header className="embed__bar">
        <span className="embed__name">
          {state.status === 'ready' ? name || t('app.shortTitle') : t('app.shortTitle')}
        </span>
        <span className="embed__badge">{t('embed.readOnly')}</span>
        <a className="embed__open" href={playgroundUrl()} target="_blank" rel="noopener noreferrer">
          {t('embed.open')} <ExternalLink size={14} aria-hidden="true" />
        </a>
      </header>
      <main className="embed__canvas" aria-label={t('canvas.label')}>
        {state.status === 'ready' ? <ReadOnlyCanvas /> : null}
        {state.status === 'failed' ? (
          <p className="embed__error" role="alert">
            {t('embed.failed', { reason: loadProblemText(state.problem, t, lang) })}
          </p>
        ) : null}
      </main>
    </div>
  );
}
