// The abuse corpus over real HTTP against the production server: each request gets its documented refusal
// (a 4xx or a GraphQL error with a typed code) and the server keeps answering normal queries during and after.
import { connect } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { gql } from '../support/graphql';

const url = () => `${inject('baseURL')}/api/graphql`;
const json = { 'content-type': 'application/json' };

async function post(body: BodyInit, headers: Record<string, string> = json) {
  const response = await fetch(url(), { method: 'POST', headers, body, signal: AbortSignal.timeout(20_000) });
  const text = await response.text();
  let parsed: any;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}
/**
 * POST a body with no length, chunk after chunk, until the server answers: a refusing server may close the
 * connection while the client is still writing, and what the client then reads is its answer.
 */
function postChunkedUntilAnswered(chunkBytes: number): ReturnType<typeof post> {
  // A raw socket, not node:http: once the server has answered and closed, a write fails with EPIPE, and node:http
  // then drops the answer it had already received. Here every byte received is kept and read when the socket closes.
  return new Promise((resolve, reject) => {
    const { hostname, port, pathname } = new URL(url());
    const socket = connect(Number(port), hostname);
    let received = '';
    let answered = false;
    socket.setEncoding('utf8');
    socket.on('data', (data) => {
      received += data;
      if (!answered && received.includes('\r\n\r\n')) {
        answered = true;
        socket.end();
      }
    });
    socket.on('error', () => {
      // EPIPE / ECONNRESET after the server answered and closed: the answer is in `received`.
    });
    socket.on('close', () => {
      const head = received.indexOf('\r\n\r\n');
      if (head < 0) return reject(new Error(`the server closed without answering (${received.length} bytes)`));
      const status = Number(received.slice(9, 12));
      const headers = received.slice(0, head);
      let text = received.slice(head + 4);
      if (/^transfer-encoding:\s*chunked/im.test(headers)) text = dechunk(text);
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      resolve({ status, body, text });
    });
    socket.write(`POST ${pathname} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`);
    const chunk = `${chunkBytes.toString(16)}\r\n${' '.repeat(chunkBytes)}\r\n`;
    let sent = 0;
    const write = () => {
      if (answered || socket.destroyed) return;
      // Bounded: past 2 MB (far over the 100 KB limit) the body ends, and a server that took it answers otherwise.
      if (sent > 2_000_000) return void socket.write('0\r\n\r\n');
      sent += chunkBytes;
      socket.write(chunk, () => setImmediate(write));
    };
    write();
  });
}

/**
 * A server that answers and closes while the client is still writing makes the client's kernel reset the
 * connection, and a reset may discard the answer already received (seen once in a full run on a busy machine).
 * Try again (at most three times) only then; any answer, right or wrong, is returned as it came.
 */
async function retryUnanswered(send: () => ReturnType<typeof post>): ReturnType<typeof post> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= 3 || !/closed without answering/.test((error as Error).message)) throw error;
    }
  }
}

/** The body of a chunked HTTP response. */
function dechunk(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const line = raw.indexOf('\r\n', at);
    if (line < 0) return out;
    const size = parseInt(raw.slice(at, line), 16);
    if (!size) return out;
    out += raw.slice(line + 2, line + 2 + size);
    at = line + 2 + size + 2;
  }
}
const postQuery = (query: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query, variables }));
const codes = (body: any): string[] => (body?.errors ?? []).map((e: any) => e.extensions?.code);

