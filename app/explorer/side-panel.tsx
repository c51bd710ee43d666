'use client';
// The right-hand panel (a bottom sheet on phones, which can be expanded): the selected entity, relation or paths.
// Its scroll position is remembered per selection, so Back returns to where the reader was.
import { useEffect, useRef, useState } from 'react';
import type { ViewState } from './view-state';
import type { ExplorerGraph } from './sigma-graph';
import { EntityPanel } from './entity-panel';
import { RelationPanel } from './relation-panel';
import { PathPanel } from './path-panel';
import styles from './explorer.module.css';

interface Props {
  view: ViewState;
  name: (id: string) => string;
  visibleEdges: Set<string>;
  paths: string[][] | null;
  pathLimit: number;
  graph: ExplorerGraph;
  community?: { index: number; hub: string };
  onSelect: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onToggleExpand: (id: string) => void;
  onClose: () => void;
}

const scrollKey = (view: ViewState) => `explorer-panel-scroll:${view.selected ?? ''}|${view.edge ?? ''}|${view.path?.join(',') ?? ''}`;

/** Save the panel's scroll per selection; on coming back to one, scroll there once its content is tall enough. */
function useRememberedScroll(panel: React.RefObject<HTMLElement | null>, key: string) {
  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const saved = Number(sessionStorage.getItem(key) ?? 0);
    element.scrollTop = 0;
    let restoring = saved > 0;
    // The content arrives from the API after mount: retry as it grows, for a few seconds at most.
    const restore = () => {
      if (!restoring) return;
      element.scrollTop = saved;
      if (Math.abs(element.scrollTop - saved) < 2) restoring = false;
    };
    const observer = new ResizeObserver(restore);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    const mutations = new MutationObserver(restore);
    mutations.observe(element, { childList: true, subtree: true });
    restore();
    const stop = setTimeout(() => (restoring = false), 5000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!restoring) sessionStorage.setItem(key, String(Math.round(element.scrollTop)));
      }, 120);
    };
    // A reader scrolling takes over from the restore.
    const takeOver = () => (restoring = false);
    element.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('wheel', takeOver, { passive: true });
    element.addEventListener('touchstart', takeOver, { passive: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
      clearTimeout(stop);
      clearTimeout(timer);
      element.removeEventListener('scroll', onScroll);
      element.removeEventListener('wheel', takeOver);
      element.removeEventListener('touchstart', takeOver);
    };
  }, [panel, key]);
}

export function SidePanel({ view, name, visibleEdges, paths, pathLimit, graph, community, onSelect, onSelectEdge, onToggleExpand, onClose }: Props) {
  const panel = useRef<HTMLElement>(null);
  const [expanded, setExpanded] = useState(false);
  useRememberedScroll(panel, scrollKey(view));
  return (
    <aside ref={panel} className={`${styles.panel} ${expanded ? styles.panelExpanded : ''}`} aria-label="Details" data-testid="side-panel">
      <div className={styles.panelBar}>
        {/* Only phones show the sheet handle (CSS): on desktops the panel is full height already. */}
        <button type="button" className={styles.sheetToggle} aria-expanded={expanded} onClick={() => setExpanded(!expanded)} data-testid="sheet-toggle">
          {expanded ? 'Show the graph ▾' : 'Expand details ▴'}
        </button>
        <button type="button" className={styles.close} onClick={onClose} aria-label="Close details (Escape)" title="Close (Escape)">
          ×
        </button>
      </div>
      {view.path ? (
        <PathPanel from={view.path[0]} names={[name(view.path[0]), name(view.path[1])]} paths={paths} graph={graph} limit={pathLimit} onSelect={onSelect} />
      ) : view.edge ? (
        <RelationPanel id={view.edge} onSelect={onSelect} />
      ) : view.selected ? (
        <EntityPanel
          id={view.selected}
          visibleEdges={visibleEdges}
          expanded={view.expand.includes(view.selected)}
          community={community}
          onSelect={onSelect}
          onSelectEdge={onSelectEdge}
          onToggleExpand={onToggleExpand}
        />
      ) : null}
    </aside>
  );
}
