// Synthetic knowledge graphs of any size, in the product's own format, for benchmarks: the seed graph's mix of
// entity and relation types, power-law degrees (preferential attachment) and a verbatim quote behind every relation.
// Entities belong to communities and most relations stay inside one (graph/synthetic-communities.ts says why), and
// positions come from a cheap community layout, so benchmarks draw the short edges a laid-out real graph has.
import { MultiGraph } from 'graphology';
import type { KGraph, EdgeAttributes } from './build';
import type { EntityType, IndexedArticle, Mention, RelationType } from './types';
import { isDirected } from './types';
import { slugify } from './slug';
import { relationId } from './relation-id';
import { LAYOUT } from './layout';
import { assignCommunities, LOCAL_SHARE } from './synthetic-communities';
import { communityLayout } from './synthetic-layout';
import { seededRng, pick, uniqueName, aliasFor, roleFor, claimSentence, QUALIFIERS, type Rng, type Sentence } from './synthetic-text';

export interface SyntheticOptions {
  entities: number;
  relations: number;
  seed?: number;
  /** Evidence sentences per synthetic article, on average. */
  sentencesPerArticle?: number;
}

/** Entity shares of the seed graph (84 entities). */
const ENTITY_SHARE: Record<EntityType, number> = { PERSON: 23, PROPOSAL: 23, COUNTRY: 18, EVENT: 12, INSTITUTION: 8 };

/** (relation, source type, target type) → weight, as counted in the seed graph (120 relations). */
const CLAIM_SHAPES: Array<[RelationType, EntityType, EntityType, number]> = [
  ['REPRESENTS', 'PERSON', 'COUNTRY', 19], ['REPRESENTS', 'PERSON', 'INSTITUTION', 4],
  ['SUPPORTS', 'PERSON', 'PROPOSAL', 20], ['SUPPORTS', 'COUNTRY', 'PROPOSAL', 9], ['SUPPORTS', 'INSTITUTION', 'PROPOSAL', 2], ['SUPPORTS', 'PERSON', 'EVENT', 1],
  ['OPPOSES', 'PERSON', 'PROPOSAL', 10], ['OPPOSES', 'COUNTRY', 'PROPOSAL', 7], ['OPPOSES', 'PERSON', 'EVENT', 1],
  ['PROPOSED', 'PERSON', 'PROPOSAL', 8], ['PROPOSED', 'COUNTRY', 'PROPOSAL', 3],
  ['ATTENDED', 'PERSON', 'EVENT', 18], ['ATTENDED', 'COUNTRY', 'EVENT', 9], ['MET_WITH', 'PERSON', 'PERSON', 7], ['ATTENDED', 'INSTITUTION', 'EVENT', 3], ['MET_WITH', 'COUNTRY', 'COUNTRY', 1],
];
const SHAPE_TOTAL = CLAIM_SHAPES.reduce((sum, shape) => sum + shape[3], 0);
/** Share of relation ends drawn uniformly rather than by degree (softens the power law's exponent). */
const UNIFORM_SHARE = 0.3;
/** Share of relations stated twice (a second article repeating the claim), as in the seed corpus. */
const SECOND_EVIDENCE = 0.25;

