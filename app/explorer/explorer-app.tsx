'use client';
// The explorer: controls on the left, the canvas in the middle, the selection's evidence on the right.
// All view state is in the URL (use-view-state); the canvas only ever sees it through reducers.
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '@/graph/types';
import { useLeanGraph, type LoadedGraph } from './use-lean-graph';
import { useViewState } from './use-view-state';
import { computeVisibility } from './visibility';
import { allShortestPaths } from '@/graph/all-shortest-paths';
import type { NodeStyle } from './node-style';
import { useNodeStyle } from './use-node-style';
import { SigmaCanvas } from './sigma-canvas';
import { HoverController } from './controllers/hover-controller';
import { SelectionController } from './controllers/selection-controller';
import { ReducersController } from './controllers/reducers-controller';
import { CameraController, type FocusRequest, type FrameRequest } from './controllers/camera-controller';
import { LayoutController } from './controllers/layout-controller';
import { CanvasTools } from './canvas-tools';
import { SearchBox } from './search-box';
import { FiltersPanel } from './filters-panel';
import { PathPicker } from './path-picker';
import { SidePanel } from './side-panel';
import { TimeSlider } from './time-slider';
import { windowOf } from './time-window';
import styles from './explorer.module.css';

/** `fallback` stands in while the graph data loads (the home page's still of the graph). */
export default function ExplorerApp({ dataUrl, fallback }: { dataUrl: string; fallback?: ReactNode }) {
  const { data, error } = useLeanGraph(dataUrl);
  if (error) return <p role="alert" className={styles.message}>Could not load the graph: {error}</p>;
  if (!data) return fallback ?? <p className={styles.message}>Loading the graph…</p>;
  return <Explorer loaded={data} />;
}

