// The public origin for absolute URLs (canonical, og:url, JSON-LD, sitemap, robots): SITE_URL when set, else the
// origin the request came to (behind a proxy: x-forwarded-host / x-forwarded-proto), so a server on another port
// or host never advertises http://localhost:3000.
import { headers } from 'next/headers';

const FALLBACK = 'http://localhost:3000';
// A host header is client input: accept a plain host[:port] only, so nothing odd can reach a canonical link.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

// Proxies may append: "a, b" — the first value is the client-facing one.
const first = (value: string | null) => value?.split(',')[0].trim() || null;

/** The origin from request headers, or null when they name none that is well formed. */
export function originFromHeaders(h: { get(name: string): string | null }): string | null {
  const host = [first(h.get('x-forwarded-host')), first(h.get('host'))].find((candidate) => candidate && HOST.test(candidate));
  if (!host) return null;
  const forwarded = first(h.get('x-forwarded-proto'))?.toLowerCase();
  const proto = forwarded === 'https' || forwarded === 'http' ? forwarded : 'http';
  return `${proto}://${host.toLowerCase()}`;
}

export async function siteUrl(): Promise<string> {
  const configured = process.env.SITE_URL;
  if (configured) return configured.replace(/\/+$/, '');
  return originFromHeaders(await headers()) ?? FALLBACK;
}

export const absoluteUrl = async (path: string) => `${await siteUrl()}${path}`;
