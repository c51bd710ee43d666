// "Did you mean": proxy.ts names the entity id a 404 was asked for in a request header; the 404 page searches for it.
import { search, type KnowledgeGraph, type EntityView } from '@/graph';

export const MISSING_ENTITY_HEADER = 'x-missing-entity';

/** Entities whose names come closest to a missing id: `macron` → Emmanuel Macron, `keir_starmer` → Keir Starmer. */
export function suggestEntities(kg: KnowledgeGraph, encodedId: string | null, count = 5): EntityView[] {
  if (!encodedId) return [];
  let query: string;
  try {
    query = decodeURIComponent(encodedId).replace(/[-_+]+/g, ' ').trim().slice(0, 100);
  } catch {
    return [];
  }
  if (!query) return [];
  try {
    return search(kg, query, count);
  } catch {
    return []; // a query search refuses (e.g. nothing searchable in it) has no suggestions
  }
}
