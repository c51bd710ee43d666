// Communities for synthetic graphs. Real coverage clusters: a national debate, a summit, a coalition's proposals;
// most relations stay inside such a cluster and the rest go to the few leaders and countries everyone cites.
// A generator that links entities uniformly at random gives every relation a random length once laid out, which
// is nothing like a ForceAtlas2 picture of the real graph (short edges inside communities) and makes renderers
// (especially a CPU rasteriser like SwiftShader) draw ~50× more edge pixels than they would for real data.
import type { Rng } from './synthetic-text';

/** Entities per community on average: 10,000 entities make 250 clusters, a few large and many small. */
export const MEMBERS_PER_COMMUNITY = 40;
/** Share of relation ends drawn from the other end's community (the rest by degree or uniformly, graph-wide). */
export const LOCAL_SHARE = 0.85;
/** Community sizes follow a power law: community k gets weight 1 / (k + 1)^ZIPF. */
const ZIPF = 0.8;

/** A community index for every entity, drawn with Zipf weights so sizes are power-law distributed. */
export function assignCommunities(ids: readonly string[], rng: Rng): Map<string, number> {
  const count = Math.max(1, Math.round(ids.length / MEMBERS_PER_COMMUNITY));
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < count; k++) cumulative.push((total += 1 / (k + 1) ** ZIPF));
  const community = new Map<string, number>();
  for (const id of ids) {
    const r = rng() * total;
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    community.set(id, lo);
  }
  return community;
}
