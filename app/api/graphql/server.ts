// The Apollo server: schema-first from schema.graphql, the core's resolvers, the limits, masked errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { loadKnowledgeGraph } from '@/graph';
import { resolvers } from './resolvers';
import { armor } from './limits';
import { formatError } from './errors';
import type { Context } from './context';

export const typeDefs = readFileSync(join(process.cwd(), 'schema.graphql'), 'utf8');

const introspection = process.env.NODE_ENV !== 'production' || process.env.GRAPHQL_INTROSPECTION === 'true';

export const server = new ApolloServer<Context>({
  typeDefs,
  resolvers,
  introspection,
  csrfPrevention: true,
  includeStacktraceInErrorResponses: false,
  allowBatchedHttpRequests: false,
  plugins: [...armor.plugins],
  validationRules: [...armor.validationRules],
  formatError,
});

export const context = async (): Promise<Context> => ({ kg: loadKnowledgeGraph() });
