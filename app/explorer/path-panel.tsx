'use client';
// The shortest chain of relations between two entities, hop by hop, each with its evidence.
import type { QueryState } from './use-query';
import type { RelationView } from './api';
import { RelationSummary } from './relation-panel';
import { EvidenceList } from './evidence-list';
import styles from './explorer.module.css';

interface Props {
  names: [string, string];
  state: QueryState<RelationView[] | null>;
  onSelect: (id: string) => void;
}

export function PathPanel({ names, state, onSelect }: Props) {
  return (
    <article aria-labelledby="panel-title" data-testid="path-panel">
      <p className={styles.kicker}>Shortest path</p>
      <h2 id="panel-title" className={styles.panelTitle}>
        {names[0]} ↔ {names[1]}
      </h2>
      {state.status === 'error' && <p role="alert">Could not load the path: {state.message}</p>}
      {(state.status === 'loading' || state.status === 'idle') && <p className={styles.muted}>Loading…</p>}
      {state.status === 'done' && !state.data && <p>These two are not connected in the graph.</p>}
      {state.status === 'done' && state.data && (
        <>
          <p className={styles.muted}>
            {state.data.length} hop{state.data.length === 1 ? '' : 's'} (direction ignored)
          </p>
          <ol className={styles.pathList}>
            {state.data.map((relation) => (
              <li key={relation.id}>
                <RelationSummary relation={relation} onSelect={onSelect} />
                {relation.qualifier && <p className={styles.qualifier}>Condition: {relation.qualifier}</p>}
                {relation.context && <p className={styles.qualifier}>Context: {relation.context}</p>}
                <EvidenceList evidence={relation.evidence} />
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
