import { describe, it, expect } from 'vitest';
import { extractText, pairs } from './helpers';

// Round 16: who proposed a thing, in wordings found missing by a matrix written here (not from any evaluation article):
// authorship nouns, where an idea came from, an offer of a pause, and a state's own plan. People and plans invented.
const run = (text: string) => extractText(text);
const proposed = pairs('PROPOSED');

describe('authorship told by nouns and by where an idea came from', () => {
  it('should read "the architect of", "the brainchild of", "came from" and "pitched" as proposing', () => {
    expect(proposed('Anna Lind is the architect of the reassurance force.')).toContain('anna-lind>reassurance-force');
    expect(proposed('The reassurance force was the brainchild of Anna Lind.')).toContain('anna-lind>reassurance-force');
    expect(proposed('The idea of a reassurance force came from Anna Lind.')).toContain('anna-lind>reassurance-force');
    expect(proposed('Anna Lind pitched the reassurance force to allies.')).toContain('anna-lind>reassurance-force');
  });

  it('should read an offer of a ceasefire as proposing it, and an offer of troops as no proposal', () => {
    expect(proposed('Anna Lind offered a 30-day ceasefire.').some((p) => p.startsWith('anna-lind>') && p.includes('ceasefire'))).toBe(true);
    expect(proposed('Anna Lind offered troops for the reassurance force.')).toEqual([]);
  });

  it('should not read a statement written somewhere as proposing what it is about', () => {
    expect(proposed('Anna Lind wrote on Telegram that Norway rejects the reassurance force.')).toEqual([]);
  });
});

describe("a state's own plan", () => {
  it('should read "Washington\'s 28-point plan" and "the American 28-point plan" as proposed by the state, named without it', () => {
    expect(proposed("Washington's 28-point plan would cap the army.")).toContain('united-states>28-point-plan');
    const r = run('The American 28-point plan would cap the army.');
    expect(r.relations.map((x) => `${x.type}:${x.source}:${x.target}`)).toContain('PROPOSED:united-states:28-point-plan');
    expect(r.entities.find((e) => e.type === 'PROPOSAL')?.name).toBe('28-point plan');
  });

  it("should not make a state the author of a force named after it, nor of a plan it only rejects", () => {
    expect(proposed("Britain's reassurance force would deploy after a ceasefire.")).toEqual([]);
    expect(proposed('Britain rejected the Russian peace plan.').filter((p) => p.startsWith('united-kingdom>'))).toEqual([]);
  });
});

describe('a plan handed over', () => {
  it('should read handing someone a plan as proposing it, and not a plan still to be handed', () => {
    expect(proposed('Washington handed Kyiv a 28-point plan last week.')).toContain('united-states>28-point-plan');
    expect(proposed('Anna Lind said Norway would hand Kyiv its peace plan soon.')).toEqual([]);
  });
});
