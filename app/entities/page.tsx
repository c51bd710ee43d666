// Every entity, grouped by type with counts; a filter box narrows the list by name or alias.
import type { Metadata } from 'next';
import { listEntities, currentKnowledgeGraph } from '@/graph';
import { EntityDirectory } from './entity-directory';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Entities',
  description: 'Every person, country, institution, proposal and event in the European peacekeeping debate over Ukraine.',
  alternates: { canonical: '/entities' },
};

export default async function EntitiesPage() {
  const entities = listEntities(await currentKnowledgeGraph()).slice().map(({ id, name, type, aliases, degree }) => ({ id, name, type, aliases, degree }));
  return (
    <main>
      <h1>Entities</h1>
      <p>
        {entities.length} people, countries, institutions, proposals and events named in the articles. Each page shows the
        sourced relations and where the articles mention it; the number after a name counts its relations.
      </p>
      <EntityDirectory entities={entities} />
    </main>
  );
}
