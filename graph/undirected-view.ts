// The graph seen without edge direction, for "how are these two connected" questions:
// graphology's traversals follow outbound/inbound neighbours, so both are mapped to all neighbours.
import type Graph from 'graphology';

const ALL_NEIGHBORS: Record<string, string> = {
  outNeighbors: 'neighbors',
  inNeighbors: 'neighbors',
  outboundNeighbors: 'neighbors',
  inboundNeighbors: 'neighbors',
  forEachOutboundNeighbor: 'forEachNeighbor',
  forEachInboundNeighbor: 'forEachNeighbor',
};

const views = new WeakMap<Graph, Graph>();

export function undirectedView<G extends Graph>(graph: G): G {
  let view = views.get(graph);
  if (!view) {
    view = new Proxy(graph, {
      get(target, property) {
        const name = typeof property === 'string' ? (ALL_NEIGHBORS[property] ?? property) : property;
        const value = Reflect.get(target, name);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    views.set(graph, view);
  }
  return view as G;
}
