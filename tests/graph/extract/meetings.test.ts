import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Meetings held, sought and placed: "he" is the sentence's subject, a meeting someone tries to broker has not taken
// place, and "the summit …, where X met Y" puts both at the summit.
describe('meetings', () => {
  const text = 'Ivo Marek has been trying to broker a meeting between Nora Lind and Tom Berg since the Vienna summit on May 3, where he met Tom Berg for two hours.';

  it('should read "he" as the subject the sentence opened with, not the last person named', () => {
    const r = extractText(text);
    expect(r.triples).toContain('MET_WITH:ivo-marek:tom-berg');
  });

  it('should not take a meeting someone tries to broker for one that was held', () => {
    const r = extractText(text);
    expect(r.relations.filter((x) => x.type === 'MET_WITH' && [x.source, x.target].includes('nora-lind'))).toEqual([]);
  });

  it('should put the two who met "where" at the event', () => {
    const r = extractText(text);
    const summit = r.entities.find((e) => e.type === 'EVENT');
    expect(summit).toBeDefined();
    expect(r.triples).toContain(`ATTENDED:ivo-marek:${summit!.id}`);
    expect(r.triples).toContain(`ATTENDED:tom-berg:${summit!.id}`);
    expect(r.triples).not.toContain(`ATTENDED:nora-lind:${summit!.id}`);
  });

  it('should keep "he" for the clause subject after ", while"', () => {
    const r = extractText('Ana Belk spoke on Monday, while Prime Minister Ivo Marek confirmed that he had discussed the matter with President Tom Berg.');
    expect(r.triples).toContain('MET_WITH:ivo-marek:tom-berg');
    expect(r.triples).not.toContain('MET_WITH:ana-belk:tom-berg');
  });

  it('should read "…, meeting A and then B" with the sentence subject, not the places before it', () => {
    const r = extractText('Ivo Marek made Paris and London his first trips abroad on Monday, meeting Nora Lind and then Tom Berg.');
    expect(r.triples).toEqual(expect.arrayContaining(['MET_WITH:ivo-marek:nora-lind', 'MET_WITH:ivo-marek:tom-berg']));
    expect(r.relations.filter((x) => x.type === 'MET_WITH' && [x.source, x.target].some((k) => k === 'france' || k === 'united-kingdom'))).toEqual([]);
  });

  it('should meet the head of a delegation received', () => {
    const r = extractText('In Florida, Ivo Marek and Nora Lind received a Ukrainian team led by Tom Berg.');
    expect(r.triples).toEqual(expect.arrayContaining(['MET_WITH:ivo-marek:tom-berg', 'MET_WITH:nora-lind:tom-berg']));
  });

  it('should read "spent four hours together" and "the two men phoned X"', () => {
    expect(extractText('Ivo Marek and Nora Lind spent more than four hours together at the palace.').triples).toContain('MET_WITH:ivo-marek:nora-lind');
    const r = extractText('Ivo Marek was in Paris on Monday for talks with Nora Lind, and the two men phoned Tom Berg together.');
    expect(r.triples).toEqual(expect.arrayContaining(['MET_WITH:ivo-marek:tom-berg', 'MET_WITH:nora-lind:tom-berg']));
  });

  it('should not meet the host named after "hosted by", nor take "received a letter" for a meeting', () => {
    const r = extractText('The delegations of Russia and Ukraine met for the first time in direct talks hosted by Türkiye.');
    expect(r.relations.filter((x) => x.type === 'MET_WITH' && [x.source, x.target].includes('turkey'))).toEqual([]);
    expect(extractText('Ivo Marek received a letter from Nora Lind.').relations.filter((x) => x.type === 'MET_WITH')).toEqual([]);
    expect(extractText('Ukraine received US aid on Monday.').relations.filter((x) => x.type === 'MET_WITH')).toEqual([]);
    expect(extractText('Ivo Marek received Nora Lind in Oslo.').triples).toContain('MET_WITH:ivo-marek:nora-lind');
  });
});
