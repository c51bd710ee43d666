// Knowledge graphs for tests: the miniature fixture corpus (tests/fixtures/mini) and the committed seed graph,
// as the server loads it (KnowledgeGraph) and as graphology reads graph.json (what the build wrote, the explorer draws).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFromDataDir, createKnowledgeGraph, deserializeGraph, loadKnowledgeGraph, type KGraph, type KnowledgeGraph } from '@/graph';

export const MINI_DIR = join(import.meta.dirname, '..', 'fixtures', 'mini');
const SEED_GRAPH = join(import.meta.dirname, '..', '..', 'data', 'graph.json');

let miniGraphology: KGraph | undefined;
export const miniKGraph = (): KGraph => (miniGraphology ??= buildFromDataDir(MINI_DIR));

let mini: KnowledgeGraph | undefined;
export const miniGraph = (): KnowledgeGraph => (mini ??= createKnowledgeGraph(miniKGraph().export()));

export const seedGraph = (): KnowledgeGraph => loadKnowledgeGraph(SEED_GRAPH);

let seedGraphology: KGraph | undefined;
export const seedKGraph = (): KGraph => (seedGraphology ??= deserializeGraph(JSON.parse(readFileSync(SEED_GRAPH, 'utf8'))));
