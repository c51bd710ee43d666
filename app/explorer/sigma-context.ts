'use client';
// The live sigma instance, for the render-null controllers mounted under the canvas.
import { createContext, useContext } from 'react';
import type Sigma from 'sigma';
import type { ExplorerEdge, ExplorerNode } from './sigma-graph';
import type { LabelLayout } from './labels';

export type ExplorerSigma = Sigma<ExplorerNode, ExplorerEdge>;

export const SigmaContext = createContext<ExplorerSigma | null>(null);

export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('useSigma() outside <SigmaCanvas>');
  return sigma;
}

/** The canvas's label placement (null on large graphs, where sigma's own grid picks labels). */
export const LabelsContext = createContext<LabelLayout | null>(null);

export const useLabels = () => useContext(LabelsContext);
