// The full ForceAtlas2 relayout, a job of its own (`npm run layout`, or started by the server: relayout-job.ts),
// never in the ingest path (which places new
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
  /** Entities placed by ingest since the last layout, as read with the structure (setPositions subtracts them). */
  placed: number;
}

export interface LayoutReport {
  entities: number;
}

export async function layoutInput(db: Database): Promise<LayoutInput> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const [{ placed }] = await tx.query<{ placed: number }>('SELECT placed_since_layout AS placed FROM store_state WHERE id = 1');
    const nodes = (await tx.query<{ id: string }>('SELECT id FROM entities ORDER BY id')).map((r) => r.id);
    const edges = (await tx.query<{ source: string; target: string }>("SELECT source, target FROM relations WHERE status <> 'REJECTED' ORDER BY seq")).map((r) => [r.source, r.target] as [string, string]);
    return { nodes, edges, placed };
  });
}

/** ForceAtlas2 from a circular start, deterministic for a given structure; positions rounded as graph.json keeps them. */
export function computeLayout({ nodes, edges }: LayoutInput): Array<[string, number, number]> {
  const graph = new Graph({ multi: true, type: 'mixed' });
  for (const id of nodes) graph.addNode(id);
  for (const [s, t] of edges) graph.addEdge(s, t);
  const positions = layout(graph);
  return nodes.map((id) => [id, Math.round(positions[id].x * 1000) / 1000, Math.round(positions[id].y * 1000) / 1000]);
}

/**
 * Write a layout back. Entities created while it was computed keep the places ingest gave them and stay counted
 * for the next layout: only the `placed` the layout read is subtracted.
 */
export async function setPositions(db: Database, positions: Array<[string, number, number]>, actor: string, placed = 0): Promise<LayoutReport> {
  await db.transaction(async (tx) => {
    await tx.query('UPDATE entities e SET x = p.x, y = p.y FROM unnest($1::text[], $2::float8[], $3::float8[]) AS p(id, x, y) WHERE e.id = p.id', columnsOf(positions, 3));
    await tx.query('UPDATE store_state SET placed_since_layout = greatest(0, placed_since_layout - $1) WHERE id = 1', [placed]);
    await record(tx, actor, 'RELAYOUT', 'LAYOUT', 'all', null, { entities: positions.length });
    await bumpVersion(tx);
  });
  return { entities: positions.length };
}
