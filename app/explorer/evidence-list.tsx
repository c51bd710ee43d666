'use client';
// The quotes behind a relation, each with its article and a link to the quote on the article page.
import type { EvidenceView } from './api';
import styles from './explorer.module.css';

export function EvidenceList({ evidence }: { evidence: EvidenceView[] }) {
  return (
    <ul className={styles.evidence}>
      {evidence.map((e) => (
        <li key={`${e.article.id}:${e.start}`}>
          <blockquote className={styles.quote} data-testid="evidence-quote">
            “{e.quote}”
          </blockquote>
          <a href={e.url} className={styles.source}>
            {e.article.title}
          </a>
          {(e.article.outlet || e.article.publishedAt) && (
            <span className={styles.muted}> — {[e.article.outlet, e.article.publishedAt].filter(Boolean).join(', ')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
