// Relation ids: one relation per (type, source, target); MET_WITH is symmetric, so its ends are sorted.
import { isDirected, type RelationType } from './types';

export function relationId(type: RelationType, source: string, target: string): string {
  const [a, b] = isDirected(type) || source <= target ? [source, target] : [target, source];
  return `${type.toLowerCase()}:${a}:${b}`;
}
