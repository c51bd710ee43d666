// Writes several files so that either all of them change or none does: every file is staged as a temp beside its
// target, then renamed in; if a rename fails, the files already replaced are put back from their backups.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface WriteOptions {
  /** Tests: throw after this many renames, to prove a failure part-way leaves everything as it was. */
  failAfter?: number;
}

export function writeFilesAtomically(files: ReadonlyArray<{ path: string; content: string }>, options: WriteOptions = {}): void {
  const tag = `${process.pid}.${Date.now()}`;
  const staged = files.map(({ path, content }) => {
    const dir = dirname(path);
    const temp = join(dir, `.${basename(path)}.${tag}.tmp`);
    const backup = join(dir, `.${basename(path)}.${tag}.bak`);
    return { path, content, dir, temp, backup, existed: existsSync(path), moved: false, done: false };
  });
  const createdDirs: string[] = [];
  try {
    for (const s of staged) {
      if (!existsSync(s.dir)) {
        mkdirSync(s.dir, { recursive: true });
        createdDirs.push(s.dir);
      }
      writeFileSync(s.temp, s.content);
    }
    staged.forEach((s, i) => {
      if (options.failAfter !== undefined && i >= options.failAfter) throw new Error(`simulated failure after ${i} of ${staged.length} renames`);
      if (s.existed) {
        renameSync(s.path, s.backup);
        s.moved = true;
      }
      renameSync(s.temp, s.path);
      s.done = true;
    });
  } catch (error) {
    for (const s of [...staged].reverse()) {
      if (s.done && !s.existed) rmSync(s.path, { force: true });
      if (s.moved) renameSync(s.backup, s.path);
      rmSync(s.temp, { force: true });
    }
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const s of staged) if (s.moved) rmSync(s.backup, { force: true });
}
