'use client';
// Autocomplete over names and aliases (ARIA combobox): type, arrow through the matches, Enter to choose.
// Matching is graph/search-index.ts run here over the lean payload: the very ranking the API's `search` uses,
// with no round trip per keystroke.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ENTITY_COLORS, ENTITY_LABELS } from '@/graph/palette';
import type { SearchIndex } from '@/graph/search-index';
import type { ExplorerGraph } from './sigma-graph';
import styles from './explorer.module.css';

interface Props {
  label: string;
  placeholder?: string;
  graph: ExplorerGraph;
  index: SearchIndex;
  onChoose: (id: string) => void;
  /** Keep the chosen name in the box (path ends) rather than clearing it (main search). */
  keepChoice?: boolean;
  defaultValue?: string;
  testId?: string;
}

export function SearchBox({ label, placeholder, graph, index, onChoose, keepChoice, defaultValue = '', testId }: Props) {
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const results = useMemo(() => (text.trim() ? index.search(text, 8) : []), [index, text]);
  const expanded = open && results.length > 0;

  const choose = (node: string) => {
    setText(keepChoice ? graph.getNodeAttribute(node, 'label') : '');
    setOpen(false);
    onChoose(node);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (results.length ? (i + step + results.length) % results.length : 0));
    } else if (event.key === 'Enter' && expanded) {
      event.preventDefault();
      choose(results[Math.min(active, results.length - 1)]);
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
        aria-activedescendant={expanded ? `${id}-${Math.min(active, results.length - 1)}` : undefined}
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
      </ul>
    </div>
  );
}
