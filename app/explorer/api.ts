// The explorer's questions to /api/graphql: the same core that serves every other client.
import type { EntityType, RelationType } from '@/graph/types';

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface EvidenceView {
  quote: string;
  start: number;
  url: string;
  article: { id: string; title: string; outlet: string | null; publishedAt: string | null };
}

export interface RelationView {
  id: string;
  type: RelationType;
  directed: boolean;
  role: string | null;
  qualifier: string | null;
  context: string | null;
  source: EntityRef;
  target: EntityRef;
  evidence: EvidenceView[];
}

export interface EntityDetails extends EntityRef {
  description: string | null;
  aliases: string[];
  url: string;
  degree: number;
  relations: RelationView[];
}

const RELATION_FIELDS = `id type directed role qualifier context
  source { id name type } target { id name type }
  evidence { quote start url article { id title outlet publishedAt } }`;

const QUERIES = {
  entity: `query ExplorerEntity($id: ID!) { entity(id: $id) { id name type description aliases url degree relations { ${RELATION_FIELDS} } } }`,
  relation: `query ExplorerRelation($id: ID!) { relation(id: $id) { ${RELATION_FIELDS} } }`,
  quotes: `query ExplorerQuotes($query: String!) { searchEvidence(query: $query, first: 6) {
    relation { id type source { id name type } target { id name type } } evidence { quote start article { id title } } } }`,
} as const;

export interface QuoteMatch {
  relation: Pick<RelationView, 'id' | 'type' | 'source' | 'target'>;
  evidence: { quote: string; start: number; article: { id: string; title: string } };
}

async function ask<T>(query: string, variables: Record<string, string>, signal: AbortSignal): Promise<T> {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

export const fetchEntity = (id: string, signal: AbortSignal) =>
  ask<{ entity: EntityDetails | null }>(QUERIES.entity, { id }, signal).then((d) => d.entity);

export const fetchRelation = (id: string, signal: AbortSignal) =>
  ask<{ relation: RelationView | null }>(QUERIES.relation, { id }, signal).then((d) => d.relation);

export const fetchQuotes = (query: string, signal: AbortSignal) =>
  ask<{ searchEvidence: QuoteMatch[] }>(QUERIES.quotes, { query }, signal).then((d) => d.searchEvidence);
