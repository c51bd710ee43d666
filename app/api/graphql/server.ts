// The Apollo server: schema-first from schema.graphql, the core's resolvers, the limits, masked errors.
// Parsed and validated documents are cached by Apollo's default documentStore (an LRU keyed by the query's hash),
// so a repeated query is neither parsed nor validated again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { currentKnowledgeGraph } from '@/graph';
import { resolvers } from './resolvers';
import { armor, parseOptions } from './limits';
import { listCostPlugin } from './list-cost';
import { startBudget, timeBudgetPlugin, withTimeBudget } from './time-budget';
import { formatError } from './errors';
import type { Context } from './context';
import type { NextRequest } from 'next/server';
import { timingSafeEqual } from 'node:crypto';
import { requestReviewer } from '@/app/auth/session';

export const typeDefs = readFileSync(join(process.cwd(), 'schema.graphql'), 'utf8');

const production = process.env.NODE_ENV === 'production';
const introspection = !production || process.env.GRAPHQL_INTROSPECTION === 'true';

/** The options every server of this schema shares (the benchmark's in-process servers use them too). */
export const createServer = () =>
  new ApolloServer<Context>({
    typeDefs,
    resolvers: withTimeBudget(resolvers),
    introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" hints that map the schema for a stranger, unless introspection is on anyway.
    hideSchemaDetailsFromClientErrors: !introspection,
    // One operation per request: a batch would multiply every other limit.
    allowBatchedHttpRequests: false,
    // The schema sets no cache hints, so the default cache-control plugin never adds a header; it only wrapped every field.
    plugins: [...armor.plugins, listCostPlugin, timeBudgetPlugin, ApolloServerPluginCacheControlDisabled()],
    validationRules: [...armor.validationRules],
    parseOptions,
    formatError,
  });

export const server = createServer();

/** The graph for one request; when it cannot be had, a typed 503 and nothing internal (the detail goes to the log). */
export const context = async (): Promise<Context> => {
  try {
    return startBudget({ kg: await currentKnowledgeGraph() });
  } catch (error) {
    console.error('graph unavailable:', error);
    throw new GraphQLError('The graph is not available right now; try again shortly', { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
  }
};

/** A POST's context: the graph, and who is asking (for mutations). */
export const contextFor = async (request: NextRequest): Promise<Context> => {
  const base = await context();
  const reviewer = await requestReviewer(request).catch(() => null);
  const sent = Buffer.from(request.headers.get('x-csrf-token') ?? '');
  const expected = Buffer.from(reviewer?.csrf ?? '');
  return { ...base, reviewer, csrfOk: expected.length > 0 && sent.length === expected.length && timingSafeEqual(sent, expected) };
};
