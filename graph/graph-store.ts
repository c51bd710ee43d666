// The loaded knowledge graph, read-only and columnar. graph.json is graphology's export; a server holding it as a
// graphology graph pays ~411 bytes per entity+relation (at 100k/300k) for objects per node, edge and adjacency
// entry before any attribute. Here every field is one typed array or one array of strings, indexed by node or edge
// number, and adjacency is compressed rows (CSR) in edge order. Queries turn ids into numbers once.
// Evidence keeps article number and offsets: its quote is the article text sliced on read (checked here, at load).
import { DATE_PRECISIONS, ENTITY_TYPES, RELATION_STATUSES, RELATION_TYPES, type Entity, type IndexedArticle, type StatedAt } from './types';
import { daySpan } from './time/window';
import { parseRelationId, relationId } from './relation-id';
import { DataError } from './errors';
import type { SerializedKGraph } from './serialize';

/** The optional fields few entities have. */
export type EntityExtras = Pick<Entity, 'sameAs' | 'formerIds' | 'date'>;

export class GraphStore {
  readonly order: number;
  readonly size: number;
  readonly articles: IndexedArticle[];
  /** Article a's id and text, read per quote: plain arrays, as the article objects hold a getter (slow to read). */
  readonly articleIds: string[];
  readonly articleTexts: string[];

  // Node n.
  readonly ids: string[];
  /** Index into ENTITY_TYPES. */
  readonly entityTypes: Uint8Array;
  readonly names: string[];
  readonly aliases: string[][];
  readonly descriptions: Array<string | undefined>;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  readonly extras = new Map<number, EntityExtras>();

  // Edge e. MET_WITH is the one undirected type; its source is whichever end graph.json names first.
  /** Index into RELATION_TYPES. */
  readonly relationTypes: Uint8Array;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  readonly roles = new Map<number, string>();
  readonly qualifiers = new Map<number, string>();
  /** Index into RELATION_STATUSES (0, CURATED, when graph.json names none). */
  readonly statuses: Uint8Array;
  /** The extractor's confidence, for machine claims that have one. */
  readonly confidences = new Map<number, number>();
  readonly contexts = new Map<number, string>();
  /** Evidence of edge e: items evidenceStart[e] … evidenceStart[e + 1] of the three arrays below. */
  readonly evidenceStart: Int32Array;
  readonly evidenceArticle: Int32Array;
  readonly evidenceFrom: Int32Array;
  readonly evidenceTo: Int32Array;
  /** When evidence item i was stated (undefined when unknown), and the days that date covers (NaN when unknown). */
  readonly evidenceStatedAt: Array<StatedAt | undefined>;
  readonly evidenceDayFrom: Float64Array;
  readonly evidenceDayTo: Float64Array;

  // Adjacency, in edge order.
  /**
   * Edges touching node n: incident[incidentStart[n] … incidentStart[n + 1]), its degree. Those n is the source of
   * come first, up to sourceEnd[n], so a walk over each edge once (from its source) reads only those.
   */
  readonly incidentStart: Int32Array;
  readonly sourceEnd: Int32Array;
  readonly incident: Int32Array;
  /** Distinct neighbours of node n (either direction): neighbors[neighborStart[n] … neighborStart[n + 1]). */
  readonly neighborStart: Int32Array;
  readonly neighbors: Int32Array;
  /** Edges article a gives evidence for: articleEdges[articleEdgeStart[a] … articleEdgeStart[a + 1]). */
  readonly articleEdgeStart: Int32Array;
  readonly articleEdges: Int32Array;
  /** Edge e's place among all edge ids in `<` order, so a set of edges sorts by id with integer compares. */
  readonly edgeRank: Int32Array;

  private readonly nodeNumbers: Map<string, number>;
  private readonly articleNumbers: Map<string, number>;
  /** Edge ids that relationId(type, source, target) does not give back, or that parseRelationId cannot read (none in built graphs), both ways. */
  private readonly irregularIds = new Map<number, string>();
  private readonly irregularEdges = new Map<string, number>();

