'use client';
// The client island for an entity's 1-hop graph: sigma needs WebGL and the DOM, so it loads in the browser only.
import dynamic from 'next/dynamic';
import type { EgoGraphProps } from './ego-graph-canvas';

const Canvas = dynamic(() => import('./ego-graph-canvas'), {
  ssr: false,
  loading: () => <div className="ego-graph ego-graph-loading">Loading graph…</div>,
});

export function EgoGraph(props: EgoGraphProps) {
  return (
    <figure className="ego-graph-figure">
      <Canvas {...props} />
      <figcaption>
        {props.nodes.length - 1} neighbours. Click a node to open its page; the same links are listed below.
      </figcaption>
    </figure>
  );
}
