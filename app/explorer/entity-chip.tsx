'use client';
// An entity named in a panel: a button that selects it on the canvas.
import { ENTITY_COLORS } from '@/graph/palette';
import type { EntityRef } from './api';
import styles from './explorer.module.css';

export function EntityChip({ entity, onSelect }: { entity: EntityRef; onSelect: (id: string) => void }) {
  return (
    <button type="button" className={styles.chip} onClick={() => onSelect(entity.id)} title={`Select ${entity.name}`}>
      <span className={styles.swatch} style={{ background: ENTITY_COLORS[entity.type] }} aria-hidden />
      {entity.name}
    </button>
  );
}
