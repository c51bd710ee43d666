import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 17: wordings found missing by the blind set realistic-17, each tested on sentences written here (not taken from
// any evaluation article). People invented.
const triples = (text: string) => extractText(text).triples;

describe('NATO written as a word, the way British copy spells it', () => {
  it('should read "Nato" as NATO, before a title and as an actor', () => {
    expect(triples('Nato Secretary General Anna Lind said the force was ready.')).toContain('REPRESENTS:anna-lind:nato');
    expect(triples('Nato chief Anna Lind spoke in Oslo on Monday.')).toContain('REPRESENTS:anna-lind:nato');
    expect(extractText('Piet Smit said the plan would keep Nato troops out of Ukraine.').ids).toContain('nato');
  });

  it('should not read a lower-case or unrelated word as NATO', () => {
    expect(extractText('Piet Smit met Anna Lind in Oslo on Monday.').ids).not.toContain('nato');
  });
});

describe('bylines and credits broadcasters and continental papers write', () => {
  const ids = (text: string) => extractText(text).ids;
  it('should drop a line of two writers each with a role, a "From our correspondent" line and a contributors line', () => {
    expect(ids('*Harriet Dowe, Political correspondent, and Piotr Malek, Europe reporter*\n\nAnna Lind said Sweden supports a ceasefire.')).toEqual(['anna-lind', 'ceasefire', 'sweden']);
    expect(ids('*From our correspondent Marco Verdi — ROME*\n\nAnna Lind said Sweden supports a ceasefire.')).toEqual(['anna-lind', 'ceasefire', 'sweden']);
    expect(ids('Anna Lind said Sweden supports a ceasefire.\n\nWriters Jan Kolb in Warsaw and Lena Vogt in Berlin contributed to this report.')).toEqual(['anna-lind', 'ceasefire', 'sweden']);
  });

  it('should keep a sentence that only starts like a byline', () => {
    expect(ids('From our point of view, Anna Lind said, Sweden supports a ceasefire.')).toEqual(['anna-lind', 'ceasefire', 'sweden']);
    expect(ids('Anna Lind, the foreign minister, and Piet Smit met the reporters in Oslo.')).toEqual(expect.arrayContaining(['anna-lind', 'piet-smit']));
  });
});

describe('a speaker after the quotation with the verb first and the office before the name', () => {
  it('should give the quotation to the person named after "said the Foreign Minister" or "repeated the … minister,"', () => {
    expect(triples('"Sweden will not send soldiers to Ukraine," said the Foreign Minister Anna Lind on Monday.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
    expect(triples('"Sweden will not send soldiers to Ukraine," repeated the Foreign Minister Anna Lind on Monday.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
    expect(triples('"We will not send soldiers to Ukraine," said the Swedish foreign minister, Anna Lind.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
  });

  it('should give a quotation closed by "said the Chancellor" to the chancellor the text named', () => {
    expect(triples('German Chancellor Karl Brandt arrived in Oslo. "We support a ceasefire," said the Chancellor.')).toContain('SUPPORTS:karl-brandt:ceasefire');
  });

  it('should not make the author of a report the speaker', () => {
    expect(triples('Anna Lind met Piet Smit. "We support a ceasefire," said the report by Piet Smit.')).not.toContain('SUPPORTS:piet-smit:ceasefire');
  });
});

describe('a refusal that names what would turn it into a yes', () => {
  it('should read "would never send troops without a US backstop" as a conditional yes that wants the backstop', () => {
    const t = triples('Piet Smit said Britain would never send troops to Ukraine without a US backstop.');
    expect(t).toEqual(expect.arrayContaining(['SUPPORTS:piet-smit:european-peacekeeping-force', 'SUPPORTS:piet-smit:us-backstop']));
    expect(t).not.toContain('OPPOSES:piet-smit:european-peacekeeping-force');
    expect(triples('Anna Lind said Sweden will not deploy troops without an American backstop.')).toContain('SUPPORTS:anna-lind:us-backstop');
  });

  it('should keep a refusal with or without the thing, and a refusal with no condition', () => {
    expect(triples('Anna Lind said Sweden will not deploy troops, with or without a US backstop.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
    expect(triples('Anna Lind said Sweden will not deploy troops to Ukraine.')).toContain('OPPOSES:anna-lind:european-peacekeeping-force');
  });
});

describe('a day told in the pluperfect', () => {
  const dated = (text: string, publishedAt: string) => {
    const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
    return new Map([...r.relations, ...r.candidates].map((x) => [`${x.type}:${x.source}:${x.target}`, x.evidence.map((e) => e.statedAt?.date)]));
  };
  const text = 'Karl Brandt and Anna Lind met in Oslo on Saturday and backed a ceasefire. Piet Smit had urged a ceasefire himself on Thursday, in a post. Tom Reed said Poland would not send troops to Ukraine.';

  it('should date its own sentence, and leave the scene of the sentences after it where it was', () => {
    expect(dated(text, '2025-05-11').get('SUPPORTS:piet-smit:ceasefire')).toEqual(['2025-05-08']);
    expect(dated(text, '2025-05-11').get('OPPOSES:tom-reed:european-peacekeeping-force')).toEqual(['2025-05-10']);
    expect(dated(text.replace(/\. /g, '.\n\n'), '2025-05-11').get('OPPOSES:tom-reed:european-peacekeeping-force')).toEqual(['2025-05-10']);
  });

  it('should still let a day in the simple past set the scene', () => {
    expect(dated('Piet Smit urged a ceasefire on Thursday. Tom Reed said Poland would not send troops to Ukraine.', '2025-05-11').get('OPPOSES:tom-reed:european-peacekeeping-force')).toEqual(['2025-05-08']);
  });
});

describe('speeches and panels at a conference the text is about', () => {
  const attended = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-02-15' }).relations
    .filter((x) => x.type === 'ATTENDED').map((x) => `${x.source}>${x.target}`);
  const blog = '# Oslo Security Forum live: Lind calls for a European army\n\n**16:40**\n\nPiet Smit and Jan Kolb spoke by phone today.\n\n';

  it('should read a speech, a panel or a side event as being at the conference, past a call told in between', () => {
    expect(attended(`${blog}**11:50**\n\nAnna Lind has just finished her speech in the main hall.`)).toContain('anna-lind>oslo-security-forum');
    expect(attended(`${blog}**11:20**\n\nAny deal will not work, Anna Lind said. Europe must be at the table, she said on a panel.`)).toContain('anna-lind>oslo-security-forum');
    expect(attended(`${blog}**11:00**\n\nThe US envoy, Tom Reed, was asked at a side event whether Europe would be at the table.`)).toContain('tom-reed>oslo-security-forum');
    expect(attended(`${blog}**10:15**\n\nKarl Brandt used his speech on Friday to attack European governments.`)).toContain('karl-brandt>oslo-security-forum');
  });

  it('should not read a speech to a parliament, or one still to come, as being at the conference', () => {
    expect(attended('The Oslo Security Forum opened on Friday. Later, Karl Brandt gave a speech to the Bundestag.')).toEqual([]);
    expect(attended('The Oslo Security Forum opened on Friday. Karl Brandt will give a speech in the main hall on Sunday.')).toEqual([]);
  });
});

describe('"the conference" after a phone call told by its verb', () => {
  const attended = (text: string) => createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-02-15' }).relations
    .filter((x) => x.type === 'ATTENDED').map((x) => `${x.source}>${x.target}`);
  it('should point back at the conference, not at the call', () => {
    const text = 'The Oslo Security Forum opened on Friday. Piet Smit and Jan Kolb spoke by phone on Saturday. Karl Brandt met Anna Lind on Saturday on the sidelines of the forum.';
    const got = attended(text);
    expect(got).toEqual(expect.arrayContaining(['karl-brandt>the-oslo-security-forum-2025-02-14', 'anna-lind>the-oslo-security-forum-2025-02-14']));
    expect(got.filter((x) => x.startsWith('karl-brandt>') || x.startsWith('anna-lind>'))).toHaveLength(2);
  });
});

describe('a counted group and a joint statement', () => {
  const group = 'French President Anna Lind, German Chancellor Karl Brandt, British Prime Minister Piet Smit and Polish Prime Minister Olga Berg arrived together on an overnight train.\n\n';
  const all = ['anna-lind', 'karl-brandt', 'piet-smit', 'olga-berg'];

  it('should give what "the four" say or do to the four named last', () => {
    const t = triples(`${group}"Together with the United States, we call on Russia to agree to a full ceasefire," the four said in a joint statement.`);
    expect(t).toEqual(expect.arrayContaining(all.map((p) => `SUPPORTS:${p}:ceasefire`)));
    expect(t).not.toContain('SUPPORTS:united-states:ceasefire');
    expect(triples(`${group}The four leaders called on Russia to agree to a full ceasefire.`)).toEqual(expect.arrayContaining(all.map((p) => `SUPPORTS:${p}:ceasefire`)));
  });

  it('should not give it to a group of another size', () => {
    expect(triples('Anna Lind, Karl Brandt and Piet Smit arrived together. The four leaders called on Russia to agree to a full ceasefire.').filter((x) => x.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('should not take an actor of an adverbial opening a quotation for its subject', () => {
    expect(triples('Anna Lind arrived. "Unlike Russia, we back a ceasefire," Anna Lind said.')).not.toContain('SUPPORTS:russia:ceasefire');
  });
});

describe('a day in a "since he took office" clause', () => {
  it('should not set the scene for what follows', () => {
    const text = "KYIV — Anna Lind and Karl Brandt arrived in Kyiv on Saturday. It was the first joint trip of the two, and Brandt's first since he took office on Tuesday.\n\nAnna Lind backed a ceasefire.";
    const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt: '2025-05-11' });
    expect(r.relations.find((x) => x.type === 'SUPPORTS' && x.source === 'anna-lind')?.evidence[0].statedAt?.date).toBe('2025-05-10');
  });
});

describe('a list of leaders each with the office before the name', () => {
  it('should give "the President of the European Commission B" to B, not to the one listed before', () => {
    const t = triples('Around the table sat the Finnish President Anna Lind, the President of the European Commission Olga Berg and the Secretary General of NATO Piet Smit.');
    expect(t).toEqual(expect.arrayContaining(['REPRESENTS:olga-berg:european-commission', 'REPRESENTS:piet-smit:nato']));
    expect(t).not.toContain('REPRESENTS:anna-lind:european-commission');
  });

  it('should keep an apposition closed by a comma', () => {
    expect(triples('Anna Lind, the President of the European Commission, spoke first.')).toContain('REPRESENTS:anna-lind:european-commission');
  });
});

describe('a one-word party and its leader, as translated copy writes them', () => {
  it('should split "the League of Marco Verdi" into the party and the person', () => {
    expect(extractText('The League of Marco Verdi has never hidden its hostility to the plan.').ids).toEqual(expect.arrayContaining(['league', 'marco-verdi']));
  });

  it('should not split a body named with "of" and no person after it', () => {
    expect(extractText('The League of Nations failed in the 1930s, Marco Verdi said.').ids).not.toContain('nations');
  });
});

describe('a meeting told in the passive by the host', () => {
  const met = (text: string) => extractText(text).relations.filter((x) => x.type === 'MET_WITH').map((x) => [x.source, x.target].sort().join('+'));
  it('should read "was greeted with a hug by", "was welcomed by" as meeting the host', () => {
    expect(met('On Saturday Anna Lind was greeted with a hug by Piet Smit outside Downing Street.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind was welcomed by Piet Smit at the Élysée on Monday.')).toEqual(['anna-lind+piet-smit']);
  });

  it('should read a heated exchange with someone as meeting them', () => {
    expect(met('Anna Lind had a heated exchange with Piet Smit on Friday.')).toEqual(['anna-lind+piet-smit']);
    expect(met('Anna Lind had an exchange of views on the plan.')).toEqual([]);
  });

  it('should not read any passive with "by" as a meeting', () => {
    expect(met('Anna Lind was criticised by Piet Smit on Monday.')).toEqual([]);
  });
});
