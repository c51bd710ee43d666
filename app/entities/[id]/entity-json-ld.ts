// schema.org description of an entity: the type that fits, its other names, and sameAs where Wikipedia knows it.
import type { EntityView } from '@/graph';
import type { EntityType } from '@/graph/types';

const SCHEMA_TYPES: Record<EntityType, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  INSTITUTION: 'Organization',
  EVENT: 'Event',
  // A proposal is a plan put forward in the debate: a creative work by its proposers.
  PROPOSAL: 'CreativeWork',
};

export function entityJsonLd(entity: EntityView, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[entity.type],
    '@id': url,
    url,
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.sameAs?.length ? { sameAs: entity.sameAs } : {}),
    ...(entity.type === 'EVENT' && entity.date ? { startDate: entity.date } : {}),
  };
}
