// The reviewed source of truth in data/catalog: entities and curated claims, validated on load.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, type Entity, type RelationType } from './types';
import { DataError } from './errors';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lowercase kebab-case slug');

export const entitySchema = z.object({
  id: slug,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().optional(),
  sameAs: z.array(z.string().url()).optional(),
  formerIds: z.array(slug).optional(),
  date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)).optional(),
});

export const claimSchema = z.object({
  type: z.enum(RELATION_TYPES),
  source: slug,
  target: slug,
  role: z.string().optional(),
  qualifier: z.string().optional(),
  /** Other context that is not a condition ("phone call", "initially strongly opposed"). */
  context: z.string().optional(),
  evidence: z
    .array(
      z.object({
        article: slug,
        quote: z.string().min(1),
        /** Only needed when the quote occurs more than once in the article. */
        start: z.number().int().nonnegative().optional(),
      }),
    )
    .min(1, 'a claim needs evidence'),
});

/** A relation as people (or the extractor) state it: quotes located in their articles at build time. */
export type Claim = z.infer<typeof claimSchema>;
export type ClaimType = RelationType;

export interface Catalog {
  entities: Entity[];
  claims: Claim[];
}

/** Parse a YAML data file against its schema; a DataError names the file and what is wrong. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T, any>, empty: unknown): T {
  const result = schema.safeParse(parseYaml(readFileSync(file, 'utf8')) ?? empty);
  if (!result.success) throw new DataError(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

function readYamlList<T>(file: string, schema: z.ZodType<T>): T[] {
  return existsSync(file) ? readYamlFile(file, z.array(schema), []) : [];
}

/** Read `entities.yaml` and `claims.yaml` from a catalog directory. */
export function loadCatalog(dir: string): Catalog {
  return {
    entities: readYamlList(join(dir, 'entities.yaml'), entitySchema) as Entity[],
    claims: readYamlList(join(dir, 'claims.yaml'), claimSchema),
  };
}
