'use client';
// The selected entity: who it is, and every relation the graph draws for it with the quotes behind it, grouped by
// type and direction, with jump links and foldable groups; relations the filters hide wait in a folded group last.
// This list is also the canvas's text equivalent for screen readers and keyboard users.
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_COLORS } from '@/graph/palette';
import { fetchEntity, type RelationView } from './api';
import { useQuery } from './use-query';
import { groupRelations, type RelationGroup } from './relation-labels';
import { EvidenceList } from './evidence-list';
import { EntityChip } from './entity-chip';
import { EdgeGlyph } from './edge-glyph';
import { CONTRADICTION_LABEL } from './edge-style';
import styles from './explorer.module.css';

interface Props {
  id: string;
  visibleEdges: Set<string>;
  expanded: boolean;
  /** Set when nodes are coloured by community: its number and the name of its best-connected member. */
  community?: { index: number; hub: string };
  onSelect: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

/** SUPPORTS and OPPOSES between the same source and target: the sources disagree, or the stance changed. */
function contradictions(relations: RelationView[]): Set<string> {
  const key = (r: RelationView) => `${r.source.id}\n${r.target.id}`;
  const supports = new Set(relations.filter((r) => r.type === 'SUPPORTS').map(key));
  const opposes = new Set(relations.filter((r) => r.type === 'OPPOSES').map(key));
  return new Set(relations.filter((r) => (r.type === 'SUPPORTS' && opposes.has(key(r))) || (r.type === 'OPPOSES' && supports.has(key(r)))).map((r) => r.id));
}

const anchor = (key: string) => `panel-group-${key.replace(/[^A-Za-z_-]/g, '-')}`;

export function EntityPanel({ id, visibleEdges, expanded, community, onSelect, onSelectEdge, onToggleExpand }: Props) {
  const state = useQuery(`entity:${id}`, (signal) => fetchEntity(id, signal));
  if (state.status === 'loading' || state.status === 'idle') return <p className={styles.muted}>Loading…</p>;
  if (state.status === 'error') return <p role="alert">Could not load this entity: {state.message}</p>;
  const entity = state.data;
  if (!entity) return <p role="alert">No entity “{id}” in the graph.</p>;
  const shown = entity.relations.filter((r) => visibleEdges.has(r.id));
  const hidden = entity.relations.filter((r) => !visibleEdges.has(r.id));
  const groups = groupRelations(entity.id, shown);
  const contested = contradictions(entity.relations);
  const hiddenGroup: RelationGroup | null = hidden.length
    ? {
        key: 'hidden',
        title: 'hidden by filters',
        items: groupRelations(entity.id, hidden).flatMap((g) => g.items),
      }
    : null;
  const all = hiddenGroup ? [...groups, hiddenGroup] : groups;
  return (
    <article aria-labelledby="panel-title" data-testid="entity-panel">
      <p className={styles.kicker}>
        <span className={styles.swatch} style={{ background: ENTITY_COLORS[entity.type] }} aria-hidden />
        {ENTITY_LABELS[entity.type]}
        {community && (
          <span data-testid="community">
            · community {community.index + 1} (around {community.hub})
          </span>
        )}
      </p>
      <h2 id="panel-title" className={styles.panelTitle}>
        {entity.name}
      </h2>
      {all.length > 1 && (
        <nav aria-label="Jump to a group" className={styles.jumps} data-testid="jump-links">
          {all.map((group) => (
            <button
              key={group.key}
              type="button"
              className={styles.jump}
              onClick={() => {
                const target = document.getElementById(anchor(group.key));
                if (target instanceof HTMLDetailsElement) target.open = true;
                target?.scrollIntoView({ block: 'start' });
              }}
            >
              {group.title} ({group.items.length})
            </button>
          ))}
        </nav>
      )}
      {entity.description && <p>{entity.description}</p>}
      {entity.aliases.length > 0 && <p className={styles.muted}>Also called: {entity.aliases.join(', ')}</p>}
      <p className={styles.panelLinks}>
        <a href={entity.url}>Entity page →</a>
        <button type="button" className={styles.linkButton} aria-pressed={expanded} onClick={() => onToggleExpand(entity.id)} data-testid="expand">
          {expanded ? 'Hide the neighbours it brought in' : 'Show all its neighbours on the canvas'}
        </button>
      </p>
      <h3 className={styles.sectionTitle}>
        {entity.relations.length} relation
        {entity.relations.length === 1 ? '' : 's'}
        {hidden.length > 0 && `, ${hidden.length} hidden by filters`}
      </h3>
      {all.map((group) => (
        <section key={group.key} aria-label={`${entity.name} ${group.title}`} className={styles.group}>
          <details id={anchor(group.key)} open={group.key !== 'hidden'} data-testid="relation-group">
            <summary
              className={styles.groupTitle}
              style={{
                borderColor: group.key === 'hidden' ? '#c9d1da' : RELATION_COLORS[group.items[0].relation.type],
              }}
            >
              {group.key !== 'hidden' && <EdgeGlyph type={group.items[0].relation.type} />}
              {group.title} ({group.items.length})
            </summary>
            <ul className={styles.relations}>
              {group.items.map(({ relation, other }) => (
                <li key={relation.id}>
                  <div className={styles.relationHead}>
                    {group.key === 'hidden' && <span className={styles.muted}>{relation.type.toLowerCase().replace('_', ' ')}</span>}
                    <EntityChip entity={other} onSelect={onSelect} />
                    {relation.role && <span className={styles.muted}>as {relation.role}</span>}
                    {contested.has(relation.id) && (
                      <span className={styles.contradiction} data-testid="contradiction">
                        {CONTRADICTION_LABEL}
                      </span>
                    )}
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
          </details>
        </section>
      ))}
    </article>
  );
}
