// The review pages' one way to write: a GraphQL mutation with the session's CSRF token (the cookie goes by itself).
export interface GqlError {
  message: string;
  extensions?: { code?: string; current?: unknown };
}

export async function mutate<T>(query: string, variables: Record<string, unknown>, csrf: string): Promise<{ data?: T; error?: GqlError }> {
  try {
    const response = await fetch('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GqlError[] };
    return body.errors?.length ? { error: body.errors[0] } : { data: body.data };
  } catch {
    return { error: { message: 'The server could not be reached; nothing was saved.' } };
  }
}

export const RECORD_FIELDS = `id type source { id name } target { id name } qualifier context status reason confidence version
  evidence { article articleTitle quote start end before after statedAt { date precision source } }`;
