// Both sides of an actor's stance on a proposal, quote by quote in date order: support on the left, opposition on the right.
import Link from 'next/link';
import { articlePath, type ProposalStance } from '@/graph';
import { STANCE_MARKS, formatStatedAt } from './stance-marks';
import styles from './stance.module.css';

export function StanceQuotes({ stance, articleTitle }: { stance: ProposalStance; articleTitle: (id: string) => string }) {
  const changed = new Set(stance.changes);
  return (
    <ol className={styles.sides} aria-label="Statements in date order">
      <li className={styles.sidesHead} aria-hidden="true">
        <span>Date</span>
        <span>For</span>
        <span>Against</span>
      </li>
      {stance.points.map((point) => {
        const mark = STANCE_MARKS[point.stance];
        const against = point.stance === 'OPPOSES';
        return (
          <li key={`${point.evidence.article}:${point.evidence.start}:${point.relation}`} className={styles.sidesRow}>
            <span className={styles.sidesDate}>
              {formatStatedAt(point.statedAt)}
              {changed.has(point) && <strong className={styles.changeFlag}> changed</strong>}
            </span>
            <figure className={against ? styles.against : styles.for}>
              <figcaption>
                <span style={{ color: mark.color }} aria-hidden="true">
                  {mark.symbol}
                </span>{' '}
                {mark.label}
              </figcaption>
              <blockquote>{point.evidence.quote}</blockquote>
              <Link className={styles.source} href={articlePath(point.evidence.article, point.evidence.start)}>
                {articleTitle(point.evidence.article)}
              </Link>
            </figure>
          </li>
        );
      })}
    </ol>
  );
}
