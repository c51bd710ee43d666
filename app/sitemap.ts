// sitemap.xml: the fixed pages, then every entity and article page, as absolute URLs under the site's origin (SITE_URL or the request's).
import type { MetadataRoute } from 'next';
import { articlePath, entityPath, listArticles, listEntities, currentKnowledgeGraph } from '@/graph';
import { siteUrl } from './components/site-url';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const kg = await currentKnowledgeGraph();
  const site = await siteUrl();
  const absoluteUrl = (path: string) => `${site}${path}`;
  return [
    { url: absoluteUrl('/'), changeFrequency: 'daily', priority: 1 },
    { url: absoluteUrl('/entities'), changeFrequency: 'daily', priority: 0.8 },
    { url: absoluteUrl('/articles'), changeFrequency: 'daily', priority: 0.8 },
    { url: absoluteUrl('/stances'), changeFrequency: 'daily', priority: 0.7 },
    { url: absoluteUrl('/graphql'), changeFrequency: 'monthly', priority: 0.3 },
    ...listEntities(kg).slice().map((e) => ({ url: absoluteUrl(entityPath(e.id)), changeFrequency: 'weekly' as const, priority: 0.6 })),
    ...listArticles(kg).map((a) => ({
      url: absoluteUrl(articlePath(a.id)),
      ...(a.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(a.publishedAt) ? { lastModified: a.publishedAt } : {}),
      changeFrequency: 'monthly' as const,
      priority: 0.5,
    })),
  ];
}
