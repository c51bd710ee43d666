// The stance matrix: actors × proposals, each cell the actor's stance and the date of its latest statement; a cell
// opens its quotes, both sides in date order (a fragment link, shown by :target, so cells add no URLs). Filters and
// sort live in the URL; the CSV link exports the same view.
import type { Metadata } from 'next';
import Link from 'next/link';
import { currentKnowledgeGraph, entityPath, getArticle, listEntities } from '@/graph';
import { ENTITY_LABELS } from '@/graph/palette';
import { STANCE_MARKS, STANCE_ORDER, formatStatedAt } from '@/app/components/stance-marks';
import { StanceQuotes } from '@/app/components/stance-quotes';
import styles from '@/app/components/stance.module.css';
import { ACTOR_TYPES, cellAnchor, matrixFor, matrixHref, readQuery, type Sort } from './params';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Stances',
  description: 'Who supports and who opposes each proposal in the European peacekeeping debate over Ukraine, and when they said so.',
  alternates: { canonical: '/stances' },
};

/** A page shows at most this many actors and proposals (a synthetic 100k graph has thousands); the CSV has all. */
const MAX_ROWS = 200;
const MAX_COLUMNS = 60;

const SORT_LABELS: Record<Sort, string> = { name: 'Name', type: 'Type', latest: 'Latest statement', count: 'Most stances' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StancesPage({ searchParams }: Props) {
  const params = await searchParams;
  const { query, error } = readQuery(params);
  const kg = await currentKnowledgeGraph();
  const matrix = matrixFor(kg, query);
  const allProposals = listEntities(kg, { type: 'PROPOSAL' }).slice();
  const name = (id: string) => kg.store.names[kg.store.nodeNumber(id) ?? -1] ?? id;
  const href = (change: Parameters<typeof matrixHref>[2]) => matrixHref('/stances', query, change);
  const rows = matrix.rows.slice(0, MAX_ROWS);
  const proposals = matrix.proposals.slice(0, MAX_COLUMNS);
  const cut = rows.length < matrix.rows.length || proposals.length < matrix.proposals.length;

  return (
    <main className={styles.page}>
      <h1>Stances over time</h1>
      <p className="lede">
        Who supports and who opposes each proposal, read from the dated quotes. A cell gives the overall stance and the date of the
        latest statement; open it to read both sides in date order.
      </p>

      <form method="get" action="/stances" className={styles.filters} aria-label="Filter the matrix">
        <label>
          Actors{' '}
          <select name="actorType" defaultValue={query.actorType ?? ''}>
            <option value="">All types</option>
            {ACTOR_TYPES.map((t) => (
              <option key={t} value={t}>
                {ENTITY_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Proposal{' '}
          <select name="proposal" defaultValue={query.proposal ?? ''}>
            <option value="">All proposals</option>
            {allProposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          From <input type="month" name="from" defaultValue={query.from ?? ''} placeholder="YYYY-MM" />
        </label>
        <label>
          To <input type="month" name="to" defaultValue={query.to ?? ''} placeholder="YYYY-MM" />
        </label>
        {query.actor && <input type="hidden" name="actor" value={query.actor} />}
        {query.sort !== 'name' && <input type="hidden" name="sort" value={query.sort} />}
        <button type="submit">Apply</button>
        <Link href="/stances">Reset</Link>
      </form>
      {error && (
        <p role="alert" className={styles.error}>
          {error}. Showing every date instead.
        </p>
      )}
      {query.actor && (
        <p>
          Only {name(query.actor)}. <Link href={href({ actor: null })}>Show every actor</Link>
        </p>
      )}

      <ul className={styles.legend} aria-label="Legend">
        {STANCE_ORDER.map((s) => (
          <li key={s}>
            <span className={styles.mark} style={{ color: STANCE_MARKS[s].color }} aria-hidden="true">
              {STANCE_MARKS[s].symbol} {STANCE_MARKS[s].letter}
            </span>{' '}
            {STANCE_MARKS[s].label}
          </li>
        ))}
      </ul>

      <div className={styles.toolbar}>
        <p className="count" aria-live="polite">
          {matrix.rows.length} actors × {matrix.proposals.length} proposals
          {cut && ` (showing the first ${rows.length} × ${proposals.length}: filter to narrow, or download the CSV for all)`}
        </p>
        <nav aria-label="Sort rows" className={styles.sort}>
          Sort:{' '}
          {(Object.keys(SORT_LABELS) as Sort[]).map((sort) => (
            <Link key={sort} href={href({ sort })} aria-current={query.sort === sort ? 'true' : undefined}>
              {SORT_LABELS[sort]}
            </Link>
          ))}
        </nav>
        <a href={matrixHref('/api/stances/csv', query, {})} download="stances.csv">
          Download CSV
        </a>
      </div>

      {matrix.rows.length === 0 ? (
        <p>No stance was stated with these filters.</p>
      ) : (
        <div className={styles.scroll} role="region" aria-label="Stance matrix" tabIndex={0}>
          <table className={styles.matrix}>
            <thead>
              <tr>
                <th scope="col" aria-sort={query.sort === 'name' ? 'ascending' : undefined}>
                  Actor
                </th>
                {proposals.map((p) => (
                  <th key={p.id} scope="col">
                    <Link href={entityPath(p.id)}>{p.name}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <tr key={actor.id} id={`actor-${actor.id}`}>
                  <th scope="row">
                    <Link href={entityPath(actor.id)}>{actor.name}</Link>
                    <span className={styles.actorType}>{ENTITY_LABELS[actor.type]}</span>
                  </th>
                  {proposals.map((p) => {
                    const cell = matrix.cell(actor.id, p.id);
                    if (!cell) return <td key={p.id} aria-label="no stance" />;
                    const mark = STANCE_MARKS[cell.stance];
                    return (
                      <td key={p.id} data-stance={cell.stance}>
                        <a
                          href={`#${cellAnchor(actor.id, p.id)}`}
                        >
                          <span className="visually-hidden">
                            {`${actor.name} ${mark.label} ${p.name}; latest ${formatStatedAt(cell.latest)}; ${cell.points.length} statements`}
                          </span>
                          <span className={styles.mark} style={{ color: mark.color }} aria-hidden="true">
                            {mark.symbol} {mark.letter}
                          </span>
                          <span className={styles.cellDate} aria-hidden="true">
                            {cell.latest ? (cell.latest.precision === 'APPROXIMATE' ? `≈${cell.latest.date}` : cell.latest.date) : '—'}
                          </span>
                        </a>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {rows.flatMap((actor) =>
        proposals.map((p) => {
          const cell = matrix.cell(actor.id, p.id);
          if (!cell) return null;
          const mark = STANCE_MARKS[cell.stance];
          const heading = `${cellAnchor(actor.id, p.id)}-heading`;
          return (
            <section key={heading} id={cellAnchor(actor.id, p.id)} aria-labelledby={heading} className={styles.quotes}>
              <h2 id={heading}>
                <Link href={entityPath(actor.id)}>{actor.name}</Link> on <Link href={entityPath(p.id)}>{p.name}</Link>:{' '}
                <span style={{ color: mark.color }} aria-hidden="true">
                  {mark.symbol}
                </span>{' '}
                {mark.label}
              </h2>
              <StanceQuotes stance={cell} articleTitle={(id) => getArticle(kg, id)?.title ?? id} />
              <p>
                <a href={`#actor-${actor.id}`}>Back to the matrix</a>
              </p>
            </section>
          );
        }),
      )}
    </main>
  );
}