function Explorer({ loaded: { graph, index, positions } }: { loaded: LoadedGraph }) {
  const { view, update, recordCamera, restoredAt } = useViewState();
  const [hovered, setHovered] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const [frameRequest, setFrameRequest] = useState<FrameRequest | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [resetSeq, setResetSeq] = useState(0);
  const framedOnce = useRef(false);
  const egoFramed = useRef(false);
  // Filters start open where there is room for them, folded on phones.
  const [moreOpen, setMoreOpen] = useState(() => window.matchMedia('(min-width: 800px)').matches);

  const { hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, selected, from, to, expand, reviewedOnly } = view;
  const visibility = useMemo(
    () => computeVisibility(graph, { hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, focus: selected, window: windowOf(from, to), expanded: expand, reviewedOnly }),
    [graph, hiddenEntityTypes, hiddenRelationTypes, minDegree, ego, selected, from, to, expand, reviewedOnly],
  );
  const setTimeWindow = useCallback((window: { from: string | null; to: string | null }, replace?: boolean) => update(window, { replace }), [update]);
  const counts = useMemo(() => countByType(graph, visibility), [graph, visibility]);
  const totals = useMemo(() => countByType(graph, { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) }), [graph]);
  const unreviewed = useMemo(() => graph.filterEdges((_edge, attr) => Boolean(attr.unreviewed)).length, [graph]);
  const maxDegree = useMemo(() => graph.reduceNodes((max, _n, a) => Math.max(max, a.degree), 0), [graph]);
  const style = useNodeStyle(graph, view.colorBy, view.sizeBy);

  // Every shortest path, over the relation types the filters keep (untick "met with" to see other routes).
  const pathKey = view.path ? view.path.join(',') : null;
  const paths = useMemo(() => {
    if (!view.path || !graph.hasNode(view.path[0]) || !graph.hasNode(view.path[1])) return null;
    const hidden = new Set<string>(hiddenRelationTypes);
    return allShortestPaths(
      (node) => graph.edges(node).filter((e) => !hidden.has(graph.getEdgeAttribute(e, 'relationType'))).map((e) => [e, graph.opposite(node, e)] as const),
      view.path[0],
      view.path[1],
      PATH_LIMIT,
    );
    // pathKey stands for view.path.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, pathKey, hiddenRelationTypes]);
  const pathHighlight = useMemo(() => {
    if (!view.path || !paths?.length) return null;
    const edges = [...new Set(paths.flat())];
    const nodes = new Set([view.path[0], ...edges.flatMap((e) => graph.extremities(e))]);
    return { nodes: [...nodes], edges };
  }, [graph, view.path, paths]);
  // The k-hop view is framed whole when it is chosen (or linked to without a camera).
  useEffect(() => {
    if (view.ego === 0 || !view.selected || (restoredAt === 0 && view.camera && !egoFramed.current)) return;
    egoFramed.current = true;
    setFrameRequest((r) => ({ nodes: [...visibility.nodes], seq: (r?.seq ?? 0) + 1, labels: 'drawn' }));
    // Only a new neighbourhood asks for a frame, not each change of the filters inside it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view.ego, view.selected]);
  // A new path is framed, labels and all, in the part of the canvas the panel leaves free.
  useEffect(() => {
    if (pathHighlight && !(restoredAt === 0 && view.camera && !framedOnce.current)) {
      setFrameRequest((r) => ({ nodes: pathHighlight.nodes, seq: (r?.seq ?? 0) + 1, labels: 'all' }));
    }
    framedOnce.current = true;
    // Only a new path (or new filters changing it) asks for a new frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathHighlight]);

  const selectNode = useCallback((id: string) => update({ selected: id, edge: null, path: null }), [update]);
  const toggleExpand = useCallback(
    (id: string) => update({ expand: view.expand.includes(id) ? view.expand.filter((n) => n !== id) : [...view.expand, id] }),
    [update, view.expand],
  );
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
  const caption = [
    view.path ? `Paths ${name(view.path[0])} ↔ ${name(view.path[1])}` : view.selected ? `Around ${name(view.selected)}` : null,
    `${visibility.nodes.size} of ${graph.order} entities, ${visibility.edges.size} of ${graph.size} relations`,
    hiddenEntityTypes.length + hiddenRelationTypes.length ? `hidden: ${[...hiddenEntityTypes, ...hiddenRelationTypes].join(', ').toLowerCase()}` : null,
    reviewedOnly ? 'reviewed facts only' : null,
    `drawn ${new Date().toISOString().slice(0, 10)}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const status = `Showing ${visibility.nodes.size} of ${graph.order} entities and ${visibility.edges.size} of ${graph.size} relations`;

  return (
    <div className={`${styles.explorer} ${hasPanel ? styles.withPanel : ''}`}>
      <aside className={styles.sidebar} aria-label="Search and filters">
        <SearchBox
          label="Find an entity or a quote"
          placeholder="Name, alias or words, e.g. Starmer"
          graph={graph}
          index={index}
          onChoose={chooseFromSearch}
          onChooseRelation={selectEdge}
          searchQuotes
          testId="search"
        />
        <p className={styles.status} role="status" data-testid="counts">
          {status}
        </p>
        <TimeSlider graph={graph} from={from} to={to} onChange={setTimeWindow} />
        <details className={styles.more} open={moreOpen} onToggle={(e) => setMoreOpen(e.currentTarget.open)}>
          <summary>Filters and path</summary>
          <FiltersPanel view={view} counts={counts} totals={totals} unreviewed={unreviewed} maxDegree={maxDegree} style={style} name={(id) => graph.getNodeAttribute(id, 'label')} onChange={update} />
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
          <ReducersController visibility={visibility} highlight={{ hovered, selected: view.selected, edge: view.edge, path: pathHighlight, ego: view.ego > 0 }} style={style} />
          <CameraController
            camera={view.camera}
            initialNode={view.path ? null : view.selected}
            restoredAt={restoredAt}
            focus={focusRequest}
            frame={frameRequest}
            onCamera={recordCamera}
          />
          <LayoutController running={layoutRunning} resetSeq={resetSeq} builtPositions={positions} onConverged={() => setLayoutRunning(false)} />
          <CanvasTools visibility={visibility} style={style} caption={caption} layoutRunning={layoutRunning} onLayoutRunning={setLayoutRunning} onLayoutReset={resetLayout} />
        </SigmaCanvas>
      </div>
      {hasPanel && (
        <SidePanel
          view={view}
          name={name}
          visibleEdges={visibility.edges}
          paths={paths}
          pathLimit={PATH_LIMIT}
          graph={graph}
          community={communityOf(style, view.selected, name)}
          onSelect={chooseFromSearch}
          onSelectEdge={selectEdge}
          onToggleExpand={toggleExpand}
          onClose={clear}
        />
      )}
    </div>
  );
}

function communityOf(style: NodeStyle | null, node: string | null, name: (id: string) => string) {
  const index = node ? style?.communityOf?.get(node) : undefined;
  return index === undefined ? undefined : { index, hub: name(style!.communities![index].hub) };
}

/** Enough to compare routes; more would bury the panel. */
const PATH_LIMIT = 12;

function countByType(graph: LoadedGraph['graph'], visibility: { nodes: Set<string>; edges: Set<string> }) {
  const entities = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  const relations = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const node of visibility.nodes) entities[graph.getNodeAttribute(node, 'entityType')]++;
  for (const edge of visibility.edges) relations[graph.getEdgeAttribute(edge, 'relationType')]++;
  return { entities, relations };
}
