// An entity type shown as a coloured dot and its name: the colour matches the explorer, the word carries the meaning.
import { ENTITY_COLORS, ENTITY_LABELS } from '@/graph/palette';
import type { EntityType } from '@/graph/types';

export function TypeBadge({ type }: { type: EntityType }) {
  return (
    <span className="type-badge">
      <span className="type-dot" style={{ background: ENTITY_COLORS[type] }} aria-hidden="true" />
      {ENTITY_LABELS[type]}
    </span>
  );
}
