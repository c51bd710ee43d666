'use client';
// A GraphiQL sidebar plugin listing the example queries: choosing one loads it into the editor and runs it.
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import type { ExampleQuery } from './examples';

const operationsOf = (query: string) => {
  const documentAST = parse(query);
  const operations = documentAST.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return { documentAST, operationName: operations[0]?.name?.value, operations };
};

function ExampleList({ examples }: { examples: ExampleQuery[] }) {
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  // GraphiQL's run() does nothing until its editors exist: the buttons wait for them.
  const ready = useGraphiQL((state) => Boolean(state.queryEditor && state.responseEditor));
  const tabs = useGraphiQL((state) => state.tabs);
  const activeTabIndex = useGraphiQL((state) => state.activeTabIndex);
  const { addTab, changeTab, run, stop, setOperationFacts } = useGraphiQLActions();
  // An example already open in a tab (by its operation name, or its text) is focused and run there; otherwise it
  // opens in a new tab, so choosing one never duplicates a tab nor overwrites the reader's own query.
  const choose = (example: ExampleQuery) => {
    const facts = operationsOf(example.query);
    const open = tabs.findIndex((t) => (facts.operationName && t.title === facts.operationName) || t.query?.trim() === example.query.trim());
    if (open >= 0) {
      if (open !== activeTabIndex) changeTab(open);
      const query = open === activeTabIndex ? queryEditor?.getValue() : tabs[open].query;
      try {
        setOperationFacts(operationsOf(query || example.query));
      } catch {
        return; // the reader edited it into something that does not parse: focus it, run nothing
      }
    } else {
      addTab();
      queryEditor?.setValue(example.query);
      variableEditor?.setValue(example.variables ?? '');
      // The editor works out the operation name after a debounce; name it now so run() sends the new operation.
      setOperationFacts(facts);
    }
    // run() on a request still in flight would only cancel it.
    stop();
    run();
  };
  return (
    <div className="examples-plugin">
      <h2>Example queries</h2>
      <p>Choose one to open it (or its tab, if it is open) and run it; edit it freely afterwards.</p>
      <ul>
        {examples.map((example) => (
          <li key={example.title}>
            <button type="button" disabled={!ready} onClick={() => choose(example)}>
              {example.title}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M5 4h10l4 4v12H5z" />
      <path d="M8 11h8M8 15h8M8 7h5" />
    </svg>
  );
}

export const examplesPlugin = (examples: ExampleQuery[]): GraphiQLPlugin => ({
  title: 'Examples',
  icon: ExamplesIcon,
  content: () => <ExampleList examples={examples} />,
});
