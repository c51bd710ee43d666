import { describe, it, expect } from 'vitest';
import { extractText, pairs } from './helpers';

// Round 20 (s92): who proposed a thing, in wordings news uses for putting a plan forward. Sentences written for these
// tests; people, plans and figures invented or generic.
const proposed = pairs('PROPOSED');

describe('a passive agent behind a title in lower case', () => {
  it.each([
    ['the White House envoy', 'The 12-point plan was drawn up by the White House envoy Anna Lind.'],
    ["the bloc's foreign policy chief", "The 12-point plan, tabled by the bloc's foreign policy chief Anna Lind, won few friends."],
    ["Sweden's chief negotiator", "The 12-point plan was written by Sweden's chief negotiator Anna Lind."],
  ])('should read "by %s X" as X proposing', (_, text) => {
    expect(proposed(text)).toContain('anna-lind>12-point-plan');
  });

  it('should not take an agent past lower-case words that are no title', () => {
    expect(proposed('The 12-point plan was drawn up by some experts close to Anna Lind.')).not.toContain('anna-lind>12-point-plan');
  });
});

describe('one who hands over a plan another wrote', () => {
  it('should give the plan to its writer, not to its messenger', () => {
    const p = proposed('Piet Smit handed Oleh Koval the 12-point plan drawn up by the envoy Anna Lind.');
    expect(p).toContain('anna-lind>12-point-plan');
    expect(p).not.toContain('piet-smit>12-point-plan');
  });

  it('should still read handing over a plan with no other writer as proposing it', () => {
    expect(proposed('Piet Smit handed Oleh Koval a 12-point plan on Monday.')).toContain('piet-smit>12-point-plan');
  });
});

describe('putting a thing on the table', () => {
  it('should read "put X on the table" as proposing X', () => {
    expect(proposed('Anna Lind put a ceasefire on the table on Monday.')).toContain('anna-lind>ceasefire');
  });

  it('should read "put on the table X" and a list after a colon as proposing', () => {
    expect(proposed('Anna Lind put on the table a prisoner exchange.')).toContain('anna-lind>prisoner-exchange');
    expect(proposed('Anna Lind said her team had put two things on the table: a full ceasefire and more talks.')).toContain('anna-lind>ceasefire');
  });

  it('should read "was put on the table by X" as X proposing', () => {
    expect(proposed('The ceasefire was put on the table by Anna Lind.')).toContain('anna-lind>ceasefire');
  });

  it('should read no proposal into a thing merely on the table, taken off it, or cards laid on it', () => {
    expect(proposed('Anna Lind said a ceasefire was on the table.')).toEqual([]);
    expect(proposed('Anna Lind took the ceasefire off the table.')).toEqual([]);
    expect(proposed('Anna Lind put her cards on the table and backed the ceasefire.')).toEqual([]);
  });
});

describe('a relative clause of authorship before the main verb', () => {
  it('should read "the initiative that X built should be…" as X proposing it, not backing it', () => {
    const r = extractText('Anna Lind said the ammunition initiative that her predecessor Piet Smit built should be handed to NATO.');
    expect(r.triples).toContain('PROPOSED:piet-smit:ammunition-initiative');
    expect(r.triples).not.toContain('SUPPORTS:piet-smit:ammunition-initiative');
  });

  it('should keep a relative clause of support a stance', () => {
    expect(extractText('The 12-point plan, which Piet Smit backs, should be adopted.').triples).toContain('SUPPORTS:piet-smit:12-point-plan');
  });
});

describe('a plan known by its count of points', () => {
  it.each([
    ['the N points', 'By the evening the 28 points had become 19.'],
    ['a plan N points long', 'The plan in question, 28 points long, was ready.'],
    ["Washington's N points", "Kyiv studied Washington's 28 points."],
  ])('should read %s as the N-point plan', (_, text) => {
    expect(extractText(text).ids).toContain('28-point-plan');
  });

  it('should give the plan N points long to the one who drew it up', () => {
    expect(proposed('The plan in question, 28 points long, was drawn up by Anna Lind over several days.')).toContain('anna-lind>28-point-plan');
  });

  it('should read no plan into points won, scored or of something else', () => {
    const ids = extractText('The party won by 12 points. He scored 10 points. The 5 points of contention remain.').ids;
    expect(ids.filter((x) => /point-plan/.test(x))).toEqual([]);
  });
});

