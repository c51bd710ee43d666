// Stable ids for new entities: the name's slug, with letters NFKD cannot strip (ø, ł, æ, ß...) spelled out.
import { remembered } from '../remember';
import { slugify } from '../slug';

const LETTERS: Record<string, string> = { ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ß: 'ss', đ: 'd', Đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** "Jonas Gahr Støre" → "jonas-gahr-store"; always a valid catalog slug (or "entity" when nothing is left). Remembered:
 *  resolution asks for the ids of the same few names for every mention. */
export const entityId = remembered(
  (name: string) => slugify(name.replace(/[øØłŁæÆœŒßđĐðþıħ]/g, (c) => LETTERS[c] ?? c)).replace(/[^a-z0-9-]/g, '').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'entity',
);
