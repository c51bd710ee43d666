'use client';
// Every shortest chain of relations between two entities (over the relation types the filters keep), hop by hop;
// a route's evidence is fetched when it is opened.
import { fetchRelation } from './api';
import { useQuery } from './use-query';
import { relationPhrase } from './relation-labels';
import { EvidenceList } from './evidence-list';
import { EntityChip } from './entity-chip';
import { EdgeGlyph } from './edge-glyph';
import type { ExplorerGraph } from './sigma-graph';
import styles from './explorer.module.css';

interface Props {
  from: string;
  names: [string, string];
  paths: string[][] | null;
  graph: ExplorerGraph;
  limit: number;
  onSelect: (id: string) => void;
}

export function PathPanel({ from, names, paths, graph, limit, onSelect }: Props) {
  const ref = (id: string) => ({ id, name: graph.getNodeAttribute(id, 'label'), type: graph.getNodeAttribute(id, 'entityType') });
  return (
    <article aria-labelledby="panel-title" data-testid="path-panel">
      <p className={styles.kicker}>Shortest paths</p>
      <h2 id="panel-title" className={styles.panelTitle}>
        {names[0]} ↔ {names[1]}
      </h2>
      {!paths?.length ? (
        <p>These two are not connected{paths ? ' by the relation types shown' : ' in the graph'}.</p>
      ) : (
        <>
          <p className={styles.muted} data-testid="path-summary">
            {paths.length === limit ? `The first ${limit}` : paths.length} shortest path{paths.length === 1 ? '' : 's'} of {paths[0].length} hop
            {paths[0].length === 1 ? '' : 's'} (direction ignored; over the relation types ticked in the filters)
          </p>
          {paths.map((path, i) => (
            <details key={path.join(' ')} open={i === 0} className={styles.group} data-testid="path">
              <summary className={styles.pathSummary}>
                Path {i + 1}: {route(graph, from, path).map((n) => graph.getNodeAttribute(n, 'label')).join(' – ')}
              </summary>
              <ol className={styles.pathList}>
                {path.map((edge) => {
                  const [source, target] = graph.extremities(edge);
                  const type = graph.getEdgeAttribute(edge, 'relationType');
                  return (
                    <li key={edge}>
                      <div className={styles.relationHead}>
                        <EntityChip entity={ref(source)} onSelect={onSelect} />
                        <span className={styles.relationType}>
                          <EdgeGlyph type={type} /> {relationPhrase(type, 'out')}
                        </span>
                        <EntityChip entity={ref(target)} onSelect={onSelect} />
                      </div>
                      <HopEvidence id={edge} />
                    </li>
                  );
                })}
              </ol>
            </details>
          ))}
        </>
      )}
    </article>
  );
}

/** The entities a path passes through, in order. */
function route(graph: ExplorerGraph, from: string, path: string[]): string[] {
  const out = [from];
  let at = from;
  for (const edge of path) {
    at = graph.opposite(at, edge);
    out.push(at);
  }
  return out;
}

function HopEvidence({ id }: { id: string }) {
  const state = useQuery(`relation:${id}`, (signal) => fetchRelation(id, signal));
  if (state.status === 'error') return <p role="alert">Could not load the evidence: {state.message}</p>;
  if (state.status !== 'done') return <p className={styles.muted}>Loading the evidence…</p>;
  if (!state.data) return null;
  return (
    <>
      {state.data.qualifier && <p className={styles.qualifier}>Condition: {state.data.qualifier}</p>}
      <EvidenceList evidence={state.data.evidence} />
    </>
  );
}