/** Build the graph in memory (serialise with serializeGraph). Deterministic for given options. */
export function generateSynthetic({ entities, relations, seed = 1, sentencesPerArticle = 24 }: SyntheticOptions): KGraph {
  if (!Number.isInteger(entities) || entities < 5) throw new RangeError('entities must be an integer ≥ 5 (one per type)');
  if (!Number.isInteger(relations) || relations < 0) throw new RangeError('relations must be a non-negative integer');
  const rng = seededRng(seed);
  const graph: KGraph = new MultiGraph({ type: 'mixed', allowSelfLoops: false });
  const byType = addEntities(graph, rng, entities);
  const community = assignCommunities(graph.nodes(), rng);

  const sentences: Array<{ key: string; sentence: Sentence; source: string; target: string }> = [];
  const state = (key: string, source: string, target: string) => {
    const { relationType, role, qualifier } = graph.getEdgeAttributes(key);
    const names = [graph.getNodeAttribute(source, 'name'), graph.getNodeAttribute(target, 'name')] as const;
    sentences.push({ key, source, target, sentence: claimSentence(rng, relationType, ...names, role, qualifier) });
  };
  const growth = preferentialAttachment(byType, relations, community);
  let attempts = 0;
  while (graph.size < relations) {
    if (++attempts > relations * 50 + 1000) throw new RangeError(`cannot place ${relations} distinct relations among ${entities} entities`);
    const [type, sourceType, targetType] = drawShape(rng);
    growth.grow(graph.size);
    const ends = growth.draw(rng, sourceType, targetType);
    const key = ends && relationId(type, ends[0], ends[1]);
    if (!ends || !key || ends[0] === ends[1] || graph.hasEdge(key)) {
      growth.stall(sourceType, targetType);
      continue;
    }
    const [source, target] = ends;
    const attributes: EdgeAttributes = { relationType: type, directed: isDirected(type), evidence: [] };
    if (type === 'REPRESENTS') attributes.role = roleFor(rng, targetType);
    if (type === 'SUPPORTS' && rng() < 0.1) attributes.qualifier = pick(rng, QUALIFIERS);
    if (attributes.directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
    else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
    growth.link(source, sourceType, target, targetType);
    state(key, source, target);
    if (rng() < SECOND_EVIDENCE) state(key, source, target);
  }

  const articles = writeArticles(graph, rng, sentences, sentencesPerArticle);
  graph.updateEachNodeAttributes((node, attr) => ({ ...attr, degree: graph.degree(node) }));
  communityLayout(graph, community, LAYOUT.scale);
  graph.replaceAttributes({ articles, redirects: {} });
  return graph;
}

function addEntities(graph: KGraph, rng: Rng, count: number): Map<EntityType, string[]> {
  const types = Object.keys(ENTITY_SHARE) as EntityType[];
  const total = types.reduce((sum, t) => sum + ENTITY_SHARE[t], 0);
  const counts = types.map((t) => Math.max(1, Math.floor((count * ENTITY_SHARE[t]) / total)));
  counts[0] += count - counts.reduce((a, b) => a + b, 0); // rounding remainder goes to the largest type
  const taken = new Set<string>();
  const byType = new Map<EntityType, string[]>();
  types.forEach((type, i) => {
    const ids: string[] = [];
    for (let n = 0; n < counts[i]; n++) {
      const name = uniqueName(rng, type, taken);
      const id = slugify(name);
      const attributes = {
        name, entityType: type, aliases: aliasFor(type, name, taken), degree: 0, x: 0, y: 0,
        description: `A synthetic ${type.toLowerCase()} generated for benchmarks.`,
        ...(type === 'EVENT' ? { date: `202${4 + Math.floor(rng() * 2)}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}` } : {}),
      };
      graph.addNode(id, attributes);
      ids.push(id);
    }
    byType.set(type, ids);
  });
  return byType;
}

/**
 * Barabási–Albert growth, per entity type: entities arrive in step with the relations placed; a newcomer's first
 * relation links it to an older entity picked with probability ∝ its degree (each relation end enters its type's
 * pool once) or, for UNIFORM_SHARE of the ends, uniformly; early entities become hubs and degrees follow a power
 * law, as news coverage does (a few leaders and countries in most stories). The other end of a relation is drawn,
 * LOCAL_SHARE of the time, the same way but among the first end's community.
 */
function preferentialAttachment(byType: Map<EntityType, string[]>, relations: number, community: Map<string, number>) {
  const pools = new Map([...byType.keys()].map((type) => [type, [] as string[]]));
  const arrived = new Map([...byType.keys()].map((type) => [type, 0]));
  const fresh = new Map([...byType.keys()].map((type) => [type, [] as string[]]));
  const take = (rng: Rng, type: EntityType, newcomer: boolean): string | undefined => {
    const queue = fresh.get(type)!;
    const pool = pools.get(type)!;
    if (queue.length && (newcomer || pool.length === 0)) return queue.shift();
    if (!pool.length) return undefined;
    // Some ties form regardless of fame: without them the rich get too rich and the median entity has one relation.
    return rng() < UNIFORM_SHARE ? byType.get(type)![Math.floor(rng() * arrived.get(type)!)] : pick(rng, pool);
  };
  // Per type and community: the degree pool and the entities arrived so far.
  const localPools = new Map<string, string[]>();
  const localArrived = new Map<string, string[]>();
  const local = (lists: Map<string, string[]>, type: EntityType, id: string) => {
    const key = `${type}:${community.get(id)}`;
    let list = lists.get(key);
    if (!list) lists.set(key, (list = []));
    return list;
  };
  const takeNear = (rng: Rng, type: EntityType, anchor: string): string | undefined => {
    if (rng() < LOCAL_SHARE) {
      const members = local(localArrived, type, anchor);
      const pool = local(localPools, type, anchor);
      if (members.length) return pool.length && rng() >= UNIFORM_SHARE ? pick(rng, pool) : pick(rng, members);
    }
    return take(rng, type, false);
  };
  const arrive = (type: EntityType) => {
    const ids = byType.get(type)!;
    const next = arrived.get(type)!;
    if (next < ids.length) {
      fresh.get(type)!.push(ids[next]);
      local(localArrived, type, ids[next]).push(ids[next]);
    }
    arrived.set(type, Math.min(ids.length, next + 1));
  };
  return {
    /** Let in the entities due by the time `placed` relations exist (at least one of each type at once). */
    grow(placed: number) {
      for (const [type, ids] of byType) {
        const due = Math.max(1, Math.ceil((ids.length * (placed + 1)) / Math.max(1, relations)));
        while (arrived.get(type)! < Math.min(due, ids.length)) arrive(type);
      }
    },
    /** No new relation fits among the entities present (a small dense graph): let one more of each type in. */
    stall(sourceType: EntityType, targetType: EntityType) {
      arrive(sourceType);
      if (targetType !== sourceType) arrive(targetType);
    },
    /** A source and target; at most one newcomer, so it attaches to the existing graph. */
    draw(rng: Rng, sourceType: EntityType, targetType: EntityType): [string, string] | undefined {
      // The newcomer (if any) first, then the other end, mostly from its community.
      let source: string | undefined;
      let target: string | undefined;
      if (fresh.get(sourceType)!.length > 0) {
        source = take(rng, sourceType, true);
        target = source === undefined ? undefined : takeNear(rng, targetType, source);
      } else {
        target = take(rng, targetType, true);
        source = target === undefined ? undefined : takeNear(rng, sourceType, target);
      }
      if (source === undefined || target === undefined) {
        // Put an unused newcomer back at the front so it is not lost.
        for (const [id, type] of [[source, sourceType], [target, targetType]] as const) if (id && !pools.get(type)!.includes(id)) fresh.get(type)!.unshift(id);
        return undefined;
      }
      return [source, target];
    },
    link(source: string, sourceType: EntityType, target: string, targetType: EntityType) {
      pools.get(sourceType)!.push(source);
      pools.get(targetType)!.push(target);
      local(localPools, sourceType, source).push(source);
      local(localPools, targetType, target).push(target);
    },
  };
}

function drawShape(rng: Rng): [RelationType, EntityType, EntityType] {
  let r = rng() * SHAPE_TOTAL;
  for (const [type, s, t, weight] of CLAIM_SHAPES) if ((r -= weight) < 0) return [type, s, t];
  return CLAIM_SHAPES[0].slice(0, 3) as [RelationType, EntityType, EntityType];
}

/** Scatter the sentences over articles, then assemble each text and point the evidence and mentions into it. */
function writeArticles(graph: KGraph, rng: Rng, sentences: Array<{ key: string; sentence: Sentence; source: string; target: string }>, perArticle: number): IndexedArticle[] {
  const count = Math.max(1, Math.ceil(sentences.length / perArticle));
  const buckets: number[][] = Array.from({ length: count }, () => []);
  sentences.forEach((_, i) => buckets[Math.floor(rng() * count)].push(i));
  const width = String(count).length;
  return buckets.map((bucket, a) => {
    const id = `synthetic-${String(a + 1).padStart(width, '0')}`;
    const title = `Dispatch ${a + 1} on the European peacekeeping debate`;
    let text = `${title}\n`;
    const mentions: Mention[] = [];
    bucket.forEach((i, n) => {
      text += n === 0 ? '' : n % 6 === 0 ? '\n\n' : ' ';
      const { key, sentence, source, target } = sentences[i];
      const start = text.length;
      text += sentence.text;
      const evidence = graph.getEdgeAttribute(key, 'evidence');
      evidence.push({ article: id, start, end: text.length, quote: sentence.text });
      mentions.push({ entity: source, start: start + sentence.source.start, end: start + sentence.source.end });
      mentions.push({ entity: target, start: start + sentence.target.start, end: start + sentence.target.end });
    });
    const month = 1 + (a % 24);
    const publishedAt = `${2024 + Math.floor((month - 1) / 12)}-${String(((month - 1) % 12) + 1).padStart(2, '0')}`;
    return { id, title, outlet: 'Synthetic Wire', publishedAt, source: 'synthetic', text: `${text}\n`, mentions: mentions.sort((x, y) => x.start - y.start) };
  });
}
