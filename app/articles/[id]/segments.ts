// Splits an article's text into paragraphs of properly nested nodes: evidence quotes outermost, entity mentions
// inside them. Spans may overlap or cross; a span that cannot stay whole is cut at the boundary it crosses,
// and only its first piece carries the quote's anchor, so the markup always nests.

export type TextNode =
  | { kind: 'text'; start: number; text: string }
  | { kind: 'quote'; start: number; end: number; anchor: boolean; children: TextNode[] }
  | { kind: 'mention'; start: number; end: number; entity: string; children: TextNode[] };

interface Span {
  kind: 'quote' | 'mention';
  start: number;
  end: number;
  /** Where the whole span begins: the quote's anchor id is `q-<origin>`. */
  origin: number;
  entity?: string;
}

const RANK = { quote: 0, mention: 1 } as const;
// Earlier first; at one start the longer span encloses the shorter; a quote encloses a mention of the same extent.
const order = (a: Span, b: Span) => a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];

function nest(text: string, from: number, to: number, spans: Span[]): TextNode[] {
  const queue = spans
    .map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }))
    .filter((s) => s.start < s.end)
    .sort(order);
  const out: TextNode[] = [];
  let cursor = from;
  while (queue.length) {
    const span = queue.shift()!;
    if (span.start < cursor) {
      // It began inside the previous node (and was rendered there, clipped); what sticks out goes on at this level.
      if (span.end > cursor) {
        queue.push({ ...span, start: cursor });
        queue.sort(order);
      }
      continue;
    }
    if (span.start > cursor) out.push({ kind: 'text', start: cursor, text: text.slice(cursor, span.start) });
    const inner = queue.filter((s) => s.start < span.end);
    const children = nest(text, span.start, span.end, inner);
    out.push(
      span.kind === 'quote'
        ? { kind: 'quote', start: span.start, end: span.end, anchor: span.start === span.origin, children }
        : { kind: 'mention', start: span.start, end: span.end, entity: span.entity!, children },
    );
    cursor = span.end;
  }
  if (cursor < to) out.push({ kind: 'text', start: cursor, text: text.slice(cursor, to) });
  return out;
}

export interface Paragraph {
  start: number;
  end: number;
  nodes: TextNode[];
}

/** Paragraphs split on newlines (blank ones dropped), each with its quotes and mentions nested. */
export function segmentArticle(
  text: string,
  mentions: ReadonlyArray<{ entity: string; start: number; end: number }>,
  quotes: ReadonlyArray<{ start: number; end: number }>,
): Paragraph[] {
  const seen = new Set<string>();
  const spans: Span[] = [];
  for (const q of quotes) {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ kind: 'quote', start: q.start, end: q.end, origin: q.start });
  }
  for (const m of mentions) spans.push({ kind: 'mention', start: m.start, end: m.end, origin: m.start, entity: m.entity });
  // Two quotes from one offset share one anchor: only the longest (sorted first) keeps it.
  const anchored = new Set<number>();
  for (const s of [...spans].sort(order)) {
    if (s.kind !== 'quote') continue;
    if (anchored.has(s.origin)) s.origin = -1;
    else anchored.add(s.origin);
  }
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    if (line.trim()) {
      const inside = spans.filter((s) => s.start < end && s.end > start);
      paragraphs.push({ start, end, nodes: nest(text, start, end, inside) });
    }
    start = end + 1;
  }
  return paragraphs;
}
