// graph.json is graphology's own serialisation (graph.export()), so any graphology tool can read it.
import { MultiGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { KGraph, NodeAttributes, EdgeAttributes, GraphAttributes } from './build';

export type SerializedKGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function serializeGraph(graph: KGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}

export function deserializeGraph(data: SerializedKGraph): KGraph {
  return MultiGraph.from(data) as KGraph;
}
