// A node's disc in pixels, shared by the live canvas (sigma-graph.ts) and the server's still (graph-preview.tsx),
// which must not load sigma (it needs WebGL at import).

/** Area grows with degree, so hubs stand out without swamping the rest. */
export const nodeSize = (degree: number, order: number) => {
  const base = order > 2000 ? 1.5 : 4;
  return Math.min(base + Math.sqrt(degree) * (order > 2000 ? 0.8 : 2.2), 24);
};
