// POST a GraphQL operation to the running server over real HTTP.
import { inject } from 'vitest';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** `baseURL` defaults to the global setup's server; tests with a second server pass theirs. */
export async function gql<T = any>(query: string, variables?: Record<string, unknown>, baseURL = inject('baseURL')): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...(await response.json()) };
}
