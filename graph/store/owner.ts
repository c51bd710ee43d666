// An embedded database directory has exactly one owner process. The owner holds `<dir>.lock` (its pid) and serves
// `<dir>.sock`; any other process (a CLI while the server runs, a second CLI) sends its work through that socket,
// so the directory is never opened twice. A lock whose process is gone (kill -9) is taken over.
import { existsSync, linkSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';

export interface OwnerLock {
  release(): void;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readOwner(lock: string): number | undefined {
  try {
    return JSON.parse(readFileSync(lock, 'utf8')).pid;
  } catch {
    return undefined;
  }
}

/** Take the lock, or return undefined while a live process holds it. */
export function tryLock(dir: string): OwnerLock | undefined {
  const lock = `${dir}.lock`;
  const temp = `${lock}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temp, lock); // atomic: fails when the lock exists, never leaves a half-written one
        return { release: () => readOwner(lock) === process.pid && rmSync(lock, { force: true }) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readOwner(lock);
      if (holder !== undefined && alive(holder)) return undefined;
      // Stale: move it aside (only one contender's rename succeeds), then make sure it was the stale one we moved.
      const aside = `${lock}.stale.${process.pid}`;
      try {
        renameSync(lock, aside);
      } catch {
        continue;
      }
      const moved = readOwner(aside);
      if (moved !== holder && moved !== undefined && alive(moved) && !existsSync(lock)) renameSync(aside, lock);
      else rmSync(aside, { force: true });
    }
    return undefined;
  } finally {
    rmSync(temp, { force: true });
  }
}

export type Handler = (op: string, args: unknown) => Promise<unknown>;

/** Serve `handler` on `<dir>.sock` (owner only; the socket file is the owner's, mode 0600). */
export async function serveOwnerSocket(dir: string, handler: Handler): Promise<Server> {
  const path = `${dir}.sock`;
  rmSync(path, { force: true });
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const { op, args } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await handler(op, args);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ result }));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (error as Error).message }));
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve));
  const { chmodSync } = await import('node:fs');
  chmodSync(path, 0o600);
  return server;
}

/** A refusal from the owner (bad input), as opposed to the owner going away (retry). */
export class OwnerRefusal extends Error {}

/** Send one call to the owner; rejects with OwnerRefusal when it refused, with the socket error when it is gone. */
export function callOwner(dir: string, op: string, args: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: `${dir}.sock`, method: 'POST', path: '/', agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          if (res.statusCode === 200) resolve(body.result);
          else reject(new OwnerRefusal(body.error));
        } catch (error) {
          reject(error);
        }
      });
    });
    req.on('error', reject);
    req.end(JSON.stringify({ op, args }));
  });
}
