// Positions for synthetic graphs, in O(n): what ForceAtlas2 would show for a graph of communities, without running
// it (FA2 at 100,000+ entities takes minutes). Each community is a disc filled along a sunflower (Vogel) spiral,
// its best-connected members in the middle, as FA2 pulls hubs to the centre of their cluster; the discs are laid
// along a second sunflower spiral, largest first, so the biggest clusters sit in the middle of the picture.
import type Graph from 'graphology';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Empty space around each community, in node spacings, so clusters read as separate. */
const GAP = 2.5;

/** Write `x`, `y` (rounded, within ±scale) on every node of `graph`, grouped by `community`. */
export function communityLayout(graph: Graph, community: Map<string, number>, scale: number): void {
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = community.get(node) ?? 0;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const groups = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]).map((entry) => entry[1]);
  const position = new Map<string, [number, number]>();
  let area = 0;
  let extent = 1;
  groups.forEach((nodes, k) => {
    // A Vogel spiral of n points with unit spacing fills a disc of radius √n; its centre sits where a spiral of
    // discs of the same total area would put it, so discs rarely overlap.
    const radius = Math.sqrt(nodes.length) + GAP;
    const distance = Math.sqrt(area);
    area += radius * radius;
    const cx = distance * Math.cos(k * GOLDEN_ANGLE);
    const cy = distance * Math.sin(k * GOLDEN_ANGLE);
    nodes.sort((a, b) => graph.degree(b) - graph.degree(a));
    nodes.forEach((node, i) => {
      const r = Math.sqrt(i + 0.5);
      position.set(node, [cx + r * Math.cos(i * GOLDEN_ANGLE), cy + r * Math.sin(i * GOLDEN_ANGLE)]);
    });
    extent = Math.max(extent, distance + radius);
  });
  // Entities linked mostly outside their own cluster (the leaders every story cites) sit where FA2 would put them:
  // at the centre of their neighbours, so their many relations stay as short as they can be.
  const moved = new Map<string, [number, number]>();
  graph.forEachNode((node) => {
    const own = community.get(node);
    let x = 0;
    let y = 0;
    let outside = 0;
    graph.forEachNeighbor(node, (neighbor) => {
      const [nx, ny] = position.get(neighbor)!;
      x += nx;
      y += ny;
      if (community.get(neighbor) !== own) outside++;
    });
    const degree = graph.degree(node);
    if (outside * 2 > degree) moved.set(node, [x / degree, y / degree]);
  });
  for (const [node, at] of moved) position.set(node, at);
  const round = (v: number) => Math.round((v * scale * 1000) / extent) / 1000;
  graph.updateEachNodeAttributes((node, attr) => {
    const [x, y] = position.get(node)!;
    return { ...attr, x: round(x), y: round(y) };
  }, { attributes: ['x', 'y'] });
}
