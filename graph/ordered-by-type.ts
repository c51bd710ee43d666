// Lists of node or edge numbers in one fixed order, whole or of one type: the same for every query on a loaded
// graph (sorting 100k names takes ~100 ms), so each is made once per store, on first use.
import type { GraphStore } from './graph-store';

/** `all(store)` gives every number in order; `types(store)` each number's type index into `names`. */
export function orderedByType<T extends string>(
  names: readonly T[],
  types: (store: GraphStore) => Uint8Array,
  all: (store: GraphStore) => Int32Array,
): (store: GraphStore, type: T | null) => Int32Array {
  const made = new WeakMap<GraphStore, Map<T | null, Int32Array>>();
  return (store, type) => {
    let lists = made.get(store);
    if (!lists) made.set(store, (lists = new Map([[null, all(store)]])));
    let list = lists.get(type);
    if (!list) {
      const [t, of] = [names.indexOf(type!), types(store)];
      lists.set(type, (list = lists.get(null)!.filter((n) => of[n] === t)));
    }
    return list;
  };
}
