// An article's page: where it came from, its full text with mentions and quotes marked, and the relations it supports.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { articlePath, articleRelations, getArticle, getEntity, currentKnowledgeGraph } from '@/graph';
import { ENTITY_COLORS, ENTITY_LABELS } from '@/graph/palette';
import { ENTITY_TYPES } from '@/graph/types';
import { absoluteUrl } from '@/app/components/site-url';
import { JsonLd } from '@/app/components/json-ld';
import { ArticleSource } from '@/app/components/article-source';
import { ArticleText } from './article-text';
import { ArticleRelations } from './article-relations';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

const excerpt = (text: string, title: string) => {
  const body = text.startsWith(title) ? text.slice(title.length) : text;
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 197).replace(/\s\S*$/, '')}…` : flat;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await currentKnowledgeGraph()), (await params).id);
  if (!article) return { title: 'Article not found' };
  const description = excerpt(article.text, article.title);
  return {
    title: article.title,
    description,
    alternates: { canonical: articlePath(article.id) },
    openGraph: { title: article.title, description, url: articlePath(article.id), type: 'article', publishedTime: article.publishedAt },
  };
}

export default async function ArticlePage({ params }: Props) {
  const kg = await currentKnowledgeGraph();
  const article = getArticle(kg, (await params).id);
  if (!article) notFound();
  const relations = articleRelations(kg, article.id);
  const quotes = relations.flatMap((r) => r.evidence.filter((e) => e.article === article.id));
  const presentTypes = ENTITY_TYPES.filter((t) => article.mentions.some((m) => getEntity(kg, m.entity)?.type === t));

  return (
    <main className="article-page">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: article.title,
          url: await absoluteUrl(articlePath(article.id)),
          ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
          ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
          ...(article.url ? { sameAs: article.url } : {}),
        }}
      />
      <header className="page-head">
        <p className="kicker">
          <Link href="/articles">Articles</Link>
        </p>
        <h1>{article.title}</h1>
        <p className="provenance">
          <ArticleSource article={article} />
        </p>
      </header>
      {presentTypes.length > 0 && (
        <p className="legend" aria-label="Highlight colours">
          {presentTypes.map((t) => (
            <span key={t} className="legend-item" style={{ borderColor: ENTITY_COLORS[t] }}>
              {ENTITY_LABELS[t]}
            </span>
          ))}
          <mark className="quote legend-quote">evidence quote</mark>
        </p>
      )}
      <ArticleText kg={kg} article={article} quotes={quotes} />
      <section aria-labelledby="supports-heading" className="article-supports">
        <h2 id="supports-heading">Relations this article supports ({relations.length})</h2>
        <ArticleRelations kg={kg} articleId={article.id} relations={relations} />
      </section>
    </main>
  );
}
