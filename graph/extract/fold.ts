// foldName, remembered: resolution folds the same catalog names and surfaces over and over for every mention.
import { foldName } from '../slug';

const cache = new Map<string, string>();

/** `foldName` with a bounded cache (cleared when full, so memory stays flat over a long run). */
export function fold(name: string): string {
  let folded = cache.get(name);
  if (folded === undefined) {
    if (cache.size > 50_000) cache.clear();
    folded = foldName(name);
    cache.set(name, folded);
  }
  return folded;
}
