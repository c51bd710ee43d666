// A quote as an analyst pastes it into a note: the words, where they were published, and a link to them.
import type { EvidenceView } from './api';

export function citation(e: EvidenceView, origin: string): string {
  const where = [e.article.title, e.article.outlet, e.article.publishedAt].filter(Boolean).join(', ');
  return `“${e.quote}” — ${where}. ${new URL(e.url, origin).href}`;
}
