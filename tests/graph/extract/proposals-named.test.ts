import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// A plan named by what it would do ("a plan to rearm Europe") is a proposal of its own, unless what it would do is
// one the extractor already knows ("a plan to send troops" is the European force).
describe('a plan named by its purpose', () => {
  it('should name a new proposal and give it to whoever presents it', () => {
    const r = extractText('Nora Lind said on Sunday that she would present a plan to rearm Europe to EU leaders within days.');
    expect(r.triples).toContain('PROPOSED:nora-lind:plan-to-rearm-europe');
  });

  it('should leave a plan to send troops to the known concept', () => {
    const r = extractText('Ivo Marek presented a plan to send troops to Ukraine.');
    expect(r.entities.map((e) => e.id)).not.toContain('plan-to-send-troops');
  });
});

describe('a meeting sought between two sides', () => {
  it('should be a proposal named by its sides, supported by whoever offers or brokers it', () => {
    const r = extractText('Recep Tayyip Erdogan said Turkey is ready to host a meeting between Vladimir Putin and Volodymyr Zelenskyy in Istanbul.');
    const meeting = r.entities.find((e) => e.type === 'PROPOSAL');
    expect(meeting?.name).toBe('Meeting between Putin and Zelenskyy');
    expect(r.triples).toEqual(expect.arrayContaining([`SUPPORTS:turkey:${meeting!.id}`, `SUPPORTS:recep-tayyip-erdogan:${meeting!.id}`]));
    // The two sides stay people of their own.
    expect(r.ids).toEqual(expect.arrayContaining(['vladimir-putin', 'volodymyr-zelenskyy']));
  });

  it('should not make a meeting that took place a proposal', () => {
    const r = extractText('The meeting between Vladimir Putin and Volodymyr Zelenskyy took place in Istanbul.');
    expect(r.entities.filter((e) => e.type === 'PROPOSAL')).toEqual([]);
  });
});
