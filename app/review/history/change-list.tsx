// A list of recorded changes: who, when, before and after; revert buttons when a reviewer is signed in.
import type { HistoryEntry } from '@/graph/review';
import { RevertButton } from './revert-button';
import './change-list.css';

export function ChangeList({ changes, csrf }: { changes: HistoryEntry[]; csrf?: string }) {
  if (!changes.length) return <p>No recorded changes.</p>;
  return (
    <ol className="history-list">
      {changes.map((c) => (
        <li key={c.id}>
          <strong>{c.action.toLowerCase().replace('_', ' ')}</strong> by {c.actor}, <time dateTime={c.at}>{c.at.replace('T', ' ').slice(0, 19)} UTC</time>
          {c.subjectKind === 'RELATION' && <> · <code>{c.subjectId}</code></>}
          {c.action === 'MERGED_INTO' && <> · <code>{c.subjectId}</code> merged into <code>{(c.after as { into: string }).into}</code></>}
          {c.before !== null && <pre>before: {JSON.stringify(c.before)}</pre>}
          {c.after !== null && <pre>after: {JSON.stringify(c.after)}</pre>}
          {c.revertible && csrf && (
            <RevertButton
              change={c.id}
              csrf={csrf}
              label={c.action === 'MERGED_INTO' ? `Split ${c.subjectId} back out (undo this merge)` : c.action === 'INGEST' ? 'Remove this article (undo the ingest)' : 'Revert this change'}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
