// GET /explorer-data: the lean graph the explorer draws, fetched by the client so the HTML stays small.
// Revalidated by ETag, so a browser re-downloads it only after the graph is rebuilt.
import { currentKnowledgeGraph } from '@/graph';
import { leanGraphBody } from './lean-graph';

export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  const { chunks, etag } = leanGraphBody(await currentKnowledgeGraph());
  const headers = { ETag: etag, 'Cache-Control': 'public, max-age=0, must-revalidate' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  const encoder = new TextEncoder();
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < chunks.length) controller.enqueue(encoder.encode(chunks[next++]));
      else controller.close();
    },
  });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
