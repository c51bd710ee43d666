'use client';
// The article form: fields, text, optional file (its front matter prefills the fields). One mutation; a refusal
// says what was wrong and nothing is stored.
import { useState } from 'react';
import { mutate } from '../review/gql';

const INGEST = `mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article outcome relations reviewUrl } }`;
const FIELDS = ['title', 'outlet', 'url', 'publishedAt'] as const;
type Field = (typeof FIELDS)[number];

/** The simple `key: value` lines of a front matter block; the server parses it properly. */
function frontMatter(text: string): Partial<Record<Field, string>> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return {};
  const found: Partial<Record<Field, string>> = {};
  for (const line of match[1].split(/\r?\n/)) {
    const [, key, value] = /^(\w+):\s*(.*)$/.exec(line) ?? [];
    if ((FIELDS as readonly string[]).includes(key)) found[key as Field] = value.replace(/^(['"])(.*)\1$/, '$2');
  }
  return found;
}

export function IngestForm({ csrf }: { csrf: string }) {
  const [values, setValues] = useState<Record<Field, string>>({ title: '', outlet: '', url: '', publishedAt: '' });
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const takeText = (content: string) => {
    setText(content);
    const meta = frontMatter(content);
    setValues((v) => ({ ...v, ...Object.fromEntries(Object.entries(meta).filter(([k]) => !v[k as Field])) }));
  };

  return (
    <form
      className="form-grid"
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        setError(null);
        const input = { ...Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null])), text };
        const { data, error } = await mutate<{ ingestArticle: { reviewUrl: string } }>(INGEST, { input }, csrf);
        if (error) {
          setBusy(false);
          setError(error.message);
          return;
        }
        window.location.assign(data!.ingestArticle.reviewUrl);
      }}
    >
      {error && (
        <p className="form-error" role="alert">
          Not added: {error}
        </p>
      )}
      <label>
        File (.md or .txt)
        <input
          type="file"
          accept=".md,.txt,text/markdown,text/plain"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file) takeText(await file.text());
          }}
        />
      </label>
      <label>
        Title <input name="title" value={values.title} onChange={(e) => setValues({ ...values, title: e.target.value })} placeholder="From the front matter or the first line when empty" />
      </label>
      <label>
        Outlet <input name="outlet" value={values.outlet} onChange={(e) => setValues({ ...values, outlet: e.target.value })} />
      </label>
      <label>
        URL <input name="url" type="url" value={values.url} onChange={(e) => setValues({ ...values, url: e.target.value })} placeholder="https://…" />
      </label>
      <label>
        Published <input name="publishedAt" value={values.publishedAt} onChange={(e) => setValues({ ...values, publishedAt: e.target.value })} placeholder="2025-02-14, 2025-02 or 2025" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
      </label>
      <label>
        Text <textarea name="text" value={text} onChange={(e) => takeText(e.target.value)} required />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? 'Extracting…' : 'Add and review'}
      </button>
    </form>
  );
}
