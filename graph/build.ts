// Articles + catalog → the graphology graph: resolve ids, locate evidence, merge claims, lay out, measure.
import { MultiGraph } from 'graphology';
import type { Catalog, Claim } from './catalog';
import type { Article, Entity, Evidence, IndexedArticle, Relation } from './types';
import { isDirected } from './types';
import { DataError } from './errors';
import { foldName } from './slug';
import { locateQuote } from './evidence';
import { statedAt } from './time/stated-at';
import { mentionMatcher } from './mentions';
import { relationId } from './relation-id';
import { layout } from './layout';

export type NodeAttributes = Omit<Entity, 'id' | 'type'> & { entityType: Entity['type']; degree: number; x: number; y: number };
export type EdgeAttributes = Omit<Relation, 'id' | 'source' | 'target' | 'type'> & { relationType: Relation['type'] };
export interface GraphAttributes {
  articles: IndexedArticle[];
  /** Merged ids → the id that survived. */
  redirects: Record<string, string>;
}
export type KGraph = MultiGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Build the knowledge graph. Throws a DataError naming the first thing in the data that breaks the model. */
export function buildGraph(articles: readonly Article[], catalog: Catalog): KGraph {
  const entities = [...catalog.entities].sort((a, b) => a.id.localeCompare(b.id));
  const redirects = checkEntities(entities);
  const resolve = (id: string) => redirects[id] ?? id;
  const byId = new Map(articles.map((a) => [a.id, a]));
  if (byId.size !== articles.length) throw new DataError('two articles share an id');

  const graph: KGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  for (const { id, type, ...rest } of entities) {
    graph.addNode(id, { ...rest, aliases: [...rest.aliases], entityType: type, degree: 0, x: 0, y: 0 });
  }

  for (const claim of catalog.claims) addClaim(graph, claim, resolve, byId);
  graph.updateEachEdgeAttributes((_, attr) => ({ ...attr, evidence: sortEvidence(attr.evidence) }));
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, degree: graph.degree(node) }));
  layout.assign(graph);

  const matcher = mentionMatcher(entities);
  graph.replaceAttributes({
    articles: [...articles]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((article) => ({ ...article, mentions: matcher.find(article.text) })),
    redirects,
  });
  return graph;
}

function checkEntities(entities: readonly Entity[]): Record<string, string> {
  const ids = new Set<string>();
  const aliasOwner = new Map<string, string>();
  const redirects: Record<string, string> = {};
  for (const entity of entities) {
    if (ids.has(entity.id)) throw new DataError(`duplicate entity id "${entity.id}"`);
    ids.add(entity.id);
    for (const alias of [entity.name, ...entity.aliases]) {
      const key = foldName(alias);
      const other = aliasOwner.get(key);
      if (other && other !== entity.id) throw new DataError(`"${alias}" names both "${other}" and "${entity.id}"`);
      aliasOwner.set(key, entity.id);
    }
    for (const former of entity.formerIds ?? []) redirects[former] = entity.id;
  }
  for (const former of Object.keys(redirects)) {
    if (ids.has(former)) throw new DataError(`"${former}" is both an entity and a merged id`);
  }
  return redirects;
}

function addClaim(graph: KGraph, claim: Claim, resolve: (id: string) => string, articles: Map<string, Article>): void {
  const source = resolve(claim.source);
  const target = resolve(claim.target);
  const where = `${claim.type} ${claim.source} → ${claim.target}`;
  for (const end of [source, target]) if (!graph.hasNode(end)) throw new DataError(`${where}: unknown entity "${end}"`);
  if (source === target) throw new DataError(`${where}: an entity cannot relate to itself`);
  if (claim.type === 'REPRESENTS' && !claim.role) throw new DataError(`${where}: REPRESENTS needs a role`);

  const evidence = claim.evidence.map((e) => {
    const article = articles.get(e.article);
    if (!article) throw new DataError(`${where}: unknown article "${e.article}"`);
    const located = locateQuote(article, e.quote, e.start);
    const date = statedAt(article, located.start, located.end, speakerNames(graph, source));
    return date ? { ...located, statedAt: date } : located;
  });
  const key = relationId(claim.type, source, target);
  if (graph.hasEdge(key)) {
    graph.updateEdgeAttribute(key, 'evidence', (old) => [...(old ?? []), ...evidence]);
    for (const field of ['role', 'qualifier', 'context'] as const) {
      if (claim[field] && !graph.getEdgeAttribute(key, field)) graph.setEdgeAttribute(key, field, claim[field]);
    }
    return;
  }
  const attributes: EdgeAttributes = { relationType: claim.type, directed: isDirected(claim.type), evidence };
  if (claim.role) attributes.role = claim.role;
  if (claim.qualifier) attributes.qualifier = claim.qualifier;
  if (claim.context) attributes.context = claim.context;
  if (attributes.directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
}

/** Who makes a statement: the relation's source, by every name the articles use. */
function speakerNames(graph: KGraph, id: string): string[] {
  return [graph.getNodeAttribute(id, 'name'), ...graph.getNodeAttribute(id, 'aliases')];
}

/** Article order, then position; the same sentence stated twice counts once. */
function sortEvidence(evidence: Evidence[]): Evidence[] {
  const unique = new Map(evidence.map((e) => [`${e.article}:${e.start}:${e.end}`, e]));
  return [...unique.values()].sort((a, b) => a.article.localeCompare(b.article) || a.start - b.start);
}
