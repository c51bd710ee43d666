// The public origin for absolute URLs (sitemap, Open Graph, JSON-LD): SITE_URL, or localhost when unset.
export const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

export const absoluteUrl = (path: string) => `${siteUrl()}${path}`;
