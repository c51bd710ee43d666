import { buildFromDataDir } from './graph/data-dir';
const g = buildFromDataDir('/work/wt/time/data');
g.forEachEdge((k, a) => { for (const e of a.evidence) console.log(k.padEnd(60), e.statedAt ? `${e.statedAt.date} ${e.statedAt.precision} ${e.statedAt.source}` : '-', '|', e.quote.slice(0, 110)); });
