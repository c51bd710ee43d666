// Runs the extraction pipeline on a snippet written for a test, and reads its relations as "TYPE:source:target".
import { createExtractor } from '@/graph/extract/pipeline';
import type { Entity } from '@/graph';

export function extractText(text: string, catalog: Entity[] = []) {
  const result = createExtractor(catalog)({ id: 'snippet', title: 'Snippet', text });
  return {
    ...result,
    ids: result.entities.map((e) => e.id).sort(),
    triples: result.relations.map((r) => `${r.type}:${r.source}:${r.target}`),
    relation: (type: string, source: string, target: string) => result.relations.find((r) => r.type === type && r.source === source && r.target === target),
  };
}

export const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'PERSON', name, aliases });

// The stances a snippet states, as "SUPPORTS|OPPOSES:source:target".
export const stances = (text: string): string[] => extractText(text).triples.filter((t) => t.startsWith('SUPPORTS:') || t.startsWith('OPPOSES:'));

// The relations of one type a snippet states, as "source>target".
export const pairs = (type: string) => (text: string): string[] => extractText(text).relations.filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`);

const triple = (r: { type: string; source: string; target: string }) => `${r.type}:${r.source}:${r.target}`;

/** A snippet published on a day: its relations as triples (`all` with the candidates kept out of the graph), the
 *  statement dates of each triple's evidence, and the events it found. */
export function extractDated(text: string, publishedAt = '2025-06-20') {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    triples: r.relations.map(triple),
    all: [...r.relations, ...r.candidates].map(triple),
    dates: new Map(r.relations.map((x) => [triple(x), x.evidence.map((e) => e.statedAt?.date)])),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
}
