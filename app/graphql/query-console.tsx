'use client';
// GraphiQL (Monaco editors, web workers) exists only in the browser: load it there, with a placeholder meanwhile.
import dynamic from 'next/dynamic';
import type { ConsoleProps } from './graphiql-console';

const GraphiQLConsole = dynamic(() => import('./graphiql-console'), {
  ssr: false,
  loading: () => <p className="console-loading">Loading the query console…</p>,
});

export function QueryConsole(props: ConsoleProps) {
  return <GraphiQLConsole {...props} />;
}
