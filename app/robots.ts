// robots.txt: everything may be crawled except the raw API; the sitemap lists every page.
import type { MetadataRoute } from 'next';
import { absoluteUrl } from './components/site-url';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return { rules: { userAgent: '*', allow: '/', disallow: '/api/' }, sitemap: await absoluteUrl('/sitemap.xml') };
}
