'use client';
// A relation type's mark, as the canvas draws it: its colour and its head (arrow, bar or none; edge-style.ts).
import { RELATION_COLORS } from '@/graph/palette';
import type { RelationType } from '@/graph/types';
import { edgeHead } from './edge-style';
import styles from './explorer.module.css';

/** `unreviewed`: as a machine-extracted relation nobody has reviewed is drawn (thinner, paler, dashed). */
export function EdgeGlyph({ type, unreviewed = false }: { type: RelationType; unreviewed?: boolean }) {
  const color = unreviewed ? `${RELATION_COLORS[type]}80` : RELATION_COLORS[type];
  const head = edgeHead(type);
  return (
    <svg className={styles.edgeGlyph} viewBox="0 0 22 10" width="22" height="10" aria-hidden data-head={head}>
      <line x1="1" y1="5" x2={head === 'none' ? 21 : head === 'bar' ? 18 : 14} y2="5" stroke={color} strokeWidth={unreviewed ? 1.5 : 2.5} strokeDasharray={unreviewed ? '3 2' : undefined} />
      {head === 'arrow' && <path d="M13 0.5 L21 5 L13 9.5 Z" fill={color} />}
      {head === 'bar' && <rect x="17.5" y="0" width="3.5" height="10" fill={color} />}
    </svg>
  );
}
