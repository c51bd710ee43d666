// A crawler that starts at / and follows every internal link, as a reader (or a search engine) would.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allEntities, graphql } from './pages-support';

const baseURL = inject('baseURL');

interface Visit {
  status: number;
  /** Where a redirect points. */
  location: string | null;
  html: string;
  links: string[];
}

const decode = (href: string) => href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** Internal links of a page, resolved against it: `{path, hash}`; other origins are left out. */
function internalLinks(html: string, from: string): URL[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)]
    .map((m) => new URL(decode(m[1]), new URL(from, baseURL)))
    .filter((url) => url.origin === baseURL);
}

const visits = new Map<string, Visit>();
const fragmentLinks: Array<{ from: string; to: string; hash: string }> = [];

async function crawl(start: string) {
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length) {
    const batch = queue.splice(0, 8);
    await Promise.all(
      batch.map(async (path) => {
        const response = await fetch(new URL(path, baseURL), { redirect: 'manual', headers: { accept: 'text/html' } });
        const html = await response.text();
        // The API answers at /api/…; it is checked for a 200 but is not a page to read links from.
        const links = path.startsWith('/api/') ? [] : internalLinks(html, path);
        visits.set(path, { status: response.status, location: response.headers.get('location'), html, links: links.map((l) => l.pathname + l.search) });
        for (const link of links) {
          const target = link.pathname + link.search;
          if (link.hash) fragmentLinks.push({ from: path, to: target, hash: decodeURIComponent(link.hash.slice(1)) });
          if (!seen.has(target)) {
            seen.add(target);
            queue.push(target);
          }
        }
      }),
    );
  }
}

describe('crawl from /', () => {
  beforeAll(async () => {
    await crawl('/');
  }, 120_000);

  /** The reviewers' pages send an anonymous reader to sign in; they are not pages for the public or the sitemap. */
  const signInFirst = (v: Visit) => [303, 307].includes(v.status) && /^\/sign-in\?next=/.test(new URL(v.location ?? '', baseURL).pathname + new URL(v.location ?? '', baseURL).search);

  it('should reach only pages that answer 200 (or, for the reviewers\' pages, send a reader to sign in)', () => {
    const failures = [...visits].filter(([, v]) => v.status !== 200 && !signInFirst(v)).map(([path, v]) => `${v.status} ${path}`);
    expect(failures).toEqual([]);
    expect(visits.size).toBeGreaterThan(10);
  });

  it('should reach a page for every entity and every article in the graph', async () => {
    const entities = { nodes: await allEntities<{ id: string; url: string }>(baseURL, 'id url') };
    const { articles } = await graphql<{ articles: Array<{ id: string }> }>(baseURL, '{ articles { id } }');
    expect(entities.nodes.length).toBeGreaterThan(0);
    const missingEntities = entities.nodes.filter((e) => !visits.has(e.url)).map((e) => e.id);
    const missingArticles = articles.filter((a) => !visits.has(`/articles/${encodeURIComponent(a.id)}`)).map((a) => a.id);
    expect(missingEntities).toEqual([]);
    expect(missingArticles).toEqual([]);
  });

  it('should land every fragment link on an element with that id', () => {
    const broken = fragmentLinks.filter(({ to, hash }) => {
      const page = visits.get(to);
      return !page || !page.html.includes(`id="${hash}"`);
    });
    expect(broken.map((b) => `${b.from} → ${b.to}#${b.hash}`)).toEqual([]);
    // Quotes link entity pages to articles and the articles' relation lists link back.
    expect(fragmentLinks.some((l) => l.to.startsWith('/articles/') && l.hash.startsWith('q-'))).toBe(true);
    expect(fragmentLinks.some((l) => l.to.startsWith('/entities/') && l.hash.startsWith('r-'))).toBe(true);
  });

  it('should list every crawled page in sitemap.xml', async () => {
    const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text();
    const listed = new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname));
    const pages = [...visits].filter(([p, v]) => !p.startsWith('/api/') && !p.includes('?') && !signInFirst(v)).map(([p]) => p);
    expect(pages.filter((p) => !listed.has(p))).toEqual([]);
  });
});
