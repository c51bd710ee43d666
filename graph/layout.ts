// A deterministic layout: circular start (node order is sorted ids), then a fixed number of ForceAtlas2 steps.
import type Graph from 'graphology';
import circular from 'graphology-layout/circular';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export const LAYOUT = { iterations: 600, scale: 100 } as const;

/** Compute positions without touching the graph: `{id: {x, y}}`. */
export function layout(graph: Graph): Record<string, { x: number; y: number }> {
  const positions = circular(graph, { scale: LAYOUT.scale });
  const work = graph.copy();
  work.updateEachNodeAttributes((node, attr) => ({ ...attr, ...positions[node] }));
  // Stronger gravity keeps entities without relations near the rest instead of on the far edges of the view;
  // A larger scaling spreads the dense centre so labels have room.
  const settings = { ...forceAtlas2.inferSettings(work), barnesHutOptimize: graph.order > 2000, gravity: 0.5, scalingRatio: 30 };
  return forceAtlas2(work, { iterations: LAYOUT.iterations, settings });
}

/** Write `x`, `y` on every node, rounded so the serialised graph is stable across platforms. */
layout.assign = function assign(graph: Graph): void {
  const positions = layout(graph);
  graph.updateEachNodeAttributes((node, attr) => ({
    ...attr,
    x: Math.round(positions[node].x * 1000) / 1000,
    y: Math.round(positions[node].y * 1000) / 1000,
  }));
};
