// Every limit on what a GraphQL request may ask, in one place: refused at validation, before execution.
import { ApolloArmor } from '@escape.tech/graphql-armor';

export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
  maxCost: 5000,
} as const;

const production = process.env.NODE_ENV === 'production';

export const armor = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.maxDepth },
  maxAliases: { n: QUERY_LIMITS.maxAliases },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives },
  maxTokens: { n: QUERY_LIMITS.maxTokens },
  costLimit: { maxCost: QUERY_LIMITS.maxCost },
  blockFieldSuggestion: { enabled: production },
}).protect();
