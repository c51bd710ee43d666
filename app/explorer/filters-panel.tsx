'use client';
// The legend doubles as the type filter: each colour is a checkbox with how many of that type are shown.
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS, RELATION_LABELS } from '@/graph/palette';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@/graph/types';
import type { ViewState } from './view-state';
import styles from './explorer.module.css';

interface Props {
  view: ViewState;
  counts: { entities: Record<EntityType, number>; relations: Record<RelationType, number> };
  maxDegree: number;
  onChange: (patch: Partial<ViewState>) => void;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean) => (on ? list.filter((t) => t !== item) : [...list, item]);

export function FiltersPanel({ view, counts, maxDegree, onChange }: Props) {
  return (
    <div className={styles.filters}>
      <fieldset className={styles.fieldset}>
        <legend className={styles.fieldLabel}>Entities</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} className={styles.check}>
            <input
              type="checkbox"
              checked={!view.hiddenEntityTypes.includes(type)}
              onChange={(e) => onChange({ hiddenEntityTypes: toggle(view.hiddenEntityTypes, type, e.target.checked) })}
            />
            <span className={styles.swatch} style={{ background: ENTITY_COLORS[type] }} aria-hidden />
            {ENTITY_LABELS[type]}
            <span className={styles.count}>{counts.entities[type]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.fieldLabel}>Relations</legend>
        {RELATION_TYPES.map((type) => (
          <label key={type} className={styles.check}>
            <input
              type="checkbox"
              checked={!view.hiddenRelationTypes.includes(type)}
              onChange={(e) => onChange({ hiddenRelationTypes: toggle(view.hiddenRelationTypes, type, e.target.checked) })}
            />
            <span className={styles.edgeSwatch} style={{ background: RELATION_COLORS[type] }} aria-hidden>
              {type === 'MET_WITH' ? '' : <span style={{ borderLeftColor: RELATION_COLORS[type] }} />}
            </span>
            {RELATION_LABELS[type]}
            <span className={styles.count}>{counts.relations[type]}</span>
          </label>
        ))}
      </fieldset>
      <label className={styles.range}>
        <span className={styles.fieldLabel}>At least {view.minDegree} relation{view.minDegree === 1 ? '' : 's'} per entity</span>
        <input
          type="range"
          min={0}
          max={Math.max(1, Math.min(maxDegree, 50))}
          value={view.minDegree}
          onChange={(e) => onChange({ minDegree: Number(e.target.value) })}
        />
      </label>
      <label className={styles.select}>
        <span className={styles.fieldLabel}>Show</span>
        <select value={view.ego} onChange={(e) => onChange({ ego: Number(e.target.value) })}>
          <option value={0}>the whole graph</option>
          <option value={1}>the selection’s neighbours (1 hop)</option>
          <option value={2}>the selection’s neighbourhood, 2 hops</option>
          <option value={3}>the selection’s neighbourhood, 3 hops</option>
        </select>
      </label>
      {view.ego > 0 && !view.selected && <p className={styles.muted}>Select an entity to see its neighbourhood.</p>}
    </div>
  );
}
