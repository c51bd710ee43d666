// The full ForceAtlas2 relayout, as a job of its own (`npm run layout`, or the server when idle): never in the
// ingest path, which places new entities beside their neighbours instead.
import { layout } from '../layout';
import { deserializeGraph } from '../serialize';
import type { Database } from './driver';
import { bumpVersion, record } from './history';
import { columnsOf } from './rows';
import { readSnapshot } from './snapshot';

export interface LayoutReport {
  entities: number;
}

export async function relayout(db: Database, actor: string): Promise<LayoutReport> {
  const graph = deserializeGraph(await readSnapshot(db));
  layout.assign(graph);
  const rows = graph.mapNodes((id, a) => [id, a.x, a.y]);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE entities e SET x = p.x, y = p.y FROM unnest($1::text[], $2::float8[], $3::float8[]) AS p(id, x, y) WHERE e.id = p.id', columnsOf(rows, 3));
    await record(tx, actor, 'RELAYOUT', 'LAYOUT', 'all', null, { entities: rows.length });
    await bumpVersion(tx);
  });
  return { entities: rows.length };
}
