// npm run export [-- --data DIR]: write the store back to data/ (articles, catalog, extracted claims, graph.json).
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { openStoreOrExit } from './open-store';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
const writer = await openStoreOrExit(values.data, 'export');
try {
  const report = await writer.call('export', { dir: values.data });
  console.log(`exported: ${report.written.length} file(s) written, ${report.unchanged} unchanged${report.written.length ? `\n${report.written.join('\n')}` : ''}`);
} catch (error) {
  console.error(`export failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await writer.close();
}
