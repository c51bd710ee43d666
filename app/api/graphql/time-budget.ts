// A wall-clock budget per request: every resolver checks the deadline before it runs, so a request that has used
// up its budget stops doing work at the next field, and the response collapses to one TIMEOUT error.
// Each core call is itself bounded (LIMITS), so no single resolver can hold the event loop for long.
import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { QUERY_LIMITS } from './limits';

/** A request's deadline (performance.now() ms). It rides in the context: Apollo hands resolvers a shallow copy of the
 * context object, so a map keyed by the object would never find it. */
export interface TimeBudget {
  deadline: number;
  budgetMs: number;
}

export const startBudget = <C extends object>(context: C, budgetMs: number = QUERY_LIMITS.timeBudgetMs): C & { budget: TimeBudget } => ({
  ...context,
  budget: { deadline: performance.now() + budgetMs, budgetMs },
});

const timeout = (budgetMs: number) =>
  new GraphQLError(`Query exceeded its time budget of ${budgetMs} ms and was aborted.`, { extensions: { code: 'TIMEOUT', http: { status: 503 } } });

type AnyResolvers = Record<string, Record<string, unknown>>;

/** The same resolver map, each function first checking its request's deadline. */
export function withTimeBudget<R extends object>(resolvers: R): R {
  const wrapped: AnyResolvers = {};
  for (const [type, fields] of Object.entries(resolvers as AnyResolvers)) {
    wrapped[type] = {};
    for (const [name, resolve] of Object.entries(fields)) {
      if (typeof resolve !== 'function') {
        wrapped[type][name] = resolve;
        continue;
      }
      wrapped[type][name] = (parent: unknown, args: unknown, context: { budget?: TimeBudget }, info: unknown) => {
        const { budget } = context;
        if (budget && performance.now() > budget.deadline) throw timeout(budget.budgetMs);
        return resolve(parent, args, context, info);
      };
    }
  }
  return wrapped as R;
}

/** After a timeout, answer with that one error instead of one per abandoned field. */
export const timeBudgetPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const timedOut = errors?.find((e) => e.extensions?.code === 'TIMEOUT');
        if (!timedOut || response.body.kind !== 'single') return;
        response.body.singleResult = { data: null, errors: [{ message: timedOut.message, extensions: { code: 'TIMEOUT' } }] };
        response.http.status = 503;
      },
    };
  },
};
