// Runs the CLIs as a user would (npx tsx scripts/...), on a temporary copy of data/, and fingerprints the copy.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** A scratch copy of data/ (articles, catalog, graph.json; not the eval sets). */
export function copyData(): { dir: string; data: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  const data = join(dir, 'data');
  cpSync(join(ROOT, 'data'), data, { recursive: true, filter: (src) => !/[/\\]data[/\\](eval|extracted|db)/.test(src) });
  return { dir, data, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Hash of every file's path and bytes under `dir`: equal hashes mean byte-for-byte the same tree. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export function run(script: string, args: string[]) {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
