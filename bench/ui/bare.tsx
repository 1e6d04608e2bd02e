import '@xyflow/react/dist/style.css';
import { type Edge, type Node, ReactFlow } from '@xyflow/react';
import { createRoot } from 'react-dom/client';
import { benchDiagram } from './generate';

/** The baseline: a bare React Flow page with the same nodes and wires, default node look, nothing else. */
const params = new URLSearchParams(location.search);
const doc = benchDiagram(Number(params.get('nodes') ?? 500), 0);
const nodes: Node[] = doc.nodes.map((n) => ({ id: n.id, position: n.position, data: { label: n.label } }));
const edges: Edge[] = doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
const width = Math.max(...doc.nodes.map((n) => n.position.x)) + 200;
const height = Math.max(...doc.nodes.map((n) => n.position.y)) + 150;
const fit = Math.min((1280 - 600) / width, (800 - 60) / height);
const PAN = [1, 2];

(window as unknown as { benchReady: boolean }).benchReady = true;
createRoot(document.getElementById('root')!).render(
  <div style={{ width: '100%', height: '100%' }}>
    <ReactFlow
      defaultNodes={nodes}
      defaultEdges={edges}
      defaultViewport={{ x: 10, y: 10, zoom: fit }}
      panOnDrag={PAN}
      minZoom={0.05}
    />
  </div>,
);
