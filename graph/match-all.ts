// `text.matchAll(pattern)` copies the pattern on every call (the spec's species constructor); the extractor runs
// dozens of patterns on every sentence, where those copies cost about as much as the matching itself.
// Patterns holding \p{…} are module constants, never literals inside a function: under tsx (which the CLIs and the
// ingest run), esbuild turns such a literal into a `new RegExp(…)` where it stands, rebuilt on every call.

/**
 * Every match of the global `pattern` in `text`, as `text.matchAll(pattern)` gives them, without copying the pattern.
 * Collected before returning, so code that runs per match may use the same pattern again.
 */
export function matchesOf(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match moves on by one character (a whole code point under the u flag), as matchAll does.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  pattern.lastIndex = 0;
  return found;
}

/** `text` as a pattern that matches it literally (a name or a place built into a regular expression). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
