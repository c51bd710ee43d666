// Every shortest chain of relations between two entities (direction ignored), not just one: a breadth-first
// search that keeps all the relations reaching each entity at its distance, then walks them back from the target.
// Generic over a neighbour callback, so the explorer runs it on its graphology graph with its relation filters.

/** `[relation id, entity at its other end]` for each relation of `node` that may be walked. */
export type Neighbours = (node: string) => Iterable<readonly [string, string]>;

/** Each path as its relation ids from `from` to `to`, at most `limit` of them, in a stable order; [] if unconnected. */
export function allShortestPaths(neighbours: Neighbours, from: string, to: string, limit = 20): string[][] {
  if (from === to) return [[]];
  const distance = new Map<string, number>([[from, 0]]);
  // For each entity reached: the (relation, previous entity) pairs that reach it at its shortest distance.
  const via = new Map<string, Array<readonly [string, string]>>();
  let frontier = [from];
  while (frontier.length && !distance.has(to)) {
    const next: string[] = [];
    const depth = distance.get(frontier[0])! + 1;
    for (const node of frontier) {
      for (const [edge, other] of neighbours(node)) {
        const seen = distance.get(other);
        if (seen === undefined) {
          distance.set(other, depth);
          via.set(other, [[edge, node]]);
          next.push(other);
        } else if (seen === depth) via.get(other)!.push([edge, node]);
      }
    }
    frontier = next;
  }
  if (!distance.has(to)) return [];
  for (const list of via.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const paths: string[][] = [];
  // Depth-first from the target back to the source; each step goes one ring closer, so every walk is shortest.
  const walk = (node: string, suffix: string[]) => {
    if (paths.length >= limit) return;
    if (node === from) {
      paths.push([...suffix].reverse());
      return;
    }
    for (const [edge, previous] of via.get(node) ?? []) {
      suffix.push(edge);
      walk(previous, suffix);
      suffix.pop();
      if (paths.length >= limit) return;
    }
  };
  walk(to, []);
  return paths;
}
