'use client';
// The queue, one claim at a time: the claim, its quotes highlighted in their sentences, and the decisions. Every key
// has a button too; a decided claim leaves the list and the count goes down. A stale version (someone else saved
// first) shows their state and saves nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { mutate, RECORD_FIELDS, type GqlError } from './gql';
import type { RecordView } from './types';

const REVIEW = `mutation ($id: ID!, $version: Int!, $decision: ReviewDecision!, $reason: RejectReason) {
  reviewRelation(id: $id, version: $version, decision: $decision, reason: $reason) { ${RECORD_FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $type: RelationType, $source: ID, $target: ID, $qualifier: String, $statedAt: String, $evidence: QuoteKey) {
  updateRelation(id: $id, version: $version, type: $type, source: $source, target: $target, qualifier: $qualifier, statedAt: $statedAt, evidence: $evidence) { ${RECORD_FIELDS} } }`;
const EVIDENCE = `mutation ($id: ID!, $version: Int!, $article: ID!, $quote: String!, $mode: EvidenceMode!, $near: Int) {
  setRelationEvidence(id: $id, version: $version, article: $article, quote: $quote, mode: $mode, near: $near) { ${RECORD_FIELDS} } }`;

/** The text the reviewer selected inside one of the claim's quotes (its article and where that quote starts), if any. */
function selectedQuote(): { text: string; article: string; near: number } | null {
  const selection = window.getSelection();
  const text = selection?.toString().trim();
  const box = selection?.anchorNode?.parentElement?.closest<HTMLElement>('[data-article]');
  return text && box ? { text, article: box.dataset.article!, near: Number(box.dataset.start) } : null;
}

const REASON_LABELS: Record<string, string> = {
  NOT_STATED: 'The quote does not say this',
  WRONG_TYPE: 'Wrong kind of relation',
  WRONG_DIRECTION: 'Wrong direction',
  WRONG_ENTITY: 'Wrong person or thing',
  DUPLICATE: 'Duplicate of another claim',
  OTHER: 'Other',
};

const phrase = (type: string) => type.toLowerCase().replace('_', ' ');

