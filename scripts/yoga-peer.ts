// The peer of bench:api: a graphql-yoga server on plain node:http with the same schema.graphql, the same
// resolvers and the same knowledge graph (GRAPH_FILE) as the Apollo route, so the ratio isolates the server stack.
// tsx scripts/yoga-peer.ts --port 3651
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createYoga, createSchema } from 'graphql-yoga';
import { loadKnowledgeGraph } from '../graph';
import { resolvers } from '../app/api/graphql/resolvers';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3651' } } });
const kg = loadKnowledgeGraph();
const yoga = createYoga({
  schema: createSchema({ typeDefs: readFileSync('schema.graphql', 'utf8'), resolvers: resolvers as never }),
  context: () => ({ kg: loadKnowledgeGraph() }),
  graphqlEndpoint: '/api/graphql',
  graphiql: false,
  logging: false,
  maskedErrors: true,
});
createServer(yoga).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`yoga peer on http://127.0.0.1:${values.port}/api/graphql (${kg.store.order} entities)`);
});
