// Reads an article file given on the command line, refusing what cannot be an article before anything changes.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { parseArticle } from '../corpus';
import type { Article } from '../types';

const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)\s*$/;

export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** A file that cannot be ingested; the message says which and why. */
export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Markdown with optional YAML front matter, or plain text whose first line is the title. */
export function readArticleFile(file: string): Article {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(file, 'not a regular file');
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size === 0) throw new InputError(file, 'the file is empty');
  if (size > MAX_ARTICLE_BYTES) throw new InputError(file, `the file is ${(size / 1024 / 1024).toFixed(1)} MB; articles over 1 MB are refused`);
  const bytes = readFileSync(file);
  if (bytes.includes(0)) throw new InputError(file, 'the file is binary (it contains NUL bytes), not a text article');
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(file, 'the file is not valid UTF-8 text');
  }
  if (!content.trim()) throw new InputError(file, 'the file is empty (only whitespace)');
  try {
    // Image-only lines (scraped pages) carry no text for readers or extraction, and must not become the title.
    const text = content.replace(/\r\n/g, '\n').split('\n').filter((line) => !IMAGE_ONLY.test(line)).join('\n');
    const article = parseArticle(text, file.split('/').pop());
    if (!article.text.trim()) throw new Error('the article has no text');
    return article;
  } catch (error) {
    throw new InputError(file, `not a readable article: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Files and folders from the command line → articles, all read and checked before anything is written. A folder
 * gives its .md and .txt files; a symlink in it that points outside the folder is refused.
 */
export function readArticleFiles(paths: readonly string[]): Article[] {
  const files: string[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      // readArticleFile names the missing file
    }
    if (!isDir) {
      files.push(path);
      continue;
    }
    const root = realpathSync(path);
    for (const name of readdirSync(path).filter((f) => /\.(md|txt)$/i.test(f)).sort()) {
      const file = join(path, name);
      if (lstatSync(file).isSymbolicLink()) {
        const inside = relative(root, realpathSync(file));
        if (inside.startsWith('..') || isAbsolute(inside)) throw new InputError(file, 'a symlink that points outside the folder is refused');
      }
      files.push(file);
    }
  }
  return files.map(readArticleFile);
}
