'use client';
// The entity list with its filter box: rendered in full on the server (every link crawlable), narrowed as the reader types.
import { useDeferredValue, useState } from 'react';
import Link from 'next/link';
import { ENTITY_TYPES, type EntityType } from '@/graph/types';
import { ENTITY_COLORS, ENTITY_LABELS } from '@/graph/palette';
import { foldName } from '@/graph/slug';

export interface DirectoryEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  degree: number;
}

const PLURALS: Record<EntityType, string> = {
  PERSON: 'People',
  COUNTRY: 'Countries',
  INSTITUTION: 'Institutions',
  PROPOSAL: 'Proposals',
  EVENT: 'Events',
};

export function EntityDirectory({ entities }: { entities: DirectoryEntry[] }) {
  const [query, setQuery] = useState('');
  const needle = foldName(useDeferredValue(query)).trim();
  const shown = needle ? entities.filter((e) => [e.name, ...e.aliases].some((n) => foldName(n).includes(needle))) : entities;
  return (
    <>
      <div className="filter-box">
        <label htmlFor="entity-filter">Filter by name</label>
        <input id="entity-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="e.g. Macron, NATO, force" autoComplete="off" />
        <p className="count" role="status">
          {needle ? `${shown.length} of ${entities.length} match` : `${entities.length} entities`}
        </p>
      </div>
      <nav aria-label="Entity types" className="type-jump">
        {ENTITY_TYPES.map((type) => (
          <a key={type} href={`#type-${type}`}>
            {PLURALS[type]} ({shown.filter((e) => e.type === type).length})
          </a>
        ))}
      </nav>
      {ENTITY_TYPES.map((type) => {
        const group = shown.filter((e) => e.type === type);
        if (group.length === 0) return null;
        return (
          <section key={type} id={`type-${type}`} aria-labelledby={`h-${type}`} className="entity-group">
            <h2 id={`h-${type}`}>
              <span className="type-dot" style={{ background: ENTITY_COLORS[type] }} aria-hidden="true" />
              {PLURALS[type]} <span className="count">({group.length})</span>
            </h2>
            <ul className="entity-grid">
              {group.map((e) => (
                <li key={e.id}>
                  <Link href={`/entities/${encodeURIComponent(e.id)}`}>{e.name}</Link>{' '}
                  <span className="count" title={`${e.degree} relations`}>
                    {e.degree}
                    <span className="visually-hidden"> relations · {ENTITY_LABELS[type]}</span>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
