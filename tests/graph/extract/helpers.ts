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
