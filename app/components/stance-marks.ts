// How a stance is shown: a symbol, a letter and a word carry it; the colour only repeats them.
import type { Stance, StatedAt } from '@/graph';

export const STANCE_MARKS: Record<Stance, { symbol: string; letter: string; label: string; color: string }> = {
  SUPPORTS: { symbol: '▲', letter: 'S', label: 'supports', color: '#1A7F43' },
  OPPOSES: { symbol: '▼', letter: 'O', label: 'opposes', color: '#C0322B' },
  CONDITIONAL: { symbol: '◆', letter: 'C', label: 'supports on a condition', color: '#7A5200' },
  MIXED: { symbol: '◧', letter: 'M', label: 'mixed: for and against, back and forth', color: '#6B3FA0' },
  CHANGED: { symbol: '↻', letter: 'Δ', label: 'changed: from one side to the other', color: '#1F5FBF' },
};

export const STANCE_ORDER: Stance[] = ['SUPPORTS', 'CONDITIONAL', 'OPPOSES', 'MIXED', 'CHANGED'];

/** "2025-01-18", "2025-02", "≈ 2024" (approximate), with "published" when the text gave no date. */
export function formatStatedAt(at: StatedAt | null | undefined): string {
  if (!at) return 'undated';
  const date = at.precision === 'APPROXIMATE' ? `≈ ${at.date}` : at.date;
  return at.source === 'PUBLISHED' ? `${date} (published)` : date;
}