/** Nested `relations { source { … } }` `levels` deep. */
const nested = (levels: number) => `{ entity(id: "keir-starmer") { ${'relations(first: 1) { source { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

/** Each abusive request and the refusal it must get. */
const CORPUS: Array<{ name: string; send: () => ReturnType<typeof post>; status: number; code?: string }> = [
  { name: 'deep nesting', send: () => postQuery(nested(8)), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'alias flood',
    send: () => postQuery(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { entities }`).join(' ')} }`),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a huge {a a a …} document', send: () => postQuery(`{ ${'a '.repeat(45_000)}}`), status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'circular fragments',
    send: () => postQuery('{ entity(id: "keir-starmer") { ...A } } fragment A on Entity { relations { source { ...B } } } fragment B on Entity { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'oversized first', send: () => postQuery('{ entities(first: 1000000) { nodes { id } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    name: 'oversized first in a variable',
    send: () => postQuery('query($n: Int) { search(query: "a", first: $n) { id relations { id } } }', { n: 100_000 }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  {
    name: 'nested lists multiplying',
    send: () => postQuery('query($n: Int) { entities(first: $n) { nodes { relations(first: $n) { id } } } }', { n: 500 }),
    status: 400,
    code: 'QUERY_TOO_COSTLY',
  },
  { name: 'oversized body', send: () => postQuery(`{ stats { entities } } # ${'x'.repeat(150_000)}`), status: 413, code: 'PAYLOAD_TOO_LARGE' },
  {
    name: 'oversized body without a length (chunked)',
    send: () => retryUnanswered(() => postChunkedUntilAnswered(10_000)),
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
  },
  {
    name: 'batch flood',
    send: () => post(JSON.stringify(Array.from({ length: 200 }, () => ({ query: '{ stats { entities } }' })))),
    status: 400,
  },
  { name: 'malformed JSON', send: () => post('{"query": "{ stats { entities } }"'), status: 400, code: 'BAD_REQUEST' },
  { name: 'wrong content type', send: () => post('{ stats { entities } }', { 'content-type': 'text/plain' }), status: 400, code: 'BAD_REQUEST' },
  {
    name: 'GET mutation (GET is for queries)',
    send: () =>
      fetch(`${url()}?query=${encodeURIComponent('mutation { revert(change: "1") { entity { id } } }')}`, { headers: { 'apollo-require-preflight': 'true' } }).then(
        async (r) => ({ status: r.status, body: await r.json(), text: '' }),
      ),
    status: 405,
    code: 'BAD_REQUEST',
  },
];

describe('abuse corpus', () => {
  for (const { name, send, status, code } of CORPUS) {
    it(`should refuse ${name} with ${status}${code ? ` ${code}` : ''}`, async () => {
      const response = await send();
      expect(response.status).toBe(status);
      expect(response.body?.errors?.length).toBeGreaterThan(0);
      if (code) expect(codes(response.body)).toContain(code);
      expect(JSON.stringify(response.body)).not.toMatch(/stacktrace|at .*\.js:\d+/);
    });
  }

  it('should answer `first` past 500 with BAD_USER_INPUT, not a partial list', async () => {
    const { data, errors } = await gql('{ search(query: "a", first: 501) { id } }');
    expect(data).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should keep answering normal queries while the whole corpus is sent at once, and after', async () => {
    const normal = async () => {
      const { status, data, errors } = await gql('{ entity(id: "keir-starmer") { name relations { id } } }');
      return status === 200 && !errors && data.entity.name === 'Keir Starmer';
    };
    const during = await Promise.all([...CORPUS.flatMap(({ send }) => [send(), send()]), ...Array.from({ length: 20 }, normal)]);
    expect(during.slice(CORPUS.length * 2).every(Boolean)).toBe(true);
    expect(await normal()).toBe(true);
  });
});

describe('production posture', () => {
  it('should refuse introspection', async () => {
    const { status, body } = await postQuery('{ __schema { types { name } } }');
    expect(status).toBe(400);
    expect(codes(body)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(body)).not.toContain('EntityConnection');
  });

  it('should not suggest field names to a stranger', async () => {
    const { status, body } = await postQuery('{ entiti(id: "keir-starmer") { id } }');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/did you mean/i);
  });

  it('should still fit what the explorer and the console ask', async () => {
    const relation = 'id type directed role qualifier source { id name type } target { id name type } evidence { quote start url article { id title outlet publishedAt } }';
    const entity = await gql(`query($id: ID!) { entity(id: $id) { id name type description aliases url degree relations { ${relation} } } }`, { id: 'keir-starmer' });
    expect(entity.errors).toBeUndefined();
    expect(entity.data.entity.relations.length).toBe(entity.data.entity.degree);
    const hood = await gql(`{ neighborhood(id: "keir-starmer", depth: 2) { nodes { id name type degree } edges { ${relation} } } }`);
    expect(hood.errors).toBeUndefined();
    expect(hood.data.neighborhood.nodes.length).toBeGreaterThan(1);
  });
});
