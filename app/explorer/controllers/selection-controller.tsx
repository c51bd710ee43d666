'use client';
// Selection: click a node or a relation to open it, click the background or press Escape to clear.
import { useEffect } from 'react';
import { useSigma } from '../sigma-context';

interface Props {
  onSelectNode: (node: string) => void;
  onSelectEdge: (edge: string) => void;
  onClear: () => void;
}

export function SelectionController({ onSelectNode, onSelectEdge, onClear }: Props) {
  const sigma = useSigma();
  useEffect(() => {
    const clickNode = ({ node }: { node: string }) => onSelectNode(node);
    const clickEdge = ({ edge }: { edge: string }) => onSelectEdge(edge);
    const clickStage = () => onClear();
    const key = (event: KeyboardEvent) => {
      // An open autocomplete list handles its own Escape first.
      if (event.key === 'Escape' && !event.defaultPrevented) onClear();
    };
    sigma.on('clickNode', clickNode);
    sigma.on('clickEdge', clickEdge);
    sigma.on('clickStage', clickStage);
    window.addEventListener('keydown', key);
    return () => {
      sigma.off('clickNode', clickNode);
      sigma.off('clickEdge', clickEdge);
      sigma.off('clickStage', clickStage);
      window.removeEventListener('keydown', key);
    };
  }, [sigma, onSelectNode, onSelectEdge, onClear]);
  return null;
}
