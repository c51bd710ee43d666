// The relations an article gives evidence for: each links to its quote in the text above and back to the entity pages.
import { entityPath, getEntity, type KnowledgeGraph } from '@/graph';
import { RELATION_COLORS, RELATION_LABELS } from '@/graph/palette';
import type { Relation } from '@/graph/types';
import { relationAnchor } from '@/app/components/relation-phrases';
import { StatusBadge } from '@/app/components/status-badge';

export function ArticleRelations({ kg, articleId, relations }: { kg: KnowledgeGraph; articleId: string; relations: Relation[] }) {
  if (relations.length === 0) return <p>No relations drawn from this article yet.</p>;
  return (
    <ol className="article-relations">
      {relations.map((r) => {
        const source = getEntity(kg, r.source)!;
        const target = getEntity(kg, r.target)!;
        return (
          <li key={r.id}>
            <span className="rel-swatch" style={{ background: RELATION_COLORS[r.type] }} aria-hidden="true" />
            {/* Plain links (full navigations) so the relation is the :target on the entity page and gets highlighted. */}
            <a href={`${entityPath(source.id)}#${relationAnchor(r.id)}`}>{source.name}</a> <strong>{RELATION_LABELS[r.type]}</strong>{' '}
            <a href={`${entityPath(target.id)}#${relationAnchor(r.id)}`}>{target.name}</a>
            {r.role && <span className="role"> as {r.role}</span>}
            {r.qualifier && <span className="qualifier">{r.qualifier}</span>}
            <StatusBadge status={r.status} />{' '}
            {r.context && <span className="qualifier">Context: {r.context}</span>}{' '}
            <span className="quote-refs">
              {r.evidence
                .filter((e) => e.article === articleId)
                .map((e, i) => (
                  <a key={e.start} href={`#q-${e.start}`} aria-label={`Quote ${i + 1} in the text for ${source.name} ${RELATION_LABELS[r.type]} ${target.name}`}>
                    quote{r.evidence.filter((x) => x.article === articleId).length > 1 ? ` ${i + 1}` : ''} ↑
                  </a>
                ))}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
