'use client';
// Under GraphiQL's response: switch the active tab's result between JSON and a table, and download it as CSV.
import { useMemo, useState } from 'react';
import { useGraphiQL } from '@graphiql/react';
import { isUrlColumn, linkable, resultTable, toCsv, type ResultTable, type Scalar } from './result-table';

function parse(response: string | null | undefined): unknown {
  if (!response) return null;
  try {
    return JSON.parse(response);
  } catch {
    return null;
  }
}

function download(table: ResultTable, name: string) {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `${name}.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Cell({ column, values }: { column: string; values: Scalar[] }) {
  if (values.length === 0) return <td className="empty">—</td>;
  return (
    <td>
      {values.map((v, i) => (
        <div key={i}>{isUrlColumn(column) && linkable(v) ? <a href={v}>{v}</a> : String(v)}</div>
      ))}
    </td>
  );
}

export function ResultView() {
  const response = useGraphiQL((s) => s.tabs[s.activeTabIndex]?.response);
  const operationName = useGraphiQL((s) => s.operationName);
  const [asTable, setAsTable] = useState(false);
  const table = useMemo(() => resultTable(parse(response)), [response]);
  return (
    <div className={`result-view${asTable ? ' result-view-table' : ''}`}>
      <div className="result-view-bar" role="group" aria-label="Show the result as">
        <button type="button" aria-pressed={!asTable} onClick={() => setAsTable(false)}>
          JSON
        </button>
        <button type="button" aria-pressed={asTable} onClick={() => setAsTable(true)}>
          Table
        </button>
        <button type="button" disabled={!table} onClick={() => table && download(table, operationName || 'result')}>
          Download CSV
        </button>
        {table && (
          <span className="result-view-count">
            {table.rows.length} {table.rows.length === 1 ? 'row' : 'rows'}
            {table.rowsFrom && ` from ${table.rowsFrom}`}
          </span>
        )}
      </div>
      {asTable &&
        (table ? (
          <div className="result-table-scroll">
            <table className="result-table" data-testid="result-table">
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((values, c) => (
                      <Cell key={table.columns[c]} column={table.columns[c]} values={values} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="result-table-empty">Run a query: its data will show here as a table.</p>
        ))}
    </div>
  );
}
