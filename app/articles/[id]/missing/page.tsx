// Where proxy.ts sends ids the graph does not know: rendered per request, so a 404 is never cached for an id
// that an ingest adds later.
import { notFound } from 'next/navigation';

export const dynamic = 'force-dynamic';

export default function MissingArticle(): never {
  notFound();
}
