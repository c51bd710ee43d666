// Decides merged and unknown ids before the page cache does. Entity and article pages are prerendered and
// revalidated (ISR), and Next caches a page's 404 like any other render: an id visited before its entity was
// ingested would keep answering 404 after it exists. So unknown ids are rewritten to an uncached 404 route,
// and merged ids are redirected here, against the graph as it is on disk now.
import { NextResponse, type NextRequest } from 'next/server';
import { entityPath, getArticle, currentKnowledgeGraph, resolveEntityId } from '@/graph';

export async function proxy(request: NextRequest) {
  const [, section, raw] = request.nextUrl.pathname.split('/');
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // A malformed percent-encoding (/entities/%ff) names nothing: an uncached 404, not a failed render.
    return NextResponse.rewrite(new URL(`/${section}/missing/missing`, request.url));
  }
  const kg = await currentKnowledgeGraph();
  if (section === 'entities') {
    const current = resolveEntityId(kg, id);
    if (current !== null && current !== id) return NextResponse.redirect(new URL(entityPath(current), request.url), 308);
    if (current !== null) return NextResponse.next();
  } else if (getArticle(kg, id)) {
    return NextResponse.next();
  }
  return NextResponse.rewrite(new URL(`/${section}/${raw}/missing`, request.url));
}

export const config = { matcher: ['/entities/:id', '/articles/:id'] };
