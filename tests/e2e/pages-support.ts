// Helpers the page tests share: GraphQL over HTTP, and JSON-LD / meta tags read out of server-rendered HTML.

export async function graphql<T>(baseURL: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${baseURL}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const jsonLd = (html: string): Array<Record<string, unknown>> =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));

export const meta = (html: string, key: string): string | undefined =>
  html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`))?.[1];

/** Every entity, page by page (the API caps and prices big pages). */
export async function allEntities<T>(baseURL: string, fields: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const { entities }: { entities: { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
      baseURL,
      `query ($after: String) { entities(first: 50, after: $after) { nodes { ${fields} } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    nodes.push(...entities.nodes);
    after = entities.pageInfo.hasNextPage ? entities.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}
