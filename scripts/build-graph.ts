// npm run build:graph [-- --data DIR]: rebuild data/graph.json from the articles and the catalog.
import { parseArgs } from 'node:util';
import { buildFromDataDir, dataPaths, DEFAULT_DATA_DIR } from '../graph/data-dir';
import { serializeGraph } from '../graph/serialize';
import { writeFileAtomic } from '../graph/atomic-write';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
try {
  const graph = buildFromDataDir(values.data);
  const file = dataPaths(values.data).graph;
  writeFileAtomic(file, serializeGraph(graph));
  console.log(`${file}: ${graph.order} entities, ${graph.size} relations, ${graph.getAttribute('articles').length} articles`);
} catch (error) {
  console.error(`build:graph failed: ${(error as Error).message}`);
  process.exit(1);
}
