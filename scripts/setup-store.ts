// npm run db:setup [-- --data DIR]: create or migrate the store and import the curated seed when it changed
// (also done by every server start; `npm run build` runs it so a fresh clone starts with a ready database).
import { parseArgs } from 'node:util';
import { DEFAULT_DATA_DIR } from '../graph/data-dir';
import { openStoreOrExit } from './open-store';

const { values } = parseArgs({ options: { data: { type: 'string', default: DEFAULT_DATA_DIR } } });
const writer = await openStoreOrExit(values.data, 'store setup');
console.log(writer.local ? `store ready (${writer.mode} database${writer.mode === 'embedded' ? ` in ${values.data}/db` : ''})` : 'store ready (owned by a running server)');
await writer.close();
