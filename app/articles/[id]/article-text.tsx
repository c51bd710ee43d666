// An article's text with every mention linked to its entity (coloured by type) and every evidence quote anchored at #q-<start>.
// Mentions are plain links, not next/link: hundreds of client components to hydrate (and prefetch) cost a phone
// seconds of main thread for pages that load in one request anyway.
import type { CSSProperties, ReactNode } from 'react';
import { entityPath, getEntity, type KnowledgeGraph } from '@/graph';
import { ENTITY_COLORS, ENTITY_LABELS } from '@/graph/palette';
import type { IndexedArticle } from '@/graph/types';
import { segmentArticle, type TextNode } from './segments';

function render(kg: KnowledgeGraph, nodes: TextNode[]): ReactNode[] {
  return nodes.map((node) => {
    if (node.kind === 'text') return node.text;
    const children = render(kg, node.children);
    if (node.kind === 'quote') {
      return (
        <mark key={`q${node.start}`} className="quote" id={node.anchor ? `q-${node.start}` : undefined}>
          {children}
        </mark>
      );
    }
    const entity = getEntity(kg, node.entity);
    if (!entity) return <span key={`m${node.start}`}>{children}</span>;
    return (
      <a
        key={`m${node.start}`}
        href={entityPath(entity.id)}
        className="mention"
        title={`${entity.name} · ${ENTITY_LABELS[entity.type]}`}
        style={{ '--type-color': ENTITY_COLORS[entity.type] } as CSSProperties}
      >
        {children}
      </a>
    );
  });
}

export function ArticleText({ kg, article, quotes }: { kg: KnowledgeGraph; article: IndexedArticle; quotes: Array<{ start: number; end: number }> }) {
  const paragraphs = segmentArticle(article.text, article.mentions, quotes);
  // The text's first line repeats the headline shown above it; drop it unless it carries evidence.
  const [first, ...rest] = paragraphs;
  const shown =
    first && article.text.slice(first.start, first.end).trim() === article.title.trim() && !first.nodes.some((n) => n.kind === 'quote')
      ? rest
      : paragraphs;
  return (
    <div className="article-text">
      {shown.map((p) => (
        <p key={p.start}>{render(kg, p.nodes)}</p>
      ))}
    </div>
  );
}
