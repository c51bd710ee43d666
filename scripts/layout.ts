// npm run layout [-- --data DIR]: the full ForceAtlas2 relayout of the stored graph, computed in this process and
// written back in one transaction (the running server picks the new positions up like any other change).
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { computeLayout } from '../graph/store/relayout';
import { openStoreOrExit } from './open-store';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR }, actor: { type: 'string', default: 'cli:layout' } } });
const writer = await openStoreOrExit(values.data, 'layout');
try {
  const started = performance.now();
  const input = await writer.call('layoutInput', {});
  const report = await writer.call('setPositions', { positions: computeLayout(input), actor: values.actor, placed: input.placed });
  console.log(`laid out ${report.entities} entities in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`layout failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await writer.close();
}
