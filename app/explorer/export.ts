// Downloads of the current view: a PNG of the canvas as drawn, and the filtered graph as GEXF for Gephi.
import { downloadAsPNG } from '@sigma/export-image';
import { write } from 'graphology-gexf/browser';
import { MultiGraph } from 'graphology';
import type { ExplorerSigma } from './sigma-context';
import type { Visibility } from './visibility';

export const exportPNG = (sigma: ExplorerSigma) =>
  downloadAsPNG(sigma as never, { fileName: 'peacekeeping-graph', backgroundColor: '#ffffff' });

export function exportGEXF(sigma: ExplorerSigma, visibility: Visibility): void {
  const source = sigma.getGraph();
  const graph = new MultiGraph({ type: 'mixed' });
  for (const node of visibility.nodes) {
    const { label, entityType, degree, x, y, size, color } = source.getNodeAttributes(node);
    graph.addNode(node, { label, entityType, degree, x, y, size, color });
  }
  for (const edge of visibility.edges) {
    const { relationType, directed, color } = source.getEdgeAttributes(edge);
    const [s, t] = source.extremities(edge);
    if (directed) graph.addDirectedEdgeWithKey(edge, s, t, { relationType, color });
    else graph.addUndirectedEdgeWithKey(edge, s, t, { relationType, color });
  }
  const gexf = write(graph, {
    formatNode: (_key, { label, entityType, degree, x, y, size, color }) => ({
      label,
      attributes: { entityType, degree },
      viz: { x, y, size, color },
    }),
    formatEdge: (_key, { relationType, color }) => ({ label: relationType, attributes: { relationType }, viz: { color } }),
  });
  download(new Blob([gexf], { type: 'application/gexf+xml' }), 'peacekeeping-graph.gexf');
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
