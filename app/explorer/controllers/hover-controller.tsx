'use client';
// Hover: report the node under the pointer; the highlight itself is the reducers' job.
import { useEffect } from 'react';
import { useSigma } from '../sigma-context';

export function HoverController({ onHover }: { onHover: (node: string | null) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const enter = ({ node }: { node: string }) => {
      // Nodes slide under a dragging pointer: highlighting each would re-run the reducers over the whole graph
      // mid-pan (hundreds of ms at 50,000 relations), and the user is moving the map, not pointing at a node.
      if (sigma.getMouseCaptor().isMouseDown || sigma.getCamera().isAnimated()) return;
      onHover(node);
      sigma.getContainer().style.cursor = 'pointer';
    };
    const leave = () => {
      onHover(null);
      sigma.getContainer().style.cursor = '';
    };
    const enterEdge = () => (sigma.getContainer().style.cursor = 'pointer');
    sigma.on('enterNode', enter);
    sigma.on('leaveNode', leave);
    sigma.on('enterEdge', enterEdge);
    sigma.on('leaveEdge', leave);
    return () => {
      sigma.off('enterNode', enter);
      sigma.off('leaveNode', leave);
      sigma.off('enterEdge', enterEdge);
      sigma.off('leaveEdge', leave);
    };
  }, [sigma, onHover]);
  return null;
}
