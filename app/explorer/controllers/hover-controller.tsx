'use client';
// Hover: report the node under the pointer; the highlight itself is the reducers' job.
import { useEffect } from 'react';
import { useSigma } from '../sigma-context';

export function HoverController({ onHover }: { onHover: (node: string | null) => void }) {
  const sigma = useSigma();
  useEffect(() => {
    const enter = ({ node }: { node: string }) => {
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
