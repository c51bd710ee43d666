// The peer of bench:api on plain node:http: tsx scripts/yoga-peer.ts --port 3651
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { currentKnowledgeGraph } from '../graph';
import { createPeerYoga } from './yoga-schema';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3651' } } });
const kg = await currentKnowledgeGraph();
createServer(createPeerYoga('/api/graphql')).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`yoga peer on http://127.0.0.1:${values.port}/api/graphql (${kg.store.order} entities)`);
});
