// Stable ids for new entities: the name's slug, with letters NFKD cannot strip (ø, ł, æ, ß...) spelled out.
import { slugify } from '../slug';

const LETTERS: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', đ: 'd', Đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

// Resolution asks for the ids of the same few names for every mention: each is worked out once (bounded, as in fold.ts).
const ids = new Map<string, string>();

/** "Jonas Gahr Støre" → "jonas-gahr-store"; always a valid catalog slug (or "entity" when nothing is left). */
export function entityId(name: string): string {
  let id = ids.get(name);
  if (id === undefined) {
    if (ids.size > 50_000) ids.clear();
    id = slugify(name.replace(/[øØłŁæÆœŒßđĐðþıħ]/g, (c) => LETTERS[c] ?? c)).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'entity';
    ids.set(name, id);
  }
  return id;
}
