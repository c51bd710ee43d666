'use client';
// A small sigma renderer for an ego graph: the entity in the middle, its neighbours on a ring; clicking a node opens its page.
import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';
import Graph from 'graphology';
import Sigma from 'sigma';
import { ENTITY_COLORS, RELATION_COLORS } from '@/graph/palette';
import type { EntityType, RelationType } from '@/graph/types';
import { CONTRADICTION_BADGE, drawEdgeBadge, edgeProgram, edgePrograms, layoutParallelEdges } from '@/app/explorer/edge-style';

export interface EgoGraphProps {
  center: string;
  nodes: Array<{ id: string; name: string; type: EntityType }>;
  edges: Array<{ id: string; source: string; target: string; type: RelationType; directed: boolean }>;
}

/** Labels stay short enough to fit the panel; the full names are in the list below the graph. */
const shorten = (name: string, max = 20) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);

/** Sigma draws labels to the right of nodes: the frame leaves room there, whatever the ring's shape. */
const FRAME = { x: [-1.05, 2] as [number, number], y: [-1.1, 1.1] as [number, number] };

const TYPE_ORDER: EntityType[] = ['PERSON', 'COUNTRY', 'INSTITUTION', 'PROPOSAL', 'EVENT'];

function toGraph({ center, nodes, edges }: EgoGraphProps): Graph {
  const graph = new Graph({ multi: true, type: 'mixed' });
  // Neighbours grouped by type around the ring, so colours cluster and labels spread evenly.
  const ring = nodes
    .filter((n) => n.id !== center)
    .sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) || a.name.localeCompare(b.name));
  for (const n of nodes) {
    if (n.id !== center) continue;
    graph.addNode(n.id, { label: shorten(n.name, 28), x: 0, y: 0, size: 14, color: ENTITY_COLORS[n.type], forceLabel: true });
  }
  ring.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ring.length, 1) - Math.PI / 2;
    graph.addNode(n.id, { label: shorten(n.name), x: 0.8 * Math.cos(angle), y: Math.sin(angle), size: 7, color: ENTITY_COLORS[n.type] });
  });
  // Relations sharing a pair are fanned out as curves, so a SUPPORTS and an OPPOSES never draw as one line.
  const { curvature, contradictions } = layoutParallelEdges(edges);
  for (const e of edges) {
    const bend = curvature.get(e.id);
    const attributes = {
      color: RELATION_COLORS[e.type],
      size: e.source === center || e.target === center ? 2 : 1,
      type: edgeProgram(e.type, bend !== undefined),
      ...(bend !== undefined && { curvature: bend }),
      ...(contradictions.has(e.id) && e.type === 'OPPOSES' && { label: CONTRADICTION_BADGE, forceLabel: true }),
    };
    if (e.directed) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, attributes);
    else graph.addUndirectedEdgeWithKey(e.id, e.source, e.target, attributes);
  }
  return graph;
}

export default function EgoGraphCanvas(props: EgoGraphProps) {
  const container = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const renderer = new Sigma(toGraph(props), element, {
      labelRenderedSizeThreshold: 0,
      labelDensity: 1,
      labelSize: 12,
      stagePadding: 16,
      zIndex: true,
      edgeProgramClasses: edgePrograms(),
      defaultEdgeType: 'none',
      renderEdgeLabels: true,
      edgeLabelSize: 11,
      edgeLabelWeight: '700',
      defaultDrawEdgeLabel: drawEdgeBadge,
    });
    // setCustomBBox only schedules a render; refresh() re-normalises the node positions against the new frame.
    renderer.setCustomBBox(FRAME).refresh();
    renderer.on('clickNode', ({ node }) => {
      if (node !== props.center) router.push(`/entities/${encodeURIComponent(node)}`);
    });
    renderer.on('enterNode', () => (element.style.cursor = 'pointer'));
    renderer.on('leaveNode', () => (element.style.cursor = ''));
    return () => renderer.kill();
  }, [props, router]);

  return <div ref={container} className="ego-graph" data-testid="ego-graph" />;
}
