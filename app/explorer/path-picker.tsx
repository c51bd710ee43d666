'use client';
// Pick two entities to see the shortest chain of relations between them.
import { useState } from 'react';
import type { SearchIndex } from '@/graph/search-index';
import { SearchBox } from './search-box';
import type { ExplorerGraph } from './sigma-graph';
import styles from './explorer.module.css';

interface Props {
  graph: ExplorerGraph;
  index: SearchIndex;
  /** The current selection, or the current path's ends: where a new path starts from. */
  from: string | null;
  to: string | null;
  onPath: (from: string, to: string) => void;
}

export function PathPicker({ graph, index, from: initialFrom, to: initialTo, onPath }: Props) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const name = (id: string | null) => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : '');
  const pick = (a: string | null, b: string | null) => {
    if (a && b && a !== b) onPath(a, b);
  };
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.fieldLabel}>Path between two entities</legend>
      <SearchBox
        label="From"
        graph={graph}
        index={index}
        keepChoice
        defaultValue={name(from)}
        testId="path-from"
        onChoose={(id) => {
          setFrom(id);
          pick(id, to);
        }}
      />
      <SearchBox
        label="To"
        graph={graph}
        index={index}
        keepChoice
        defaultValue={name(to)}
        testId="path-to"
        onChoose={(id) => {
          setTo(id);
          pick(from, id);
        }}
      />
    </fieldset>
  );
}
