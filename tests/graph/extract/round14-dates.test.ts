import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';
import { statedAt } from '@/graph/time/stated-at';

// Round 14 (dates): a sentence after reported speech telling when it was said, and a date set off by commas between
// the verb of saying and its "that". Sentences written for these tests; the people are invented.
const extract = (text: string, publishedAt: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
const dated = (text: string, publishedAt: string) => {
  const r = extract(text, publishedAt);
  return new Map([...r.relations, ...r.candidates].map((x) => [`${x.type}:${x.source}:${x.target}`, x.evidence.map((e) => e.statedAt?.date)]));
};

describe('reported speech dated by the sentence after it', () => {
  it('should date "X said …" by a following "He made the remarks … on Sunday", as it dates a quotation', () => {
    const text = 'Anna Berg said Norway was ready to join a European peacekeeping force. She made the remarks in a radio interview on Sunday.';
    expect(dated(text, '2025-02-18').get('SUPPORTS:anna-berg:european-peacekeeping-force')).toEqual(['2025-02-16']);
  });

  it('should date a stance by a next sentence opening on "His comments", and not by a later scene of another speaker', () => {
    const text = 'Piet Maas backed the reassurance force. His comments, made in Vienna on Monday, drew a sharp reply.';
    expect(dated(text, '2025-03-27').get('SUPPORTS:piet-maas:reassurance-force')).toEqual(['2025-03-24']);
    const other = 'Piet Maas backed the reassurance force. On Monday, Anna Berg rejected it.';
    expect(dated(other, '2025-03-27').get('SUPPORTS:piet-maas:reassurance-force')).toEqual(['2025-03-27']);
  });

  it('should keep reported speech on the publication day when the next sentence points back at nothing', () => {
    const text = 'Anna Berg said Norway was ready to join a European peacekeeping force. Talks continue in Oslo on Sunday.';
    expect(dated(text, '2025-02-14').get('SUPPORTS:anna-berg:european-peacekeeping-force')).toEqual(['2025-02-14']);
  });
});

describe('a date between commas after the verb of saying', () => {
  it('should give the speaker of "said on Thursday, April 2, that NATO supported …" the stance, on that day', () => {
    const r = dated('Lena Halvorsen said on Thursday, April 2, that Norway supported the reassurance force.', '2025-04-03');
    expect(r.get('SUPPORTS:lena-halvorsen:reassurance-force')).toEqual(['2025-04-02']);
    expect(r.get('SUPPORTS:norway:reassurance-force')).toEqual(['2025-04-02']);
  });
});

describe('joining someone for a gathering', () => {
  it('should put those who "joined X at <place> on <day> for an emergency meeting" at that meeting, on that day', () => {
    const r = extract('Anna Berg and Piet Maas joined Lena Halvorsen at the palace on Monday for an emergency meeting on the truce.', '2025-03-05');
    const event = r.entities.find((e) => e.type === 'EVENT');
    expect(event?.date).toBe('2025-03-03');
    const attended = r.relations.filter((x) => x.type === 'ATTENDED' && x.target === event?.id);
    expect(attended.map((x) => x.source).sort()).toEqual(['anna-berg', 'piet-maas']);
    expect(attended.flatMap((x) => x.evidence.map((e) => e.statedAt?.date))).toEqual(['2025-03-03', '2025-03-03']);
  });

  it('should not read "joined X for talks" in the future as attending', () => {
    const r = extract('Anna Berg will join Lena Halvorsen in Oslo on Monday for an emergency meeting on the truce.', '2025-03-05');
    expect(r.relations.filter((x) => x.type === 'ATTENDED')).toEqual([]);
  });
});

describe('being in a city for a gathering', () => {
  it('should put one who "was in Oslo on Monday for the summit" at the summit the article dated, on its day', () => {
    const r = extract('Nordic leaders met at the palace on Monday for an emergency summit. Anna Berg was in Oslo on Monday for the summit.', '2025-03-05');
    const event = r.entities.find((e) => e.type === 'EVENT');
    expect(event?.date).toBe('2025-03-03');
    expect(r.relations.filter((x) => x.type === 'ATTENDED').map((x) => `${x.source}:${x.target}`)).toEqual([`anna-berg:${event?.id}`]);
  });

  it('should not read being somewhere for a reason other than a gathering as attending', () => {
    const r = extract('Nordic leaders met at the palace on Monday for an emergency summit. Anna Berg was in Oslo on Monday for a medical check.', '2025-03-05');
    expect(r.relations.filter((x) => x.type === 'ATTENDED')).toEqual([]);
  });
});

describe('three or more named meeting in a place on a day', () => {
  it('should make a gathering that all of them attended, on that day, and no pairwise meetings', () => {
    const r = extract('Anna Berg, Piet Maas and Lena Halvorsen met in Tallinn on 4 June.', '2025-06-06');
    const events = r.entities.filter((e) => e.type === 'EVENT');
    expect(events.map((e) => e.date)).toEqual(['2025-06-04']);
    expect(r.relations.filter((x) => x.type === 'ATTENDED').map((x) => x.source).sort()).toEqual(['anna-berg', 'lena-halvorsen', 'piet-maas']);
    expect(r.relations.filter((x) => x.type === 'MET_WITH')).toEqual([]);
  });

  it('should leave two who met as a meeting between them', () => {
    const r = extract('Anna Berg and Piet Maas met in Tallinn on 4 June.', '2025-06-06');
    expect(r.entities.filter((e) => e.type === 'EVENT')).toEqual([]);
    expect(r.relations.map((x) => `${x.type}:${x.source}:${x.target}`)).toEqual(['MET_WITH:anna-berg:piet-maas']);
  });
});

describe("a live blog's key events box", () => {
  it('should date a "- 23:40: …" bullet by the entry of that time below it, across midnight', () => {
    const text = [
      'Live: leaders meet in Oslo', '', 'Updated 19 Aug 2025 02:10 BST', '', '**Key events**',
      '- 23:40: Anna Berg says Norway backs the reassurance force', '',
      '**02:05 BST** — Overnight, Piet Maas said he opposed the reassurance force.', '',
      '**23:40 BST** — Anna Berg said Norway backed the reassurance force.', '',
      '**18:20 BST** — Leaders arrived in Oslo.',
    ].join('\n');
    const r = extract(text, '2025-08-19');
    const backing = r.relations.find((x) => x.type === 'SUPPORTS' && x.source === 'anna-berg');
    expect(backing?.evidence.map((e) => [text.slice(e.start, e.start + 8), e.statedAt?.date])).toEqual([['- 23:40:', '2025-08-18'], ['**23:40 ', '2025-08-18']]);
    expect(r.relations.find((x) => x.type === 'OPPOSES' && x.source === 'piet-maas')?.evidence[0].statedAt?.date).toBe('2025-08-19');
  });
});

describe('when a period begins', () => {
  it('should not date a statement by the day a truce starts ("starting on Monday", "from Monday")', () => {
    const text = 'Last Saturday the leaders put a demand to Moscow: a 30-day ceasefire starting on Monday. Anna Berg said Norway was ready for the truce from Monday.';
    expect(dated(text, '2025-05-17').get('SUPPORTS:anna-berg:ceasefire')).toEqual(['2025-05-10']);
    expect(dated('Anna Berg said Norway was ready for the truce from Monday.', '2025-05-14').get('SUPPORTS:anna-berg:ceasefire')).toEqual(['2025-05-14']);
  });
});

describe('attending the summit a headline names', () => {
  it('should date attending by the summit, not by the day of the news the headline leads', () => {
    const text = '# Tromsø summit: no deal after three hours\n\nAnna Berg said on Saturday that talks would go on.\n';
    const headline = [2, text.indexOf('\n')] as const;
    const article = { text, publishedAt: '2025-08-16' };
    expect(statedAt(article, ...headline)?.date).toBe('2025-08-16');
    expect(statedAt(article, ...headline, [], { eventDate: '2025-08-15' })?.date).toBe('2025-08-15');
  });
});
