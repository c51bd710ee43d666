// A guarded POST straight into Apollo: what @as-integrations/next does for a route handler (headers → HeaderMap,
// executeHTTPGraphQLRequest, Apollo's response → Response), minus reading and parsing the body a second time.
import { HeaderMap } from '@apollo/server';
import type { NextRequest } from 'next/server';
import { server, context } from './server';

export async function executeGraphQL(request: NextRequest, body: unknown, headers: Headers): Promise<Response> {
  const headerMap = new HeaderMap();
  headers.forEach((value, key) => headerMap.set(key, value));
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers: headerMap, search: new URL(request.url).search, body },
    context,
  });
  const out = new Headers();
  for (const [key, value] of response.headers) out.set(key, value);
  const init = { status: response.status ?? 200, headers: out };
  if (response.body.kind === 'complete') return new Response(response.body.string, init);
  const chunks = response.body.asyncIterator;
  return new Response(
    new ReadableStream({
      async pull(controller) {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    }),
    init,
  );
}