export function ReviewQueue({ initial, total, csrf, reasons, types }: { initial: RecordView[]; total: number; csrf: string; reasons: string[]; types: string[] }) {
  const [items, setItems] = useState(initial);
  const [left, setLeft] = useState(total);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'view' | 'reject' | 'edit' | 'quote'>('view');
  const [picked, setPicked] = useState<{ text: string; article: string; near: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Until the script runs (the page is served before it), a pressed key or button would do nothing.
  const [ready, setReady] = useState(false);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const quoteRef = useRef<HTMLTextAreaElement>(null);
  const editRef = useRef<HTMLSelectElement>(null);
  const item = items[Math.min(index, items.length - 1)];

  const done = useCallback(
    (updated: RecordView, text: string) => {
      // Decided: it leaves this view (it now belongs to another status), and the next one comes up.
      setItems((all) => all.filter((i) => i.id !== item.id));
      if (updated.status !== item.status) setLeft((n) => n - 1);
      setMode('view');
      setMessage({ kind: 'ok', text });
    },
    [item],
  );

  /** Not saved: say why; on a conflict, show (and hold) the state someone else saved. */
  const refused = useCallback(
    (error: GqlError) => {
      const current = error.extensions?.code === 'CONFLICT' ? (error.extensions.current as { version?: number; status?: string } | null) : null;
      if (current?.version) setItems((all) => all.map((i) => (i.id === item.id ? { ...i, ...(current as Partial<RecordView>), source: i.source, target: i.target, evidence: i.evidence } : i)));
      setMessage({ kind: 'error', text: current ? `${error.message} It is now ${current.status?.toLowerCase()} (version ${current.version}).` : error.message });
    },
    [item],
  );

  const send = useCallback(
    async (query: string, variables: Record<string, unknown>, text: (r: RecordView) => string, key: 'reviewRelation' | 'updateRelation' | 'setRelationEvidence') => {
      if (!item || busy) return;
      setBusy(true);
      const { data, error } = await mutate<Record<string, RecordView>>(query, { id: item.id, version: item.version, ...variables }, csrf);
      setBusy(false);
      if (error) return refused(error);
      done(data![key], text(data![key]));
    },
    [item, busy, csrf, done, refused],
  );

  /** The edit form: its fields with the first changed date, then one save per further changed date (each quote has its own). */
  const saveEdit = useCallback(
    async (fields: Record<string, unknown>, dates: Array<{ article: string; start: number; date: string }>) => {
      if (!item || busy) return;
      setBusy(true);
      let at = { id: item.id, version: item.version };
      let saved: RecordView | undefined;
      const steps = dates.length ? dates.map((d, i) => ({ ...(i === 0 ? fields : {}), statedAt: d.date, evidence: { article: d.article, start: d.start } })) : [fields];
      for (const step of steps) {
        const { data, error } = await mutate<{ updateRelation: RecordView }>(UPDATE, { ...at, ...step }, csrf);
        if (error) {
          setBusy(false);
          return refused(error);
        }
        saved = data!.updateRelation;
        at = { id: saved.id, version: saved.version };
      }
      setBusy(false);
      done(saved!, 'Saved and accepted.');
    },
    [item, busy, csrf, done, refused],
  );

  const accept = useCallback(() => send(REVIEW, { decision: 'ACCEPT' }, () => 'Accepted.', 'reviewRelation'), [send]);
  const reject = useCallback((reason: string) => send(REVIEW, { decision: 'REJECT', reason }, () => `Rejected: ${REASON_LABELS[reason]}.`, 'reviewRelation'), [send]);
  const move = useCallback((step: number) => {
    setMode('view');
    setMessage(null);
    setIndex((i) => Math.max(0, Math.min(items.length - 1, i + step)));
  }, [items.length]);

  // The quote form starts from what the reviewer selected in a quote's paragraph (it is checked verbatim on save).
  const pickQuote = useCallback(() => {
    setPicked(selectedQuote());
    setMode('quote');
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      const act: Record<string, () => void> = {
        j: () => move(1),
        ArrowDown: () => move(1),
        d: () => move(1),
        k: () => move(-1),
        ArrowUp: () => move(-1),
        a: () => void accept(),
        r: () => setMode('reject'),
        e: () => setMode('edit'),
        q: () => pickQuote(),
        Escape: () => setMode('view'),
      };
      if (act[event.key]) {
        event.preventDefault();
        act[event.key]();
      }
    };
    window.addEventListener('keydown', onKey);
    setReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, accept, pickQuote]);

  useEffect(() => {
    if (mode === 'reject') reasonRef.current?.focus();
    if (mode === 'edit') editRef.current?.focus();
    if (mode === 'quote') quoteRef.current?.focus();
  }, [mode]);

  return (
    <section className="review-queue" aria-labelledby="queue-heading" data-ready={ready ? '' : undefined}>
      <h2 id="queue-heading" className="queue-count" aria-live="polite">
        {left} left{items.length ? ` · claim ${Math.min(index, items.length - 1) + 1} of ${items.length} shown` : ''}
      </h2>
      {message && (
        <p role="status" className={`review-message ${message.kind}`}>
          {message.kind === 'error' ? 'Not saved: ' : ''}
          {message.text}
        </p>
      )}
      {!item ? (
        <p>Nothing left to review here.</p>
      ) : (
        <article className="claim" aria-label={`${item.source.name} ${phrase(item.type)} ${item.target.name}`}>
          <p className="claim-line">
            <a href={`/entities/${item.source.id}`}>{item.source.name}</a> <span className="claim-type">{phrase(item.type)}</span>{' '}
            <a href={`/entities/${item.target.id}`}>{item.target.name}</a>
            {item.qualifier && <span className="qualifier"> ({item.qualifier})</span>}
          </p>
          <p className="claim-meta">
            <span className={`status-badge status-${item.status.toLowerCase()}`}>{item.status.toLowerCase()}</span>
            {item.confidence !== null && <> · extractor confidence {Math.round(item.confidence * 100)}%</>} ·{' '}
            <a href={`/review/history?kind=RELATION&id=${encodeURIComponent(item.id)}`}>history</a> · edit{' '}
            <a href={`/review/entities/${encodeURIComponent(item.source.id)}`}>{item.source.name}</a> or{' '}
            <a href={`/review/entities/${encodeURIComponent(item.target.id)}`}>{item.target.name}</a>
          </p>
          {item.evidence.map((q) => (
            <blockquote key={`${q.article}:${q.start}`} className="claim-quote" data-article={q.article} data-start={q.start}>
              <p>
                {q.before && <>…{q.before}</>}
                <mark>{q.quote}</mark>
                {q.after && <>{q.after}…</>}
              </p>
              <footer>
                — <a href={`/articles/${q.article}#q-${q.start}`}>{q.articleTitle}</a>
                {q.statedAt && <> · stated {q.statedAt.date}{q.statedAt.source === 'PUBLISHED' ? ' (publication date)' : ''}</>}
              </footer>
            </blockquote>
          ))}
          <div className="claim-actions">
            <button type="button" onClick={() => void accept()} disabled={busy || !ready}>
              Accept <kbd>a</kbd>
            </button>
            <button type="button" onClick={() => setMode('reject')} disabled={busy || !ready}>
              Reject… <kbd>r</kbd>
            </button>
            <button type="button" onClick={() => setMode('edit')} disabled={busy || !ready}>
              Edit… <kbd>e</kbd>
            </button>
            <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={pickQuote} disabled={busy || !ready}>
              Quote… <kbd>q</kbd>
            </button>
            <button type="button" onClick={() => move(1)}>
              Defer <kbd>d</kbd>
            </button>
            <button type="button" onClick={() => move(-1)} disabled={index === 0}>
              Previous <kbd>k</kbd>
            </button>
          </div>
          {mode === 'reject' && (
            <form
              className="claim-form"
              onSubmit={(event) => {
                event.preventDefault();
                void reject(reasonRef.current!.value);
              }}
            >
              <label>
                Why is it wrong?{' '}
                <select ref={reasonRef} name="reason" defaultValue={reasons[0]}>
                  {reasons.map((r) => (
                    <option key={r} value={r}>
                      {REASON_LABELS[r] ?? r}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" disabled={busy}>
                Reject
              </button>
            </form>
          )}
          {mode === 'edit' && (
            <form
              className="claim-form"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const value = (name: string) => String(form.get(name) ?? '');
                const dates = item.evidence
                  .map((q, i) => ({ article: q.article, start: q.start, date: value(`statedAt-${i}`).trim(), was: q.statedAt?.date ?? '' }))
                  .filter((d) => d.date && d.date !== d.was);
                void saveEdit({ type: value('type'), source: value('source'), target: value('target'), qualifier: value('qualifier') }, dates);
              }}
            >
              <label>
                Type{' '}
                <select ref={editRef} name="type" defaultValue={item.type}>
                  {types.map((t) => (
                    <option key={t} value={t}>
                      {phrase(t)}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Source id <input name="source" defaultValue={item.source.id} required />
              </label>
              <label>
                Target id <input name="target" defaultValue={item.target.id} required />
              </label>
              <button
                type="button"
                onClick={(event) => {
                  const form = event.currentTarget.form!;
                  const [s, t] = [form.elements.namedItem('source') as HTMLInputElement, form.elements.namedItem('target') as HTMLInputElement];
                  [s.value, t.value] = [t.value, s.value];
                }}
              >
                Swap direction
              </button>
              <label>
                Condition (qualifier) <input name="qualifier" defaultValue={item.qualifier ?? ''} />
              </label>
              {item.evidence.map((q, i) => (
                <label key={`${q.article}:${q.start}`}>
                  {item.evidence.length > 1 ? `Statement date, quote ${i + 1}` : 'Statement date'}
                  <input
                    name={`statedAt-${i}`}
                    defaultValue={q.statedAt?.date ?? ''}
                    placeholder="2025-02-14, 2025-02 or 2025"
                    pattern="\d{4}(-\d{2}(-\d{2})?)?"
                    title="A date as 2025-02-14, 2025-02 or 2025"
                    size={12}
                  />
                </label>
              ))}
              <button type="submit" disabled={busy}>
                Save
              </button>
            </form>
          )}
          {mode === 'quote' && (
            <form
              className="claim-form quote-form"
              onSubmit={(event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const mode = String(form.get('mode'));
                const article = String(form.get('article'));
                const near = picked?.article === article ? picked.near : null;
                void send(EVIDENCE, { article, quote: String(form.get('quote')), mode, near }, () => (mode === 'ADD' ? 'Quote added; claim accepted.' : 'Quote replaced; claim accepted.'), 'setRelationEvidence');
              }}
            >
              <p className="form-hint">Select words in a quote's paragraph above before pressing <kbd>q</kbd>, or type them: they must be the article's exact words.</p>
              <label>
                Article{' '}
                <select name="article" defaultValue={picked?.article ?? item.evidence[0]?.article}>
                  {[...new Map(item.evidence.map((q) => [q.article, q.articleTitle]))].map(([id, title]) => (
                    <option key={id} value={id}>
                      {title}
                    </option>
                  ))}
                </select>
              </label>
              <label className="wide">
                Quote <textarea ref={quoteRef} name="quote" required rows={3} defaultValue={picked?.text ?? ''} />
              </label>
              <fieldset>
                <legend>This quote</legend>
                <label className="inline">
                  <input type="radio" name="mode" value="ADD" defaultChecked /> adds to the quotes
                </label>
                <label className="inline">
                  <input type="radio" name="mode" value="REPLACE" /> replaces them
                </label>
              </fieldset>
              <button type="submit" disabled={busy}>
                Save quote
              </button>
            </form>
          )}
        </article>
      )}
    </section>
  );
}
