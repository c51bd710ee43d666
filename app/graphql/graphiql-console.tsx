'use client';
// GraphiQL bundled from npm (no CDN): Monaco's workers come from the bundle, the schema from the SDL the page passed in.
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import { useMemo } from 'react';
import { buildSchema } from 'graphql';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { examplesPlugin } from './examples-plugin';
import { ResultView } from './result-view';
import type { ExampleQuery } from './examples';

export interface ConsoleProps {
  sdl: string;
  endpoint: string;
  examples: ExampleQuery[];
}

/** POSTs the operation as JSON (which Apollo's CSRF prevention accepts) and returns the response body, errors included. */
const jsonFetcher = (endpoint: string) => async (params: { query: string; variables?: unknown; operationName?: string | null }) => {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

export default function GraphiQLConsole({ sdl, endpoint, examples }: ConsoleProps) {
  const schema = useMemo(() => buildSchema(sdl), [sdl]);
  const fetcher = useMemo(() => jsonFetcher(endpoint), [endpoint]);
  const plugins = useMemo(() => [examplesPlugin(examples), HISTORY_PLUGIN], [examples]);
  return (
    <div className="graphiql-host">
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        plugins={plugins}
        // On a phone the open panel would leave no room for the editor.
        visiblePlugin={window.matchMedia('(min-width: 800px)').matches ? plugins[0] : undefined}
        defaultTabs={examples.map(({ query, variables }) => ({ query, variables }))}
        defaultEditorToolsVisibility={false}
        isHeadersEditorEnabled={false}
      >
        <GraphiQL.Logo>Peacekeeping graph</GraphiQL.Logo>
        <GraphiQL.Footer>
          <ResultView />
        </GraphiQL.Footer>
      </GraphiQL>
    </div>
  );
}
