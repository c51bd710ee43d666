// Knowledge graphs for tests: the miniature fixture corpus (tests/fixtures/mini) and the committed seed graph.
import { join } from 'node:path';
import { buildFromDataDir, createKnowledgeGraph, loadKnowledgeGraph, type KnowledgeGraph } from '@/graph';

export const MINI_DIR = join(import.meta.dirname, '..', 'fixtures', 'mini');

let mini: KnowledgeGraph | undefined;
export const miniGraph = (): KnowledgeGraph => (mini ??= createKnowledgeGraph(buildFromDataDir(MINI_DIR)));

export const seedGraph = (): KnowledgeGraph => loadKnowledgeGraph(join(import.meta.dirname, '..', '..', 'data', 'graph.json'));
