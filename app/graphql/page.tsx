// GET /graphql: the query console. The schema's SDL is handed to the browser so the console never needs
// introspection, which the API turns off in production.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metadata } from 'next';
import { QueryConsole } from './query-console';
import { EXAMPLES } from './examples';

export const metadata: Metadata = {
  title: 'Query console',
  description: 'Query the peacekeeping debate graph with GraphQL: entities, relations with their evidence, paths between actors.',
  alternates: { canonical: '/graphql' },
};

export default function GraphQLConsolePage() {
  const sdl = readFileSync(join(process.cwd(), 'schema.graphql'), 'utf8');
  return (
    <main className="console-page">
      <h1 className="visually-hidden">GraphQL query console</h1>
      <QueryConsole sdl={sdl} endpoint="/api/graphql" examples={EXAMPLES} />
    </main>
  );
}
