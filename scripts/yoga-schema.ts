// The benchmark's GraphQL peer: graphql-yoga on the same schema.graphql, resolvers and knowledge graph (GRAPH_FILE)
// as the Apollo route, served on plain node:http (scripts/yoga-peer.ts) and, in a bench build, from a route handler
// of the same Next app (app/api/bench-yoga), so bench:api can tell the GraphQL server's cost from the host's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createYoga, createSchema } from 'graphql-yoga';
import { currentKnowledgeGraph } from '../graph';
import { resolvers } from '../app/api/graphql/resolvers';

export const createPeerYoga = (graphqlEndpoint: string) =>
  createYoga({
    schema: createSchema({ typeDefs: readFileSync(join(process.cwd(), 'schema.graphql'), 'utf8'), resolvers: resolvers as never }),
    context: async () => ({ kg: await currentKnowledgeGraph() }),
    graphqlEndpoint,
    graphiql: false,
    logging: false,
    maskedErrors: true,
  });
