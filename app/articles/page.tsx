// The corpus: every article, newest first, with how many entities and relations each contributes.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ArticleSource } from '@/app/components/article-source';
import { articlePath, articleRelations, listArticles, currentKnowledgeGraph } from '@/graph';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Articles',
  description: 'The news articles the peacekeeping debate graph is drawn from, each with its entity mentions and the relations it supports.',
  alternates: { canonical: '/articles' },
};

export default async function ArticlesPage() {
  const kg = await currentKnowledgeGraph();
  const articles = listArticles(kg);
  return (
    <main>
      <h1>Articles</h1>
      <p>{articles.length} articles. Every relation in the graph quotes one of them verbatim.</p>
      <ol className="article-list">
        {articles.map((a) => {
          const entities = new Set(a.mentions.map((m) => m.entity)).size;
          const relations = articleRelations(kg, a.id).length;
          return (
            <li key={a.id}>
              <h2>
                <Link href={articlePath(a.id)}>{a.title}</Link>
              </h2>
              <p className="meta">
                <ArticleSource article={a} />
                <br />
                {entities} entities · {relations} relations
              </p>
            </li>
          );
        })}
      </ol>
    </main>
  );
}