describe('answering with a counter-proposal', () => {
  it('should read those who answer with a counter-proposal as proposing it', () => {
    const p = proposed('Britain and France answered the 28 points on Sunday with a counter-proposal of their own.');
    expect(p).toContain('united-kingdom>counterproposal');
    expect(p).toContain('france>counterproposal');
  });

  it('should read an answer with an offer of a thing as proposing it, past the words between', () => {
    expect(proposed('Moscow answered the next night not with a truce but with an offer of direct talks.')).toContain('russia>direct-russia-ukraine-talks');
    expect(proposed('Moscow responded with a proposal for a ceasefire.')).toContain('russia>ceasefire');
  });

  it('should read nothing into an answer with something else', () => {
    expect(proposed('Moscow answered with a refusal of the ceasefire.')).toEqual([]);
    expect(proposed('Kyiv answered the letter with silence.')).toEqual([]);
  });
});

describe('a memorandum by its length and in quotation marks, and where it comes from', () => {
  it('should read \'a two-page "memorandum" from the Kremlin\' as Russia proposing the memorandum', () => {
    expect(proposed('The talks ended with a two-page "memorandum" from the Kremlin that Kyiv called an ultimatum.')).toContain('russia>memorandum');
  });

  it('should not read a memorandum of understanding as the memorandum', () => {
    expect(extractText('Kyiv and Oslo signed a two-page memorandum of understanding.').ids).not.toContain('memorandum');
  });
});

describe('a truce of hours or of a few days', () => {
  it.each([
    ['a short ceasefire of two or three days', 'Anna Lind offered a short ceasefire of two or three days so that the dead could be collected.', 'short-ceasefire-of-two-or-three-days'],
    ['a two- to three-day ceasefire', 'Moscow proposed a two- to three-day ceasefire on parts of the front.', 'two-to-three-day-ceasefire'],
    ['short truces of 24 to 48 hours', 'Moscow proposed short truces of 24 to 48 hours in parts of the front.', 'short-truces-of-24-to-48-hours'],
  ])('should read %s as a proposal of its own', (_, text, id) => {
    const r = extractText(text);
    expect(r.ids).toContain(id);
    expect(r.ids).not.toContain('ceasefire');
  });

  it('should leave a ceasefire of weeks the ceasefire, and a truce that lasted days no new proposal', () => {
    expect(extractText('Kyiv accepted a 30-day ceasefire.').ids).toContain('ceasefire');
    expect(extractText('Kyiv wanted a ceasefire of thirty days.').ids).toContain('ceasefire');
    expect(extractText('The ceasefire held for two days.').ids).toEqual(['ceasefire']);
  });
});

describe('a thing proposed to be placed under something', () => {
  it('should read "proposed that X be placed under a temporary administration" as proposing the administration', () => {
    expect(proposed('Anna Lind proposed that the region be placed under a temporary administration.')).toContain('anna-lind>temporary-administration-of-ukraine');
  });

  it('should keep a proposal that only frames the clause no object of the proposing verb', () => {
    expect(proposed('Anna Lind suggested that companies under the proposed minerals deal would be security enough.')).toEqual([]);
  });
});

describe('an ultimatum', () => {
  it('should read "gave X N days to … or face Y" as proposing Y, quoted or not', () => {
    expect(proposed('Anna Lind gave Moscow 50 days to agree a deal or face secondary tariffs.')).toContain('anna-lind>secondary-tariffs');
    expect(proposed('Anna Lind gave Moscow 50 days to agree a deal or face "very severe tariffs" on its buyers.')).toContain('anna-lind>very-severe-tariffs');
  });

  it('should read a deadline "or face" new sanctions as proposing them', () => {
    expect(proposed('Anna Lind set Moscow a deadline to accept or face new sanctions.')).toContain('anna-lind>new-sanctions-on-russia');
  });

  it('should read nothing into a deadline and a threat in separate clauses, or a threat without its author', () => {
    expect(proposed('Anna Lind gave Kyiv two weeks to study the plan; Kyiv may face secondary tariffs.')).toEqual([]);
    expect(proposed('Russia would face secondary tariffs, Kyiv said.')).toEqual([]);
  });
});
