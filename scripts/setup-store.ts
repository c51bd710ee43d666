// npm run db:setup [-- --data DIR]: create or migrate the store and import the curated seed when it changed
// (also done by every server start; `npm run build` runs it so a fresh clone starts with a ready database).
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { openWriter } from '../graph/store/writer';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
try {
  const writer = await openWriter({ dataDir: values.data });
  console.log(writer.local ? `store ready (${writer.mode} database${writer.mode === 'embedded' ? ` in ${values.data}/db` : ''})` : 'store ready (owned by a running server)');
  await writer.close();
} catch (error) {
  console.error(`store setup failed: ${(error as Error).message}`);
  process.exit(1);
}
