'use client';
// The right-hand panel (a bottom sheet on phones): the selected entity, relation or path.
import type { QueryState } from './use-query';
import type { RelationView } from './api';
import type { ViewState } from './view-state';
import { EntityPanel } from './entity-panel';
import { RelationPanel } from './relation-panel';
import { PathPanel } from './path-panel';
import styles from './explorer.module.css';

interface Props {
  view: ViewState;
  name: (id: string) => string;
  visibleEdges: Set<string>;
  pathState: QueryState<RelationView[] | null>;
  onSelect: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClose: () => void;
}

export function SidePanel({ view, name, visibleEdges, pathState, onSelect, onSelectEdge, onClose }: Props) {
  return (
    <aside className={styles.panel} aria-label="Details" data-testid="side-panel">
      <button type="button" className={styles.close} onClick={onClose} aria-label="Close details (Escape)" title="Close (Escape)">
        ×
      </button>
      {view.path ? (
        <PathPanel names={[name(view.path[0]), name(view.path[1])]} state={pathState} onSelect={onSelect} />
      ) : view.edge ? (
        <RelationPanel id={view.edge} onSelect={onSelect} />
      ) : view.selected ? (
        <EntityPanel id={view.selected} visibleEdges={visibleEdges} onSelect={onSelect} onSelectEdge={onSelectEdge} />
      ) : null}
    </aside>
  );
}