  constructor(data: SerializedKGraph) {
    const { nodes, edges } = data;
    this.order = nodes.length;
    this.size = edges.length;
    this.articles = data.attributes.articles;
    this.articleIds = this.articles.map((a) => a.id);
    this.articleTexts = this.articles.map((a) => a.text);
    this.articleNumbers = new Map(this.articleIds.map((id, i) => [id, i]));

    this.ids = new Array(this.order);
    this.entityTypes = new Uint8Array(this.order);
    this.names = new Array(this.order);
    this.aliases = new Array(this.order);
    this.descriptions = new Array(this.order);
    this.xs = new Float64Array(this.order);
    this.ys = new Float64Array(this.order);
    this.nodeNumbers = new Map();
    // JSON.parse makes a string per occurrence: keep one of each repeated description (synthetic graphs share a few).
    const descriptions = new Map<string, string>();
    nodes.forEach(({ key, attributes: a }, n) => {
      if (!a) throw new DataError(`entity "${key}" has no attributes`);
      this.ids[n] = key;
      this.nodeNumbers.set(key, n);
      this.entityTypes[n] = typeIndex(ENTITY_TYPES, a.entityType, `entity "${key}"`);
      this.names[n] = a.name;
      this.aliases[n] = a.aliases;
      if (a.description !== undefined && !descriptions.has(a.description)) descriptions.set(a.description, a.description);
      this.descriptions[n] = a.description === undefined ? undefined : descriptions.get(a.description);
      this.xs[n] = a.x;
      this.ys[n] = a.y;
      const { sameAs, formerIds, date } = a;
      if (sameAs || formerIds || date) this.extras.set(n, { ...(sameAs && { sameAs }), ...(formerIds && { formerIds }), ...(date && { date }) });
    });

    this.relationTypes = new Uint8Array(this.size);
    this.sources = new Int32Array(this.size);
    this.targets = new Int32Array(this.size);
    this.statuses = new Uint8Array(this.size);
    this.evidenceStart = new Int32Array(this.size + 1);
    const evidenceCount = edges.reduce((sum, e) => sum + (e.attributes?.evidence.length ?? 0), 0);
    this.evidenceArticle = new Int32Array(evidenceCount);
    this.evidenceFrom = new Int32Array(evidenceCount);
    this.evidenceTo = new Int32Array(evidenceCount);
    this.evidenceStatedAt = new Array(evidenceCount);
    this.evidenceDayFrom = new Float64Array(evidenceCount).fill(NaN);
    this.evidenceDayTo = new Float64Array(evidenceCount).fill(NaN);
    const ids: string[] = new Array(this.size);
    let item = 0;
    edges.forEach(({ key, source, target, attributes: a }, e) => {
      const where = `relation "${key ?? `${source} → ${target}`}"`;
      if (!a) throw new DataError(`${where} has no attributes`);
      this.relationTypes[e] = typeIndex(RELATION_TYPES, a.relationType, where);
      this.sources[e] = this.nodeNumber(source) ?? fail(`${where}: unknown entity "${source}"`);
      this.targets[e] = this.nodeNumber(target) ?? fail(`${where}: unknown entity "${target}"`);
      const id = relationId(a.relationType, source, target);
      ids[e] = key ?? id;
      if (ids[e] !== id || !parseRelationId(id)) {
        this.irregularIds.set(e, ids[e]);
        this.irregularEdges.set(ids[e], e);
      }
      if (a.role !== undefined) this.roles.set(e, a.role);
      if (a.qualifier !== undefined) this.qualifiers.set(e, a.qualifier);
      if (a.status !== undefined) this.statuses[e] = typeIndex(RELATION_STATUSES, a.status, where);
      if (a.confidence !== undefined) this.confidences.set(e, a.confidence);
      if (a.context !== undefined) this.contexts.set(e, a.context);
      for (const evidence of a.evidence) {
        const article = this.articleNumbers.get(evidence.article) ?? fail(`${where}: unknown article "${evidence.article}"`);
        if (this.articleTexts[article].slice(evidence.start, evidence.end) !== evidence.quote) {
          fail(`${where}: the quote at ${evidence.article}:${evidence.start} is not the article's text there`);
        }
        this.evidenceArticle[item] = article;
        this.evidenceFrom[item] = evidence.start;
        this.evidenceTo[item] = evidence.end;
        if (evidence.statedAt) {
          const { date, precision, source } = evidence.statedAt;
          const span = daySpan(date);
          if (!span || !DATE_PRECISIONS.includes(precision)) fail(`${where}: the quote at ${evidence.article}:${evidence.start} has an unreadable date "${date}"`);
          this.evidenceStatedAt[item] = { date, precision, source };
          this.evidenceDayFrom[item] = span.from;
          this.evidenceDayTo[item] = span.to;
        }
        item++;
      }
      this.evidenceStart[e + 1] = item;
    });

    [this.incidentStart, this.incident] = rows(this.order, (visit) => {
      for (let e = 0; e < this.size; e++) visit(this.sources[e], e);
      for (let e = 0; e < this.size; e++) visit(this.targets[e], e);
    });
    this.sourceEnd = this.incidentStart.slice(0, this.order);
    for (const n of this.sources) this.sourceEnd[n]++;
    [this.neighborStart, this.neighbors] = this.distinctNeighbors();
    [this.articleEdgeStart, this.articleEdges] = rows(this.articles.length, (visit) => {
      for (let e = 0; e < this.size; e++) {
        const [first, last] = [this.evidenceStart[e], this.evidenceStart[e + 1]];
        // An edge with several quotes from one article is listed once for it.
        for (let i = first; i < last; i++) if (!this.evidenceArticle.subarray(first, i).includes(this.evidenceArticle[i])) visit(this.evidenceArticle[i], e);
      }
    });
    const byId = Int32Array.from(ids, (_, e) => e).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    this.edgeRank = new Int32Array(this.size);
    byId.forEach((e, rank) => (this.edgeRank[e] = rank));
  }

