'use client';
// A selected relation: who relates to whom, how, and the quotes that say so.
import { fetchRelation, type RelationView } from './api';
import { useQuery } from './use-query';
import { relationPhrase } from './relation-labels';
import { EvidenceList } from './evidence-list';
import { EntityChip } from './entity-chip';
import { EdgeGlyph } from './edge-glyph';
import styles from './explorer.module.css';

export function RelationSummary({ relation, onSelect }: { relation: RelationView; onSelect: (id: string) => void }) {
  return (
    <div className={styles.relationHead}>
      <EntityChip entity={relation.source} onSelect={onSelect} />
      {/* The mark carries the colour; the words stay dark enough to read. */}
      <span className={styles.relationType}>
        <EdgeGlyph type={relation.type} /> {relationPhrase(relation.type, 'out')}
        {relation.directed ? ' →' : ''}
      </span>
      <EntityChip entity={relation.target} onSelect={onSelect} />
      {relation.role && <span className={styles.muted}>as {relation.role}</span>}
    </div>
  );
}

export function RelationPanel({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const state = useQuery(`relation:${id}`, (signal) => fetchRelation(id, signal));
  if (state.status === 'loading' || state.status === 'idle') return <p className={styles.muted}>Loading…</p>;
  if (state.status === 'error') return <p role="alert">Could not load this relation: {state.message}</p>;
  const relation = state.data;
  if (!relation) return <p role="alert">No relation “{id}” in the graph.</p>;
  return (
    <article aria-labelledby="panel-title" data-testid="relation-panel">
      <p className={styles.kicker}>Relation</p>
      <h2 id="panel-title" className={styles.panelTitle}>
        {relation.source.name} {relationPhrase(relation.type, 'out')} {relation.target.name}
      </h2>
      <RelationSummary relation={relation} onSelect={onSelect} />
      {relation.qualifier && <p className={styles.qualifier}>Condition: {relation.qualifier}</p>}
      {relation.context && <p className={styles.qualifier}>Context: {relation.context}</p>}
      <h3 className={styles.sectionTitle}>Evidence ({relation.evidence.length})</h3>
      <EvidenceList evidence={relation.evidence} />
    </article>
  );
}
