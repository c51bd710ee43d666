// An entity's page: who or what it is, its relations with their quotes, its neighbours and where the articles name it.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import {
  articlePath, entityMentions, entityPath, entityRelations, getArticle, getEntity, currentKnowledgeGraph,
  neighborhood, resolveEntityId, entityStances,
} from '@/graph';
import { ENTITY_LABELS } from '@/graph/palette';
import { absoluteUrl } from '@/app/components/site-url';
import { JsonLd } from '@/app/components/json-ld';
import { TypeBadge } from '@/app/components/type-badge';
import { EgoGraph } from '@/app/components/ego-graph';
import { RelationGroups } from './relation-groups';
import { StanceTimeline } from '@/app/components/stance-timeline';
import { StanceQuotes } from '@/app/components/stance-quotes';
import { STANCE_MARKS } from '@/app/components/stance-marks';
import { entityJsonLd } from './entity-json-ld';
import { isReviewed } from '@/app/components/status-badge';
import { ChangeList } from '@/app/review/history/change-list';
import { historyOf } from '@/graph/review';
import { storeDatabase } from '@/app/auth/session';

// Links in the page's lists are plain <a>: next/link hydrates (and prefetches) each one, which costs a phone more
// than the client-side transition saves on pages this small.
// Every entity is prerendered at build time; entities ingested later render on first request,
// and prerendered pages refresh within a minute of graph.json changing.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };


async function describe(id: string) {
  const kg = await currentKnowledgeGraph();
  const entity = getEntity(kg, id);
  if (!entity) return null;
  const relations = entityRelations(kg, entity.id);
  const summary =
    entity.description ??
    `${ENTITY_LABELS[entity.type]} in the European peacekeeping debate over Ukraine, with ${relations.length} sourced relations.`;
  return { kg, entity, relations, summary };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await describe((await params).id);
  if (!found) return { title: 'Entity not found' };
  const { entity, summary } = found;
  const url = entityPath(entity.id);
  return {
    title: `${entity.name} (${ENTITY_LABELS[entity.type]})`,
    description: summary,
    alternates: { canonical: url },
    openGraph: { title: entity.name, description: summary, url, type: entity.type === 'PERSON' ? 'profile' : 'website' },
  };
}

