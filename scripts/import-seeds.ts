// One-off provenance record: turns ../shared/seeds/*.txt into data/articles/<id>.md.
// Titles of seeds that have none are written from their first sentence; unknown outlets,
// urls and exact dates are left out rather than guessed (see ../shared/seeds/README.md).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatArticle } from '../graph/corpus';
import type { Article } from '../graph/types';

const SEEDS = join(import.meta.dirname, '../../shared/seeds');
const OUT = join(import.meta.dirname, '../data/articles');

const seeds: Array<Omit<Article, 'text'>> = [
  { id: 'europe-quietly-develops-peacekeeping-plan', title: 'European countries quietly develop a plan to send peacekeeping troops to Ukraine', outlet: 'The Kyiv Independent', publishedAt: '2025-02-14', source: '000_6328cb4adac8a901.txt' },
  { id: 'european-countries-drafting-troop-plan', title: 'Group of European countries quietly drafting plan to deploy troops to Ukraine', outlet: 'Espreso TV', publishedAt: '2025-02', source: '001_e0cffa5993ca68cf.txt' },
  { id: 'european-peacekeeping-forces-motivations-challenges', title: 'European peacekeeping forces in Ukraine: motivations and challenges', publishedAt: '2025-02', source: '002_63888e4749970b7b.txt' },
  { id: 'uk-france-lead-deployment-talks', title: 'UK and France lead European talks on a military deployment to Ukraine', publishedAt: '2025-02', source: '003_be64a6195f283d29.txt' },
  { id: 'europe-comes-to-the-table', title: 'Europe Comes to the Table with a Peacekeeping Plan', publishedAt: '2025-02', source: '004_5c792188fbca9610.txt' },
];

/** Image-only lines carry no text for readers or extraction. */
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)\s*$/;

for (const meta of seeds) {
  const raw = readFileSync(join(SEEDS, meta.source!), 'utf8');
  const text = raw.split('\n').filter((line) => !IMAGE_ONLY.test(line)).join('\n');
  writeFileSync(join(OUT, `${meta.id}.md`), formatArticle({ ...meta, text }));
  console.log(`data/articles/${meta.id}.md`);
}
