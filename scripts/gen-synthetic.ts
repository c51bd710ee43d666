// npm run gen:synthetic -- --entities N --relations M [--out FILE] [--seed S]
// Writes a synthetic graph.json the server loads like the seed graph: GRAPH_FILE=FILE npm start.
import { parseArgs } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateSynthetic } from '../graph/synthetic';
import { serializeGraph } from '../graph/serialize';
import { writeFileAtomic } from '../graph/atomic-write';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000' },
    relations: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const entities = Number(values.entities);
const relations = Number(values.relations);
const seed = Number(values.seed);
const out = values.out ?? join('bench', 'data', `synthetic-${entities}-${relations}${seed === 1 ? '' : `-s${seed}`}.json`);

try {
  const started = performance.now();
  const graph = generateSynthetic({ entities, relations, seed });
  const generated = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  writeFileAtomic(out, serializeGraph(graph));
  const ms = (t: number) => `${Math.round(t)} ms`;
  console.log(
    `${out}: ${graph.order} entities, ${graph.size} relations, ${graph.getAttribute('articles').length} articles ` +
      `(generated in ${ms(generated - started)}, written in ${ms(performance.now() - generated)})`,
  );
} catch (error) {
  console.error(`gen:synthetic failed: ${(error as Error).message}`);
  process.exit(1);
}
