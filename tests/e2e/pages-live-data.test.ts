// Pages follow the store: a second server on the same build serves a scratch store; an entity ingested while it
// runs gets its page (even if its id was visited before), and an id merged in the catalog redirects permanently.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useStoreServer } from '../support/store-server';
import { cliAsync } from '../store/helpers';

const MERGED = 'zz-merged-starmer';
const server = useStoreServer({
  prepare(store) {
    const file = join(store.dataDir, 'catalog', 'entities.yaml');
    const entities = parse(readFileSync(file, 'utf8'));
    entities.find((e: { id: string }) => e.id === 'keir-starmer').formerIds = [MERGED];
    writeFileSync(file, stringify(entities, { lineWidth: 0 }));
  },
});

describe('entity pages over a changing store', { timeout: 180_000 }, () => {
  it('should render an entity ingested after the start, even if its id was visited before', async () => {
    expect((await fetch(`${server.baseURL}/entities/ingrid-tomasdottir`)).status).toBe(404);
    const file = join(server.store.dir, 'later.md');
    writeFileSync(file, '---\nid: added-later\ntitle: Added later\n---\nIcelandic Prime Minister Ingrid Tomasdottir said Iceland supports the European peacekeeping force.\n');
    // Not spawnSync: a blocking wait of seconds lets the server close the idle keep-alive socket the next fetch would reuse.
    const ingest = await cliAsync('ingest.ts', [file], server.store).done;
    expect(ingest.code, ingest.stderr).toBe(0);
    let status = 0;
    for (let i = 0; i < 120 && status !== 200; i++) {
      status = (await fetch(`${server.baseURL}/entities/ingrid-tomasdottir`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect(await (await fetch(`${server.baseURL}/entities/ingrid-tomasdottir`)).text()).toContain('Ingrid Tomasdottir');
  });

  it('should redirect a merged id permanently to the surviving entity', async () => {
    const response = await fetch(`${server.baseURL}/entities/${MERGED}`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location')!, server.baseURL).pathname).toBe('/entities/keir-starmer');
  });

  it('should answer a malformed percent-encoding with 404, not 500', async () => {
    for (const path of ['/entities/%ff', '/articles/%E0%A4%A']) expect((await fetch(`${server.baseURL}${path}`)).status, path).toBe(404);
  });
});
