'use client';
// The explorer: controls on the left, the canvas in the middle, the selection's evidence on the right.
// All view state is in the URL (use-view-state); the canvas only ever sees it through reducers.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@/graph/types';
import { useLeanGraph, type LoadedGraph } from './use-lean-graph';
import { useViewState } from './use-view-state';
import { computeVisibility } from './visibility';
import { useQuery } from './use-query';
import { fetchPath } from './api';
import { SigmaCanvas } from './sigma-canvas';
import { HoverController } from './controllers/hover-controller';
import { SelectionController } from './controllers/selection-controller';
import { ReducersController } from './controllers/reducers-controller';
import { CameraController, type FocusRequest } from './controllers/camera-controller';
import { LayoutController } from './controllers/layout-controller';
import { CanvasTools } from './canvas-tools';
import { SearchBox } from './search-box';
import { FiltersPanel } from './filters-panel';
import { PathPicker } from './path-picker';
import { SidePanel } from './side-panel';
import { TimeSlider } from './time-slider';
import { windowOf } from './time-window';
import styles from './explorer.module.css';

export default function ExplorerApp({ dataUrl }: { dataUrl: string }) {
  const { data, error } = useLeanGraph(dataUrl);
  if (error) return <p role="alert" className={styles.message}>Could not load the graph: {error}</p>;
  if (!data) return <p className={styles.message}>Loading the graph…</p>;
  return <Explorer loaded={data} />;
}

function Explorer({ loaded: { graph, index, positions } }: { loaded: LoadedGraph }) {
  const { view, update, recordCamera, restoredAt } = useViewState();
  const [hovered, setHovered] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [resetSeq, setResetSeq] = useState(0);
  // Filters start open where there is room for them, folded on phones.
  const [moreOpen, setMoreOpen] = useState(() => window.matchMedia('(min-width: 800px)').matches);

  const { hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, selected, from, to } = view;
  const visibility = useMemo(
    () => computeVisibility(graph, { hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, focus: selected, window: windowOf(from, to) }),
    [graph, hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, selected, from, to],
  );
  const setTimeWindow = useCallback((window: { from: string | null; to: string | null }, replace?: boolean) => update(window, { replace }), [update]);
  const counts = useMemo(() => countByType(graph, visibility), [graph, visibility]);
  const maxDegree = useMemo(() => graph.reduceNodes((max, _n, a) => Math.max(max, a.degree), 0), [graph]);

  const pathKey = view.path ? view.path.join(',') : null;
  const pathState = useQuery(pathKey, (signal) => fetchPath(view.path![0], view.path![1], signal));
  const pathHighlight = useMemo(() => {
    if (!view.path || pathState.status !== 'done' || !pathState.data) return null;
    const nodes = new Set([view.path[0], ...pathState.data.flatMap((r) => [r.source.id, r.target.id])]);
    return { nodes: [...nodes], edges: pathState.data.map((r) => r.id) };
  }, [view.path, pathState]);

  const selectNode = useCallback((id: string) => update({ selected: id, edge: null, path: null }), [update]);
  const selectEdge = useCallback((id: string) => update({ edge: id, selected: null, path: null }), [update]);
  const clear = useCallback(() => {
    if (view.selected || view.edge || view.path) update({ selected: null, edge: null, path: null });
  }, [update, view.selected, view.edge, view.path]);
  const chooseFromSearch = useCallback(
    (id: string) => {
      selectNode(id);
      setFocusRequest((r) => ({ node: id, seq: (r?.seq ?? 0) + 1 }));
    },
    [selectNode],
  );
  const resetLayout = useCallback(() => {
    setLayoutRunning(false);
    setResetSeq((n) => n + 1);
  }, []);

  // Keyboard users land in the search box on "/", as on most sites with one.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && /^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const name = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  const hasPanel = Boolean(view.selected || view.edge || view.path);
  const status = `Showing ${visibility.nodes.size} of ${graph.order} entities and ${visibility.edges.size} of ${graph.size} relations`;

  return (
    <div className={`${styles.explorer} ${hasPanel ? styles.withPanel : ''}`}>
      <aside className={styles.sidebar} aria-label="Search and filters">
        <SearchBox label="Find an entity" placeholder="Name or alias, e.g. Starmer" graph={graph} index={index} onChoose={chooseFromSearch} testId="search" />
        <p className={styles.status} role="status" data-testid="counts">
          {status}
        </p>
        <TimeSlider graph={graph} from={from} to={to} onChange={setTimeWindow} />
        <details className={styles.more} open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
          <summary>Filters and path</summary>
          <FiltersPanel view={view} counts={counts} maxDegree={maxDegree} onChange={update} />
          <PathPicker
            key={`${view.selected ?? view.path?.[0] ?? ''}:${view.path?.[1] ?? ''}`}
            graph={graph}
            index={index}
            from={view.selected ?? view.path?.[0] ?? null}
            to={view.path?.[1] ?? null}
            onPath={(from, to) => update({ path: [from, to], selected: null, edge: null })}
          />
        </details>
      </aside>
      <div className={styles.stage}>
        <SigmaCanvas graph={graph} label={`Graph of the debate: ${status}. The list of the selected entity's relations is in the side panel.`}>
          <HoverController onHover={setHovered} />
          <SelectionController onSelectNode={selectNode} onSelectEdge={selectEdge} onClear={clear} />
          <ReducersController visibility={visibility} highlight={{ hovered, selected: view.selected, edge: view.edge, path: pathHighlight }} />
          <CameraController camera={view.camera} initialNode={view.selected ?? view.path?.[0] ?? null} restoredAt={restoredAt} focus={focusRequest} onCamera={recordCamera} />
          <LayoutController running={layoutRunning} resetSeq={resetSeq} builtPositions={positions} />
          <CanvasTools visibility={visibility} layoutRunning={layoutRunning} onLayoutRunning={setLayoutRunning} onLayoutReset={resetLayout} />
        </SigmaCanvas>
      </div>
      {hasPanel && (
        <SidePanel
          view={view}
          name={name}
          visibleEdges={visibility.edges}
          pathState={pathState}
          onSelect={chooseFromSearch}
          onSelectEdge={selectEdge}
          onClose={clear}
        />
      )}
    </div>
  );
}

function countByType(graph: LoadedGraph['graph'], visibility: { nodes: Set<string>; edges: Set<string> }) {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const node of visibility.nodes) entities[graph.getNodeAttribute(node, 'entityType')]++;
  for (const edge of visibility.edges) relations[graph.getEdgeAttribute(edge, 'relationType')]++;
  return { entities, relations };
}
