'use client';
// The entity's forms: name and type, its other names, merge into another entity (found by search), and split back
// out what was merged into it. Each form saves one mutation with the version shown; a conflict shows the state
// someone else saved, which becomes the form's state so the reviewer can decide again.
import { useEffect, useState } from 'react';
import { mutate } from '../../gql';

export interface EntityView {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  version: number;
}

export interface MergedIn {
  id: string;
  name: string;
  at: string;
  actor: string;
}

const FIELDS = 'id type name aliases version';
const UPDATE = `mutation ($id: ID!, $version: Int!, $name: String, $type: EntityType, $addAlias: String, $removeAlias: String) {
  updateEntity(id: $id, version: $version, name: $name, type: $type, addAlias: $addAlias, removeAlias: $removeAlias) { ${FIELDS} } }`;
const MERGE = `mutation ($from: ID!, $into: ID!, $fromVersion: Int) { mergeEntities(from: $from, into: $into, fromVersion: $fromVersion) { ${FIELDS} } }`;
const SPLIT = `mutation ($merged: ID!) { splitEntity(merged: $merged) { ${FIELDS} } }`;
const SEARCH = `query ($query: String!) { search(query: $query, first: 8) { id name type } }`;

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function EntityEditor({ initial, csrf, types, mergedIn }: { initial: EntityView; csrf: string; types: string[]; mergedIn: MergedIn[] }) {
  const [entity, setEntity] = useState(initial);
  const [message, setMessage] = useState<Message>(null);
  // Busy until the script runs: a form sent or a search typed before then would go nowhere.
  const [busy, setBusy] = useState(true);
  useEffect(() => setBusy(false), []);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Array<{ id: string; name: string; type: string }>>([]);
  const [target, setTarget] = useState<{ id: string; name: string } | null>(null);
  const [splittable, setSplittable] = useState(mergedIn);

  async function save(variables: Record<string, unknown>, done: string) {
    setBusy(true);
    const { data, error } = await mutate<{ updateEntity: EntityView }>(UPDATE, { id: entity.id, version: entity.version, ...variables }, csrf);
    setBusy(false);
    if (error) return refused(error);
    setEntity(data!.updateEntity);
    setMessage({ kind: 'ok', text: done });
  }

  function refused(error: { message: string; extensions?: { code?: string; current?: unknown } }) {
    const current = error.extensions?.code === 'CONFLICT' ? (error.extensions.current as EntityView | null) : null;
    if (current?.version) {
      setEntity(current);
      setMessage({ kind: 'error', text: `${error.message} Now: “${current.name}” (${current.type.toLowerCase()}), version ${current.version}; the form shows it.` });
    } else setMessage({ kind: 'error', text: error.message });
  }

  // Suggestions as the reviewer types (a small debounce; the search API is public).
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return setFound([]);
    const timer = setTimeout(async () => {
      const response = await fetch('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SEARCH, variables: { query: q } }) });
      const body = (await response.json().catch(() => ({}))) as { data?: { search: Array<{ id: string; name: string; type: string }> } };
      setFound((body.data?.search ?? []).filter((e) => e.id !== entity.id));
    }, 200);
    return () => clearTimeout(timer);
  }, [query, entity.id]);

  return (
    <div className="entity-editor">
      {message && (
        <p role="status" className={`review-message ${message.kind}`}>
          {message.kind === 'error' ? 'Not saved: ' : ''}
          {message.text}
        </p>
      )}
      <p className="claim-meta">
        <code>{entity.id}</code> · version {entity.version}
      </p>

      <form
        className="claim-form editor-section"
        aria-labelledby="name-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const [name, type] = [String(form.get('name')).trim(), String(form.get('type'))];
          void save({ ...(name !== entity.name ? { name } : {}), ...(type !== entity.type ? { type } : {}) }, 'Saved.');
        }}
        key={`name-${entity.version}`}
      >
        <h2 id="name-heading">Name and type</h2>
        <label className="grow">
          Name <input name="name" defaultValue={entity.name} required maxLength={200} />
        </label>
        <label>
          Type{' '}
          <select name="type" defaultValue={entity.type}>
            {types.map((t) => (
              <option key={t} value={t}>
                {t.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={busy}>
          Save name and type
        </button>
        <p className="form-hint">A renamed entity keeps its old name as another name, so articles that use it still find it.</p>
      </form>

      <section className="editor-section" aria-labelledby="aliases-heading">
        <h2 id="aliases-heading">Other names</h2>
        {entity.aliases.length ? (
          <ul className="alias-list">
            {entity.aliases.map((alias) => (
              <li key={alias}>
                <span>{alias}</span>
                <button type="button" disabled={busy} onClick={() => void save({ removeAlias: alias }, `Removed “${alias}”.`)} aria-label={`Remove the name ${alias}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p>None.</p>
        )}
        <form
          className="claim-form"
          key={`alias-${entity.version}`}
          onSubmit={(event) => {
            event.preventDefault();
            const alias = String(new FormData(event.currentTarget).get('alias')).trim();
            void save({ addAlias: alias }, `Added “${alias}”.`);
          }}
        >
          <label className="grow">
            Add a name <input name="alias" required maxLength={200} />
          </label>
          <button type="submit" disabled={busy}>
            Add name
          </button>
        </form>
      </section>

      <section className="editor-section" aria-labelledby="merge-heading">
        <h2 id="merge-heading">Merge into another entity</h2>
        <p className="form-hint">
          Everything of <strong>{entity.name}</strong> (names, relations, quotes, mentions) moves to the entity you pick; its address keeps working and points there. A wrong merge can be split again.
        </p>
        <label className="search-label">
          Find the entity to keep{' '}
          <input type="search" value={query} disabled={busy} onChange={(event) => setQuery(event.target.value)} placeholder="Name or alias" aria-controls="merge-candidates" />
        </label>
        {found.length > 0 && (
          <ul id="merge-candidates" className="candidate-list" aria-label="Matching entities">
            {found.map((e) => (
              <li key={e.id}>
                <label className="inline">
                  <input type="radio" name="into" value={e.id} checked={target?.id === e.id} onChange={() => setTarget(e)} />
                  {e.name} <span className="muted">({e.type.toLowerCase()}, {e.id})</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          disabled={busy || !target}
          onClick={async () => {
            if (!target) return;
            setBusy(true);
            const { data, error } = await mutate<{ mergeEntities: EntityView }>(MERGE, { from: entity.id, into: target.id, fromVersion: entity.version }, csrf);
            setBusy(false);
            if (error) return refused(error);
            window.location.assign(`/review/entities/${encodeURIComponent(data!.mergeEntities.id)}?merged=${encodeURIComponent(entity.id)}`);
          }}
        >
          {target ? `Merge ${entity.name} into ${target.name}` : 'Pick an entity to merge into'}
        </button>
      </section>

      {splittable.length > 0 && (
        <section className="editor-section" aria-labelledby="split-heading">
          <h2 id="split-heading">Merged into this entity</h2>
          <ul className="alias-list">
            {splittable.map((m) => (
              <li key={m.id}>
                <span>
                  {m.name} <span className="muted">({m.id}, merged by {m.actor} on {m.at.slice(0, 10)})</span>
                </span>
                <button
                  type="button"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    const { data, error } = await mutate<{ splitEntity: EntityView }>(SPLIT, { merged: m.id }, csrf);
                    setBusy(false);
                    if (error) return setMessage({ kind: 'error', text: error.message });
                    setSplittable((all) => all.filter((x) => x.id !== m.id));
                    const now = await mutate<{ entityRecord: EntityView }>(`query ($id: ID!) { entityRecord(id: $id) { ${FIELDS} } }`, { id: entity.id }, csrf);
                    if (now.data?.entityRecord) setEntity(now.data.entityRecord);
                    setMessage({ kind: 'ok', text: `Split: ${data!.splitEntity.name} is an entity of its own again.` });
                  }}
                >
                  Split {m.name} back out
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