export default async function EntityPage({ params, searchParams }: Props & { searchParams: Promise<{ reviewed?: string }> }) {
  const { id } = await params;
  // ?reviewed=1: only what a person checked (curated or accepted), a shareable view.
  const reviewedOnly = (await searchParams).reviewed === '1';
  const current = resolveEntityId((await currentKnowledgeGraph()), id);
  if (current === null) notFound();
  if (current !== id) permanentRedirect(entityPath(current));
  const { kg, entity, relations: all } = (await describe(current))!;
  const relations = reviewedOnly ? all.filter(isReviewed) : all;
  const changes = process.env.GRAPH_FILE ? [] : await historyOf(await storeDatabase(), 'ENTITY', entity.id, 10);
  const ego = neighborhood(kg, entity.id, 1);
  const neighbours = ego.nodes.filter((n) => n.id !== entity.id).sort((a, b) => a.name.localeCompare(b.name));
  const stances = entityStances(kg, entity.id);
  const contradictions = stances.filter((s) => s.stance === 'MIXED' || s.stance === 'CHANGED');
  const nameOf = (id: string) => getEntity(kg, id)?.name ?? id;
  const mentionsByArticle = new Map<string, number>();
  for (const m of entityMentions(kg, entity.id)) mentionsByArticle.set(m.article, (mentionsByArticle.get(m.article) ?? 0) + 1);

  return (
    <main className="entity-page">
      <JsonLd data={entityJsonLd(entity, await absoluteUrl(entityPath(entity.id)))} />
      <header className="page-head">
        <p className="kicker">
          <TypeBadge type={entity.type} />
          {entity.date && <span> · {entity.date}</span>}
        </p>
        <h1>{entity.name}</h1>
        {entity.aliases.length > 0 && <p className="aliases">Also called: {entity.aliases.join(', ')}</p>}
        {entity.description && <p className="lede">{entity.description}</p>}
        <p className="page-actions">
          <Link href={`/?selected=${encodeURIComponent(entity.id)}`}>Show in the explorer</Link>
          {stances.length > 0 && <Link href={`/stances?actor=${encodeURIComponent(entity.id)}`}>Stances over time</Link>}
          {entity.type === 'PROPOSAL' && <Link href={`/stances?proposal=${encodeURIComponent(entity.id)}`}>Who stands where on it</Link>}
          {entity.sameAs?.map((url) => (
            <a key={url} href={url} rel="external">
              {url.includes('wikipedia.org') ? 'Wikipedia' : new URL(url).hostname}
            </a>
          ))}
        </p>
      </header>

      <div className="entity-columns">
        <div className="entity-main">
        {stances.length > 0 && (
          <section aria-labelledby="positions-heading">
            <h2 id="positions-heading">Positions over time</h2>
            <StanceTimeline stances={stances} proposalName={nameOf} />
            {contradictions.map((stance) => (
              <section key={stance.proposal} aria-labelledby={`both-${stance.proposal}`}>
                <h3 id={`both-${stance.proposal}`}>
                  <span aria-hidden="true" style={{ color: STANCE_MARKS[stance.stance].color }}>
                    {STANCE_MARKS[stance.stance].symbol}{' '}
                  </span>
                  {nameOf(stance.proposal)}: {STANCE_MARKS[stance.stance].label}
                </h3>
                <StanceQuotes stance={stance} articleTitle={(id) => getArticle(kg, id)?.title ?? id} />
              </section>
            ))}
          </section>
        )}
        <section aria-labelledby="relations-heading" className="entity-relations">
          <h2 id="relations-heading">Relations</h2>
          <p className="page-actions">
            {reviewedOnly ? (
              <Link href={entityPath(entity.id)}>Show all relations, machine-extracted ones too</Link>
            ) : (
              <Link href={`${entityPath(entity.id)}?reviewed=1`}>Show only reviewed facts</Link>
            )}
          </p>
          <RelationGroups kg={kg} entityId={entity.id} relations={relations} />
        </section>
        </div>

        <aside className="entity-side">
          <section aria-labelledby="ego-heading">
            <h2 id="ego-heading">Neighbourhood</h2>
            <EgoGraph
              center={entity.id}
              nodes={ego.nodes.map((n) => ({ id: n.id, name: n.name, type: n.type }))}
              edges={ego.edges.map((r) => ({ id: r.id, source: r.source, target: r.target, type: r.type, directed: r.directed }))}
            />
            {neighbours.length > 0 && (
              <ul className="neighbour-list">
                {neighbours.map((n) => (
                  <li key={n.id}>
                    <a href={entityPath(n.id)}>{n.name}</a> <TypeBadge type={n.type} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="mentions-heading">
            <h2 id="mentions-heading">Mentioned in</h2>
            {mentionsByArticle.size === 0 ? (
              <p>No article names it yet.</p>
            ) : (
              <ul className="mention-list">
                {[...mentionsByArticle].sort((a, b) => b[1] - a[1]).map(([articleId, count]) => (
                  <li key={articleId}>
                    <a href={articlePath(articleId)}>{getArticle(kg, articleId)?.title ?? articleId}</a>{' '}
                    <span className="count">
                      {count} {count === 1 ? 'mention' : 'mentions'}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">Changes</h2>
            <ChangeList changes={changes} />
            <Link href={`/review/history?kind=ENTITY&id=${encodeURIComponent(entity.id)}`}>Full history</Link> ·{' '}
            <Link href={`/review/entities/${encodeURIComponent(entity.id)}`}>Edit (reviewers)</Link>
          </section>
        </aside>
      </div>
    </main>
  );
}
