// Decides merged, mis-cased and unknown ids before the page cache does. Entity and article pages are prerendered
// and revalidated (ISR), and Next caches a page's 404 like any other render: an id visited before its entity was
// ingested would keep answering 404 after it exists. So unknown ids are rewritten to an uncached 404 route, and
// merged ids and case variants (/entities/Germany) are redirected here, against the graph as it is on disk now.
import { NextResponse, type NextRequest } from 'next/server';
import { articlePath, entityPath, getArticle, currentKnowledgeGraph, resolveEntityId } from '@/graph';
import { MISSING_ENTITY_HEADER } from '@/app/components/missing-entity';

export async function proxy(request: NextRequest) {
  const [, section, raw] = request.nextUrl.pathname.split('/');
  const id = decode(raw);
  if (id === null) return missing(request, section, null);
  const kg = await currentKnowledgeGraph();
  if (section === 'entities') {
    const current = resolveEntityId(kg, id) ?? resolveEntityId(kg, id.toLowerCase());
    if (current !== null && current !== id) return NextResponse.redirect(new URL(entityPath(current), request.url), 308);
    if (current !== null) return NextResponse.next();
  } else {
    if (getArticle(kg, id)) return NextResponse.next();
    const lower = id.toLowerCase();
    if (lower !== id && getArticle(kg, lower)) return NextResponse.redirect(new URL(articlePath(lower), request.url), 308);
  }
  return missing(request, section, section === 'entities' ? id : null);
}

/** The path segment decoded, or null when its percent-encoding is malformed (/entities/%ff). */
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Rewrite to the uncached 404 route, telling its page which entity id was asked for (for "did you mean"). */
function missing(request: NextRequest, section: string, entityId: string | null) {
  const headers = new Headers(request.headers);
  headers.delete(MISSING_ENTITY_HEADER);
  if (entityId) headers.set(MISSING_ENTITY_HEADER, encodeURIComponent(entityId));
  return NextResponse.rewrite(new URL(`/${section}/_/missing`, request.url), { request: { headers } });
}

export const config = { matcher: ['/entities/:id', '/articles/:id'] };
