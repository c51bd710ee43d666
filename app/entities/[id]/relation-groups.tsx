// An entity's relations grouped by type and direction; every claim shows its quotes, each linking to its spot in the article.
import { articlePath, entityPath, getArticle, getEntity, type KnowledgeGraph } from '@/graph';
import type { Relation } from '@/graph/types';
import { RELATION_COLORS } from '@/graph/palette';
import { GROUP_ORDER, relationAnchor, relationPhrase, sideOf } from '@/app/components/relation-phrases';
import { TypeBadge } from '@/app/components/type-badge';
import { StatusBadge } from '@/app/components/status-badge';
import { ArticleSource } from '@/app/components/article-source';

/** Under a quote: the article it is from, and that article's outlet, date and original. */
function Citation({ kg, articleId }: { kg: KnowledgeGraph; articleId: string }) {
  const article = getArticle(kg, articleId);
  return (
    <span className="source">
      — {article?.title ?? articleId}
      {article && (
        <>
          {' · '}
          <ArticleSource article={article} />
        </>
      )}
    </span>
  );
}

export function RelationGroups({ kg, entityId, relations }: { kg: KnowledgeGraph; entityId: string; relations: Relation[] }) {
  if (relations.length === 0) return <p>No relations recorded yet.</p>;
  return GROUP_ORDER.map(([type, side]) => {
    const group = relations.filter((r) => r.type === type && sideOf(r, entityId) === side);
    if (group.length === 0) return null;
    const phrase = relationPhrase(type, side);
    return (
      <section key={`${type}-${side}`} className="relation-group" aria-labelledby={`g-${type}-${side}`}>
        <h3 id={`g-${type}-${side}`}>
          <span className="rel-swatch" style={{ background: RELATION_COLORS[type] }} aria-hidden="true" />
          {phrase} <span className="count">({group.length})</span>
        </h3>
        <ul className="relation-list">
          {group.map((r) => {
            const other = getEntity(kg, r.source === entityId ? r.target : r.source)!;
            return (
              <li key={r.id} id={relationAnchor(r.id)} className="relation">
                <div className="relation-head">
                  <a href={entityPath(other.id)}>{other.name}</a> <TypeBadge type={other.type} />
                  {r.role && <span className="role">as {r.role}</span>}
                  {r.qualifier && <span className="qualifier">{r.qualifier}</span>}
                  <StatusBadge status={r.status} />
                  {r.context && <span className="qualifier">Context: {r.context}</span>}
                </div>
                <ul className="evidence-list">
                  {r.evidence.map((e) => (
                    <li key={`${e.article}:${e.start}`}>
                      <blockquote>
                        {/* A full navigation, not a client transition: only that sets :target, which highlights the quote. */}
                        <a href={articlePath(e.article, e.start)} className="quote-link">
                          “{e.quote}”
                        </a>
                      </blockquote>
                      <Citation kg={kg} articleId={e.article} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      </section>
    );
  });
}
