// Before Apollo sees a POST: refuse a body over QUERY_LIMITS.maxBodyBytes with 413 without buffering it whole
// (Content-Length first, then counting streamed bytes), and answer malformed JSON with a 400 GraphQL error
// rather than a crash. The body is handed on as exactly `application/json`, which the Next integration requires.
import { NextRequest } from 'next/server';
import { QUERY_LIMITS } from './limits';

const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers: { 'cache-control': 'no-store', ...headers } });

// The rest of the body is never read, so the connection cannot carry another request: close it.
const tooLarge = () => refuse(413, 'PAYLOAD_TOO_LARGE', `Request body exceeds ${QUERY_LIMITS.maxBodyBytes} bytes.`, { connection: 'close' });

/** The body as text, or null once it passes the limit (the rest is not read). */
async function readCapped(request: NextRequest, max: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function guardRequest(request: NextRequest, next: (request: NextRequest) => Promise<Response>): Promise<Response> {
  if (request.method !== 'POST') return next(request);
  const declared = Number(request.headers.get('content-length'));
  if (declared > QUERY_LIMITS.maxBodyBytes) return tooLarge();
  const text = await readCapped(request, QUERY_LIMITS.maxBodyBytes);
  if (text === null) return tooLarge();
  const headers = new Headers(request.headers);
  const json = headers.get('content-type')?.split(';')[0].trim().toLowerCase() === 'application/json';
  if (json) {
    try {
      JSON.parse(text);
    } catch {
      return refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    headers.set('content-type', 'application/json');
  }
  headers.delete('content-length');
  return next(new NextRequest(request.url, { method: 'POST', headers, body: text }));
}
