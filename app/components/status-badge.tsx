// Whether a human checked a claim, in words (the dashed outline only repeats it): nothing for curated claims.
import type { Relation } from '@/graph/types';
import './status-badge.css';

const LABELS = { UNREVIEWED: 'machine-extracted, unreviewed', ACCEPTED: 'reviewed', REJECTED: 'rejected' } as const;

export function StatusBadge({ status }: { status: Relation['status'] }) {
  if (!status || status === 'CURATED') return null;
  return <span className={`status-badge status-${status.toLowerCase()}`}>{LABELS[status]}</span>;
}

/** Only what a person has checked: curated or accepted. */
export const isReviewed = (r: Pick<Relation, 'status'>) => !r.status || r.status === 'CURATED' || r.status === 'ACCEPTED';
