// GET /explorer-data: the lean graph the explorer draws, fetched by the client so the HTML stays small.
// Revalidated by ETag, so a browser re-downloads it only after the graph is rebuilt.
import { currentKnowledgeGraph } from '@/graph';
import { leanGraphBody } from './lean-graph';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const { json, etag } = leanGraphBody(await currentKnowledgeGraph());
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(json, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
