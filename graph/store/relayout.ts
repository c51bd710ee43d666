// The full ForceAtlas2 relayout, a job of its own (`npm run layout`), never in the ingest path (which places new
// entities beside their neighbours). The owner only reads the structure and writes the positions; the layout itself
// runs in the job's process, so a serving owner keeps answering while it computes.
import Graph from 'graphology';
import { layout } from '../layout';
import type { Database } from './driver';
import { bumpVersion, record } from './history';
import { columnsOf } from './rows';

export interface LayoutInput {
  nodes: string[];
  edges: Array<[string, string]>;
}

export interface LayoutReport {
  entities: number;
}

export async function layoutInput(db: Database): Promise<LayoutInput> {
  const nodes = (await db.query<{ id: string }>('SELECT id FROM entities ORDER BY id')).map((r) => r.id);
  const edges = (await db.query<{ source: string; target: string }>("SELECT source, target FROM relations WHERE status <> 'REJECTED' ORDER BY seq")).map((r) => [r.source, r.target] as [string, string]);
  return { nodes, edges };
}

/** ForceAtlas2 from a circular start, deterministic for a given structure; positions rounded as graph.json keeps them. */
export function computeLayout({ nodes, edges }: LayoutInput): Array<[string, number, number]> {
  const graph = new Graph({ multi: true, type: 'mixed' });
  for (const id of nodes) graph.addNode(id);
  for (const [s, t] of edges) graph.addEdge(s, t);
  const positions = layout(graph);
  return nodes.map((id) => [id, Math.round(positions[id].x * 1000) / 1000, Math.round(positions[id].y * 1000) / 1000]);
}

export async function setPositions(db: Database, positions: Array<[string, number, number]>, actor: string): Promise<LayoutReport> {
  await db.transaction(async (tx) => {
    await tx.query('UPDATE entities e SET x = p.x, y = p.y FROM unnest($1::text[], $2::float8[], $3::float8[]) AS p(id, x, y) WHERE e.id = p.id', columnsOf(positions, 3));
    await record(tx, actor, 'RELAYOUT', 'LAYOUT', 'all', null, { entities: positions.length });
    await bumpVersion(tx);
  });
  return { entities: positions.length };
}
