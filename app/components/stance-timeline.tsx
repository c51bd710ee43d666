// An actor's positions over time: one lane per proposal, each statement a mark (shape and letter by stance) at its
// date on a shared axis; a date known only to the month or roughly is drawn as a faint bar over that span.
import Link from 'next/link';
import { articlePath, daySpan, isoDay, type ProposalStance } from '@/graph';
import { STANCE_MARKS, formatStatedAt } from './stance-marks';
import styles from './stance.module.css';
import { cellAnchor } from '@/app/stances/params';

export function StanceTimeline({ stances, proposalName }: { stances: ProposalStance[]; proposalName: (id: string) => string }) {
  const spans = stances.flatMap((s) => s.points.map((p) => (p.statedAt ? daySpan(p.statedAt.date) : undefined)).filter((d) => d !== undefined));
  if (spans.length === 0) return <p>No dated statement yet.</p>;
  const first = Math.min(...spans.map((s) => s.from));
  const last = Math.max(...spans.map((s) => s.to));
  // A little room either side so marks at the ends stay inside the track.
  const pad = Math.max(10, (last - first) * 0.04);
  const [from, to] = [first - pad, last + pad];
  const at = (day: number) => `${(((day - from) / (to - from)) * 100).toFixed(2)}%`;
  return (
    <div className={styles.timeline}>
      <div className={styles.axis} aria-hidden="true">
        <span />
        <div className={styles.axisTrack}>
          {ticks(first, last).filter((tick) => tick.day >= from && tick.day <= to).map((tick) => (
            <span key={tick.day} className={styles.tick} style={{ left: at(tick.day) }}>
              {tick.label}
            </span>
          ))}
        </div>
      </div>
      {stances.map((stance) => (
        <div key={stance.proposal} className={styles.lane}>
          <span className={styles.laneLabel}>
            <Link href={`/stances?actor=${encodeURIComponent(stance.actor)}#${cellAnchor(stance.actor, stance.proposal)}`}>
              {proposalName(stance.proposal)}
            </Link>
            <small>
              <span aria-hidden="true" style={{ color: STANCE_MARKS[stance.stance].color }}>
                {STANCE_MARKS[stance.stance].symbol}{' '}
              </span>
              {STANCE_MARKS[stance.stance].label}
            </small>
          </span>
          <div className={styles.laneTrack}>
            {stance.points.map((point) => {
              const span = point.statedAt ? daySpan(point.statedAt.date) : undefined;
              if (!span) return null;
              const mark = STANCE_MARKS[point.stance];
              const key = `${point.evidence.article}:${point.evidence.start}:${point.relation}`;
              return [
                span.to > span.from && (
                  <span key={`${key}:span`} className={styles.span} style={{ left: at(span.from), width: `calc(${at(span.to + 1)} - ${at(span.from)})`, background: mark.color }} />
                ),
                <Link
                  key={key}
                  className={styles.point}
                  style={{ left: at((span.from + span.to + 1) / 2), color: mark.color }}
                  href={articlePath(point.evidence.article, point.evidence.start)}
                  title={`${formatStatedAt(point.statedAt)}: ${mark.label}. “${point.evidence.quote}”`}
                  aria-label={`${proposalName(stance.proposal)}: ${mark.label}, ${formatStatedAt(point.statedAt)}`}
                >
                  {mark.symbol}
                </Link>,
              ];
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Month starts across the range, thinned to at most about six labels; years alone past three years. */
function ticks(first: number, last: number): Array<{ day: number; label: string }> {
  const [y0, m0] = isoDay(first).split('-').map(Number);
  const [y1, m1] = isoDay(last).split('-').map(Number);
  const months = (y1 - y0) * 12 + (m1 - m0) + 1;
  const out: Array<{ day: number; label: string }> = [];
  if (months > 36) {
    for (let y = y0 + 1; y <= y1; y++) out.push({ day: Date.UTC(y, 0, 1) / 86_400_000, label: String(y) });
    return out;
  }
  const step = Math.max(1, Math.ceil(months / 6));
  for (let i = 0; i < months; i += step) {
    const date = new Date(Date.UTC(y0, m0 - 1 + i, 1));
    const month = date.getUTCMonth();
    out.push({ day: date.getTime() / 86_400_000, label: month === 0 || i === 0 ? `${MONTHS[month]} ${date.getUTCFullYear()}` : MONTHS[month] });
  }
  return out;
}
