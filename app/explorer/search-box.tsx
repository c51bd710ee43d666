'use client';
// Autocomplete over names and aliases (ARIA combobox): type, arrow through the matches, Enter to choose.
// Matching is graph/search-index.ts run here over the lean payload: the very ranking the API's `search` uses,
// with no round trip per keystroke. The main box also finds quotes (the API's searchEvidence, after a pause in
// typing) and says so when nothing matches.
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ENTITY_COLORS, ENTITY_LABELS, RELATION_LABELS } from '@/graph/palette';
import type { SearchIndex } from '@/graph/search-index';
import { fetchQuotes, type QuoteMatch } from './api';
import type { ExplorerGraph } from './sigma-graph';
import styles from './explorer.module.css';

interface Props {
  label: string;
  placeholder?: string;
  graph: ExplorerGraph;
  index: SearchIndex;
  onChoose: (id: string) => void;
  /** With `searchQuotes`: a quote was chosen; open its relation. */
  onChooseRelation?: (id: string) => void;
  searchQuotes?: boolean;
  /** Keep the chosen name in the box (path ends) rather than clearing it (main search). */
  keepChoice?: boolean;
  defaultValue?: string;
  testId?: string;
}

const QUOTE_DELAY_MS = 250;

/** Quotes for the text once typing pauses: null while none asked or answered yet. */
function useQuotes(text: string, enabled: boolean): { quotes: QuoteMatch[] | null; forText: string } {
  const [state, setState] = useState<{ quotes: QuoteMatch[] | null; forText: string }>({ quotes: null, forText: '' });
  useEffect(() => {
    const query = text.trim();
    if (!enabled || query.length < 3) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchQuotes(query, controller.signal).then(
        (quotes) => setState({ quotes, forText: query }),
        () => !controller.signal.aborted && setState({ quotes: [], forText: query }),
      );
    }, QUOTE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, enabled]);
  return state;
}

export function SearchBox({ label, placeholder, graph, index, onChoose, onChooseRelation, searchQuotes, keepChoice, defaultValue = '', testId }: Props) {
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = text.trim();
  const results = useMemo(() => (query ? index.search(text, 8) : []), [index, text, query]);
  const quoteState = useQuotes(text, Boolean(searchQuotes));
  const quotes = searchQuotes && quoteState.forText === query ? (quoteState.quotes ?? []) : [];
  const options = results.length + quotes.length;
  const expanded = open && options > 0;
  // "No match" once every search asked has answered: the names at once, the quotes after their pause.
  const settled = !searchQuotes || query.length < 3 || quoteState.forText === query;
  const noMatch = open && query.length > 0 && options === 0 && settled;

  const choose = (node: string) => {
    setText(keepChoice ? graph.getNodeAttribute(node, 'label') : '');
    setOpen(false);
    onChoose(node);
  };
  const chooseQuote = (match: QuoteMatch) => {
    setText('');
    setOpen(false);
    onChooseRelation?.(match.relation.id);
  };
  const chooseAt = (i: number) => (i < results.length ? choose(results[i]) : chooseQuote(quotes[i - results.length]));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options ? (i + step + options) % options : 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      chooseAt(Math.min(active, options - 1));
    } else if (event.key === 'Escape' && expanded) {
      // Close the list, and stop the page-wide Escape from also clearing the selection.
      event.preventDefault();
      event.nativeEvent.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className={styles.search}>
      <label htmlFor={id} className={styles.fieldLabel}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-describedby={`${id}-status`}
        aria-activedescendant={expanded ? `${id}-${Math.min(active, options - 1)}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={text}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-status`} className={styles.noMatch} role="status" data-testid={testId && `${testId}-status`}>
        {noMatch ? `Nothing matches “${query}”${searchQuotes ? ' in names, aliases or quotes' : ''}.` : ''}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={`${label}: matches`} className={styles.listbox} hidden={!expanded}>
        {results.map((node, i) => {
          const type = graph.getNodeAttribute(node, 'entityType');
          return (
            <li
              key={node}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              // mousedown, not click: it lands before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(node);
              }}
            >
              <span className={styles.swatch} style={{ background: ENTITY_COLORS[type] }} aria-hidden />
              <span>{graph.getNodeAttribute(node, 'label')}</span>
              <span className={styles.muted}>{ENTITY_LABELS[type]}</span>
            </li>
          );
        })}
        {quotes.map((match, j) => {
          const i = results.length + j;
          return (
            <li
              key={`${match.relation.id}:${match.evidence.article.id}:${match.evidence.start}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`${styles.option} ${styles.quoteOption}`}
              data-testid="quote-option"
              onMouseDown={(e) => {
                e.preventDefault();
                chooseQuote(match);
              }}
            >
              <span className={styles.quoteHead}>
                Quote: {match.relation.source.name} {RELATION_LABELS[match.relation.type]} {match.relation.target.name}
              </span>
              <span className={styles.quoteText}>“{excerpt(match.evidence.quote, query)}”</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Up to ~140 characters of the quote around the first query word. */
function excerpt(quote: string, query: string): string {
  if (quote.length <= 140) return quote;
  const at = quote.toLowerCase().indexOf(query.split(/\s+/)[0].toLowerCase());
  const start = Math.max(0, Math.min(at - 50, quote.length - 140));
  return `${start > 0 ? '…' : ''}${quote.slice(start, start + 140)}…`;
}
