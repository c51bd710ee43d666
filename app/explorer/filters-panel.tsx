'use client';
// The legend doubles as the type filter: each colour is a checkbox with how many of that type are shown.
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_LABELS } from '@/graph/palette';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@/graph/types';
import { COLOR_BY, SIZE_BY, type ViewState } from './view-state';
import { EdgeGlyph } from './edge-glyph';
import type { NodeStyle } from './node-style';
import styles from './explorer.module.css';

interface Props {
  view: ViewState;
  counts: Counts;
  /** Everything in the graph, so a type switched off still says how many it holds. */
  totals: Counts;
  /** Machine-extracted relations nobody has reviewed yet, in the whole graph. */
  unreviewed: number;
  maxDegree: number;
  style: NodeStyle | null;
  name: (id: string) => string;
  onChange: (patch: Partial<ViewState>) => void;
}

type Counts = { entities: Record<EntityType, number>; relations: Record<RelationType, number> };

const COLOR_LABELS: Record<ViewState['colorBy'], string> = { type: 'type', community: 'community (Louvain)' };
const SIZE_LABELS: Record<ViewState['sizeBy'], string> = { degree: 'number of relations', pagerank: 'PageRank', betweenness: 'betweenness (brokers)' };

/** A shown type says how many are shown; a hidden one how many it would bring back. */
const Count = ({ shown, total, hidden }: { shown: number; total: number; hidden: boolean }) => (
  <span className={styles.count} title={hidden ? `${total} hidden` : `${shown} shown of ${total}`}>
    {hidden ? `${total} hidden` : shown === total ? shown : `${shown} of ${total}`}
  </span>
);

const toggle = <T,>(list: readonly T[], item: T, on: boolean) => (on ? list.filter((t) => t !== item) : [...list, item]);

export function FiltersPanel({ view, counts, totals, unreviewed, maxDegree, style, name, onChange }: Props) {
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
            <Count shown={counts.entities[type]} total={totals.entities[type]} hidden={view.hiddenEntityTypes.includes(type)} />
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
            <EdgeGlyph type={type} />
            {RELATION_LABELS[type]}
            <Count shown={counts.relations[type]} total={totals.relations[type]} hidden={view.hiddenRelationTypes.includes(type)} />
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend className={styles.fieldLabel}>Review</legend>
        <p className={styles.check} data-testid="unreviewed-legend">
          <EdgeGlyph type="SUPPORTS" unreviewed />
          thin, pale, dashed: machine-extracted, not reviewed ({unreviewed})
        </p>
        <label className={styles.check}>
          <input type="checkbox" checked={view.reviewedOnly} onChange={(e) => onChange({ reviewedOnly: e.target.checked })} data-testid="reviewed-only" />
          Only reviewed facts
        </label>
      </fieldset>
      <label className={styles.range}>
        <span className={styles.fieldLabel}>
          At least {view.minDegree} relation{view.minDegree === 1 ? '' : 's'} per entity{view.hiddenRelationTypes.length ? ', of the types shown' : ''}
        </span>
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
      <label className={styles.select}>
        <span className={styles.fieldLabel}>Colour entities by</span>
        <select value={view.colorBy} onChange={(e) => onChange({ colorBy: e.target.value as ViewState['colorBy'] })} data-testid="color-by">
          {COLOR_BY.map((c) => (
            <option key={c} value={c}>
              {COLOR_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {style?.communities && (
        <ul className={styles.communities} aria-label="Communities" data-testid="communities">
          {style.communities.map((c) => (
            <li key={c.index}>
              <span className={styles.swatch} style={{ background: c.color }} aria-hidden />
              {c.index + 1}: around {name(c.hub)} ({c.size})
            </li>
          ))}
        </ul>
      )}
      <label className={styles.select}>
        <span className={styles.fieldLabel}>Size entities by</span>
        <select value={view.sizeBy} onChange={(e) => onChange({ sizeBy: e.target.value as ViewState['sizeBy'] })} data-testid="size-by">
          {SIZE_BY.map((c) => (
            <option key={c} value={c}>
              {SIZE_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
