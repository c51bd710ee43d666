'use client';
// The selected entity: who it is, and every relation the graph draws for it with the quotes behind it.
// This list is also the canvas's text equivalent for screen readers and keyboard users.
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS } from '@/graph/palette';
import { fetchEntity } from './api';
import { useQuery } from './use-query';
import { groupRelations } from './relation-labels';
import { EvidenceList } from './evidence-list';
import { EntityChip } from './entity-chip';
import styles from './explorer.module.css';

interface Props {
  id: string;
  visibleEdges: Set<string>;
  onSelect: (id: string) => void;
  onSelectEdge: (id: string) => void;
}

export function EntityPanel({ id, visibleEdges, onSelect, onSelectEdge }: Props) {
  const state = useQuery(`entity:${id}`, (signal) => fetchEntity(id, signal));
  if (state.status === 'loading' || state.status === 'idle') return <p className={styles.muted}>Loading…</p>;
  if (state.status === 'error') return <p role="alert">Could not load this entity: {state.message}</p>;
  const entity = state.data;
  if (!entity) return <p role="alert">No entity “{id}” in the graph.</p>;
  const groups = groupRelations(entity.id, entity.relations);
  return (
    <article aria-labelledby="panel-title" data-testid="entity-panel">
      <p className={styles.kicker}>
        <span className={styles.swatch} style={{ background: ENTITY_COLORS[entity.type] }} aria-hidden />
        {ENTITY_LABELS[entity.type]}
      </p>
      <h2 id="panel-title" className={styles.panelTitle}>
        {entity.name}
      </h2>
      {entity.description && <p>{entity.description}</p>}
      {entity.aliases.length > 0 && (
        <p className={styles.muted}>
          Also called: {entity.aliases.join(', ')}
        </p>
      )}
      <p>
        <a href={entity.url}>Entity page →</a>
      </p>
      <h3 className={styles.sectionTitle}>
        {entity.relations.length} relation{entity.relations.length === 1 ? '' : 's'}
      </h3>
      {groups.map((group) => (
        <section key={group.key} aria-label={`${entity.name} ${group.title}`} className={styles.group}>
          <h4 className={styles.groupTitle} style={{ borderColor: RELATION_COLORS[group.items[0].relation.type] }}>
            {group.title} ({group.items.length})
          </h4>
          <ul className={styles.relations}>
            {group.items.map(({ relation, other }) => (
              <li key={relation.id}>
                <div className={styles.relationHead}>
                  <EntityChip entity={other} onSelect={onSelect} />
                  {relation.role && <span className={styles.muted}>as {relation.role}</span>}
                  {!visibleEdges.has(relation.id) && <span className={styles.muted}>(hidden by filters)</span>}
                  <button type="button" className={styles.linkButton} onClick={() => onSelectEdge(relation.id)}>
                    Show relation
                  </button>
                </div>
                {relation.qualifier && <p className={styles.qualifier}>Condition: {relation.qualifier}</p>}
                {relation.context && <p className={styles.qualifier}>Context: {relation.context}</p>}
                <EvidenceList evidence={relation.evidence} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