  nodeNumber(id: string): number | undefined {
    return this.nodeNumbers.get(id);
  }

  articleNumber(id: string): number | undefined {
    return this.articleNumbers.get(id);
  }

  degree(n: number): number {
    return this.incidentStart[n + 1] - this.incidentStart[n];
  }

  /** The other end of edge e from node n. */
  opposite(e: number, n: number): number {
    return this.sources[e] === n ? this.targets[e] : this.sources[e];
  }

  edgeId(e: number): string {
    return this.irregularId(e) ?? relationId(RELATION_TYPES[this.relationTypes[e]], this.ids[this.sources[e]], this.ids[this.targets[e]]);
  }

  /** Edge e's id when it is not the relationId of its type and ends, else undefined. */
  irregularId(e: number): string | undefined {
    return this.irregularIds.get(e);
  }

  /** The edge with this id: a relation id names its type and both ends, so it is found among one end's edges. */
  edgeNumber(id: string): number | undefined {
    const irregular = this.irregularEdges.get(id);
    if (irregular !== undefined) return irregular;
    const parsed = parseRelationId(id);
    if (!parsed) return undefined;
    const type = RELATION_TYPES.indexOf(parsed.type);
    const a = this.nodeNumber(parsed.source);
    const b = this.nodeNumber(parsed.target);
    if (a === undefined || b === undefined) return undefined;
    const [from, to] = this.degree(a) <= this.degree(b) ? [a, b] : [b, a];
    for (let i = this.incidentStart[from]; i < this.incidentStart[from + 1]; i++) {
      const e = this.incident[i];
      if (this.relationTypes[e] === type && this.opposite(e, from) === to && this.edgeId(e) === id) return e;
    }
    return undefined;
  }

  private distinctNeighbors(): [Int32Array, Int32Array] {
    const start = new Int32Array(this.order + 1);
    const list = new Int32Array(this.incident.length);
    const seen = new Int32Array(this.order).fill(-1);
    let length = 0;
    for (let n = 0; n < this.order; n++) {
      for (let i = this.incidentStart[n]; i < this.incidentStart[n + 1]; i++) {
        const other = this.opposite(this.incident[i], n);
        if (seen[other] !== n) {
          seen[other] = n;
          list[length++] = other;
        }
      }
      start[n + 1] = length;
    }
    return [start, list.slice(0, length)];
  }
}

/** Compressed rows: `fill` visits (row, value) pairs, in the order each row should list them. */
function rows(count: number, fill: (visit: (row: number, value: number) => void) => void): [Int32Array, Int32Array] {
  const start = new Int32Array(count + 1);
  fill((row) => start[row + 1]++);
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  const values = new Int32Array(start[count]);
  const next = start.slice(0, count);
  fill((row, value) => (values[next[row]++] = value));
  return [start, values];
}

function typeIndex(types: readonly string[], type: string, where: string): number {
  const index = types.indexOf(type);
  if (index < 0) fail(`${where}: unknown type "${type}"`);
  return index;
}

function fail(message: string): never {
  throw new DataError(message);
}
