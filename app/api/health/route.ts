// GET /api/health: the database mode, the served graph's version and its counts (503 while no graph can be served).
import { readModel } from '@/graph';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  if (process.env.GRAPH_FILE) return Response.json({ status: 'ok', database: 'none (GRAPH_FILE)' });
  try {
    const status = await readModel().status();
    return Response.json({ status: 'ok', ...status }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    console.error('health: graph unavailable:', error);
    return Response.json({ status: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
}
