// Snippets written for these tests (invented actors), one per general pattern of subject or stance the extractor reads.
import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

const cases: Array<[string, string, string]> = [
  ['a subordinate clause holding its own trigger', 'While Norway and Denmark strongly support a reassurance force, others hesitate.', 'SUPPORTS:denmark:reassurance-force'],
  ['a parenthetical "led by" between dashes', 'Several capitals—led by Oslo and Helsinki—have suggested a coastal monitoring mission.', 'PROPOSED:finland:coastal-monitoring-mission'],
  ['"both leaders" after a meeting', 'Kenyan President William Ruto held talks with Chilean President Gabriel Boric, where both leaders endorsed the reassurance force.', 'SUPPORTS:gabriel-boric:reassurance-force'],
  ['"both leaders" in the next sentence', 'Norwegian Prime Minister Ola Tveit and Danish Prime Minister Karen Holm spoke on Monday. Both leaders are meeting with Finnish President Aino Lahti this week.', 'MET_WITH:aino-lahti:karen-holm'],
  ['a quotation attributed after it', '“We do accept that there must be security guarantees for the region,” William Ruto said.', 'SUPPORTS:william-ruto:security-guarantees'],
  ['a participle sharing the subject', 'Chilean President Gabriel Boric proposed a new alliance, calling for a “Southern Defence Pact” to deter aggression.', 'PROPOSED:gabriel-boric:southern-defence-pact'],
  ['"has ruled that out" about the topic', 'Portugal supports a reassurance force. However, Austria has ruled that out.', 'OPPOSES:austria:reassurance-force'],
  ['"expressed reservations and described X as premature"', 'Several countries back a reassurance force, although Austria has expressed reservations and described the idea as premature.', 'OPPOSES:austria:reassurance-force'],
  ['"opposition from X" about the proposal before', 'The reassurance force met strong opposition from Austria and Ireland.', 'OPPOSES:ireland:reassurance-force'],
  ['"must (not) be" stating a requirement', 'Kenyan President William Ruto emphasized that any force “must be outside the NATO framework and should not fall under Article 5.”', 'OPPOSES:william-ruto:nato-article-5-protection'],
  ['"envisions" a new force', 'Kenyan President William Ruto has made clear that he envisions a force of 5,000 to 8,000 troops.', 'PROPOSED:william-ruto:force-of-5-000-8-000-troops'],
  ['"talks ... involving X and Y"', 'Officials welcomed the talks held on Monday between Norway and Finland in Oslo, involving Norwegian Foreign Minister Ola Tveit and Finnish Foreign Minister Aino Lahti.', 'MET_WITH:aino-lahti:ola-tveit'],
  ['"no one is considering" negates', 'Chilean Foreign Minister Alberto van Klaveren said that no one is currently considering sending troops.', 'OPPOSES:alberto-van-klaveren:european-peacekeeping-force'],
];

describe('#subjectsAt', () => {
  for (const [pattern, sentence, triple] of cases) {
    it(`should read ${pattern}`, () => {
      expect(extractText(sentence).triples).toContain(triple);
    });
  }

  it('should not take the object of "meeting with" as the subject of what follows', () => {
    const r = extractText('Kenyan President William Ruto is meeting with Chilean President Gabriel Boric to present the reassurance force.');
    expect(r.triples).toContain('PROPOSED:william-ruto:reassurance-force');
    expect(r.triples).not.toContain('PROPOSED:gabriel-boric:reassurance-force');
  });

  it('should not read an "if" clause as the subject or the object', () => {
    const r = extractText('Ruto has insisted that if Kenya is not granted a seat, an alternative security structure must be created.');
    expect(r.triples.filter((t) => t.includes(':kenya:'))).toEqual([]);
  });

  it('should not read a passive verb as its subject\'s stance ("is largely dismissed")', () => {
    const r = extractText('While the number suggested by Ruto is largely dismissed, experts believe this force could fail.');
    expect(r.triples.filter((t) => t.startsWith('OPPOSES'))).toEqual([]);
  });

  it('should not reach back across "but" for a stance without an object', () => {
    const r = extractText('Chilean President Gabriel Boric stressed the importance of a reassurance force, but Europeans are hesitant.');
    expect(r.triples).not.toContain('OPPOSES:gabriel-boric:reassurance-force');
  });
});
