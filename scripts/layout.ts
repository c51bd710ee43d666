// npm run layout [-- --data DIR]: the full ForceAtlas2 relayout of the stored graph, as a job of its own.
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { openWriter } from '../graph/store/writer';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
const writer = await openWriter({ dataDir: values.data });
try {
  const report = await writer.call('layout', { actor: 'cli:layout' });
  console.log(`laid out ${report.entities} entities`);
} catch (error) {
  console.error(`layout failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await writer.close();
}
