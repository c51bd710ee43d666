'use client';
// The quotes behind a relation, each with its article, a link to the quote on the article page, and a button that
// copies it with its citation.
import { useState } from 'react';
import type { EvidenceView } from './api';
import { citation } from './citation';
import { copyText } from './copy-text';
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
          )}{' '}
          <CopyQuote evidence={e} />
        </li>
      ))}
    </ul>
  );
}

function CopyQuote({ evidence }: { evidence: EvidenceView }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className={styles.linkButton}
      data-testid="copy-quote"
      onClick={() => void copyText(citation(evidence, window.location.origin)).then((ok) => setState(ok ? 'copied' : 'failed'))}
    >
      {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Copy failed' : 'Copy quote with citation'}
    </button>
  );
}
