// A guarded POST straight into Apollo: what @as-integrations/next does for a route handler (headers → HeaderMap,
// executeHTTPGraphQLRequest, Apollo's response → Response), minus reading and parsing the body a second time.
import { HeaderMap } from '@apollo/server';
import type { NextRequest } from 'next/server';
import { server, contextFor } from './server';

/** `json`: the guard parsed the body as JSON; Apollo then sees exactly `application/json` (no charset, no params). */
export async function executeGraphQL(request: NextRequest, body: unknown, json: boolean): Promise<Response> {
  // One pass from the request's headers to Apollo's HeaderMap (lower-case names); the body's length no longer applies.
  const headers = new HeaderMap();
  for (const [key, value] of request.headers) if (key !== 'content-length') headers.set(key, value);
  if (json) headers.set('content-type', 'application/json');
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: request.nextUrl.search, body },
    context: () => contextFor(request),
  });
  // A HeaderMap is a Map of lower-case name → value (one value per name).
  const init = { status: response.status ?? 200, headers: Object.fromEntries(response.headers) };
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
