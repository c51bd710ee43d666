// Extracted knowledge on disk: data/extracted/<article-id>.yaml holds the entities and claims the pipeline found in
// one ingested article, in the catalog's shapes; merged under the curated catalog, which always wins.
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { entitySchema, claimSchema, readYamlFile, type Catalog, type Claim } from '../catalog';
import { foldName } from '../slug';
import type { Entity } from '../types';

export const extractedFileSchema = z.object({
  entities: z.array(entitySchema).default([]),
  claims: z.array(claimSchema).default([]),
});
export type ExtractedFile = z.infer<typeof extractedFileSchema>;

export function loadExtracted(dir: string): ExtractedFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => readYamlFile(join(dir, f), extractedFileSchema, {}));
}

export const formatExtracted = (file: ExtractedFile): string =>
  `# Extracted automatically by npm run ingest (graph/extract); the curated catalog overrides it.\n${stringifyYaml(file, { lineWidth: 0 })}`;

/** Curated entities first; an extracted entity with a curated id only adds aliases no other entity uses. */
export function mergeExtracted(curated: Catalog, extracted: readonly ExtractedFile[]): Catalog {
  const entities = new Map<string, Entity>(curated.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  const owner = new Map<string, string>();
  for (const e of entities.values()) for (const a of [e.name, ...e.aliases]) owner.set(foldName(a), e.id);
  const extractedClaims: Claim[] = [];
  for (const file of extracted) {
    for (const e of file.entities as Entity[]) {
      let target = entities.get(e.id);
      if (!target) {
        if (owner.has(foldName(e.name))) continue;
        target = { ...e, aliases: [] };
        entities.set(e.id, target);
        owner.set(foldName(e.name), e.id);
      }
      for (const alias of e.aliases) {
        const key = foldName(alias);
        if (!key || owner.has(key)) continue;
        owner.set(key, target.id);
        target.aliases.push(alias);
      }
    }
    extractedClaims.push(...file.claims);
  }
  // Curated claims are the build's to check; an extracted claim whose entity was dropped above is dropped with it.
  const ids = new Set([...entities.values()].flatMap((e) => [e.id, ...(e.formerIds ?? [])]));
  return { entities: [...entities.values()], claims: [...curated.claims, ...extractedClaims.filter((c) => ids.has(c.source) && ids.has(c.target))] };
}
