// Before Apollo sees a POST: refuse a body over QUERY_LIMITS.maxBodyBytes with 413 without buffering it whole
// (Content-Length first, then counting streamed bytes), and answer malformed JSON with a 400 GraphQL error
// rather than a crash. JSON is parsed once and handed on; the handler then presents its content type as exactly `application/json`.
import type { NextRequest } from 'next/server';
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
    // Stop reading but do not cancel: cancelling can reset the socket before the 413 is written.
    if (size > max) return null;
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What the guard hands on: the body (parsed when JSON, else the text) and whether it was JSON. */
export type GuardedHandler = (body: unknown, json: boolean) => Promise<Response>;

export async function guardRequest(request: NextRequest, next: GuardedHandler): Promise<Response> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > QUERY_LIMITS.maxBodyBytes) return tooLarge();
  const text = await readCapped(request, QUERY_LIMITS.maxBodyBytes);
  if (text === null) return tooLarge();
  const json = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase() === 'application/json';
  if (!json) return next(text, false);
  // Parsed once, here: the parsed body goes to Apollo as is (no second parse, no rebuilt request).
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  }
  return next(body, true);
}
