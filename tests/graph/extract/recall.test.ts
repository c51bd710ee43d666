import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#attribution: the speaker after or inside the clause', () => {
  it('should give a stance to the speaker named after the clause as well as to the country it is about', () => {
    const r = extractText('Warsaw will not send soldiers either, Prime Minister Ivo Marek has said.');
    expect(r.triples).toEqual(expect.arrayContaining(['OPPOSES:poland:european-peacekeeping-force', 'OPPOSES:ivo-marek:european-peacekeeping-force']));
  });

  it('should read an inverted attribution ("…, assessed Marek") and a pronoun one ("…, he said")', () => {
    expect(extractText('Latvia will not send troops to Ukraine, assessed Ivo Marek.').triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
    const r = extractText('Ivo Marek arrived late. Latvia would not discuss sending soldiers now, he said.');
    expect(r.triples).toEqual(expect.arrayContaining(['OPPOSES:latvia:european-peacekeeping-force', 'OPPOSES:ivo-marek:european-peacekeeping-force']));
  });

  it('should not make the speaker hold a stance the clause gives to another person', () => {
    const r = extractText('Nora Lind will send troops, Ivo Marek said.');
    expect(r.relation('SUPPORTS', 'ivo-marek', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should read a speaker set between commas inside the clause', () => {
    const r = extractText('Ivo Marek spoke to reporters. Sending peacekeepers now, he explained, would be premature.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
  });

  it('should give the stance after "who said that" to the person right before it, even after "with"', () => {
    const r = extractText('Nora Lind met Prime Minister Ivo Marek, who said afterwards that Latvia had no plans to send soldiers.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
    expect(r.relation('OPPOSES', 'nora-lind', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should let an actor a verdict is "unacceptable for" hold it', () => {
    const r = extractText('Ivo Marek spoke in Moscow. Such a deployment of European troops, he explained, is unacceptable for Russia.');
    expect(r.triples).toEqual(expect.arrayContaining(['OPPOSES:russia:european-peacekeeping-force', 'OPPOSES:ivo-marek:european-peacekeeping-force']));
  });
});

describe('#offices: whom a person represents', () => {
  it('should tie a person to the body whose possessive names them ("Canada\'s Ivo Marek")', () => {
    expect(extractText('Around the table sat Canada’s Ivo Marek and NATO’s Nora Lind.').triples).toEqual(expect.arrayContaining(['REPRESENTS:ivo-marek:canada', 'REPRESENTS:nora-lind:nato']));
  });

  it('should give the people of a round-up\'s country lead that country when their office is written without it', () => {
    const r = extractText('**Lithuania.** President Ivo Marek said on Friday that Lithuania was ready to send troops.\n\n**Canada.** Nora Lind, sworn in as prime minister on March 14, met Macron.\n\n**Australia.** Opposition leader Luis Ortega rejects the idea.');
    expect(r.triples).toEqual(expect.arrayContaining(['REPRESENTS:ivo-marek:lithuania', 'REPRESENTS:nora-lind:canada']));
    expect(r.relation('REPRESENTS', 'luis-ortega', 'australia')).toBeUndefined();
  });

  it('should not carry a round-up\'s country past its paragraph or to a person met there', () => {
    const r = extractText('**Lithuania.** Foreign Minister Ivo Marek met President Nora Lind.\n\nPresident Luis Ortega spoke later.');
    expect(r.triples).toContain('REPRESENTS:ivo-marek:lithuania');
    expect(r.relation('REPRESENTS', 'nora-lind', 'lithuania')).toBeUndefined();
    expect(r.relation('REPRESENTS', 'luis-ortega', 'lithuania')).toBeUndefined();
  });

  it('should make the members of a country\'s delegation represent it', () => {
    const r = extractText('The Latvian delegation was headed by Defence Minister Ivo Marek, and the Russian delegation by presidential aide Nora Lind; the Americans were joined by special envoy Luis Ortega.');
    expect(r.triples).toEqual(expect.arrayContaining(['REPRESENTS:ivo-marek:latvia', 'REPRESENTS:nora-lind:russia', 'REPRESENTS:luis-ortega:united-states']));
  });

  it('should read an office with "of the" and a rank before the name ("Chief of the Defence Staff, Admiral Sir …")', () => {
    const r = extractText('The UK Chief of the Defence Staff, Admiral Sir Ivo Marek, and France’s Chief of the Defence Staff, General Luis Ortega, travelled to Kyiv, where they met President Nora Lind.');
    expect(r.triples).toEqual(expect.arrayContaining(['REPRESENTS:ivo-marek:united-kingdom', 'REPRESENTS:luis-ortega:france', 'MET_WITH:ivo-marek:nora-lind', 'MET_WITH:luis-ortega:nora-lind']));
    expect(r.ids).not.toContain('defence-staff');
  });

  it('should resolve a title anaphor to the speaker the sentence names, not to the person met last', () => {
    // Poland is named: a country met only in the title would not be (see titles.test.ts).
    const r = extractText('Poland was wary. Vladimir Putin said he agreed in principle. In the opinion of the Polish prime minister, it is a play for time, assessed Donald Tusk.');
    expect(r.relation('REPRESENTS', 'vladimir-putin', 'poland')).toBeUndefined();
    expect(r.triples).toContain('REPRESENTS:donald-tusk:poland');
  });
});

describe('#stances in real-news phrasing', () => {
  it('should support what a stance requires ("provided the United States offers a backstop"), not a time condition', () => {
    expect(extractText('Ivo Marek said he is ready to deploy troops, provided the United States offers a backstop.').triples).toContain('SUPPORTS:ivo-marek:us-backstop');
    expect(extractText('Ivo Marek said Latvia supports the peacekeeping force, but only once a ceasefire is in place.').relation('SUPPORTS', 'ivo-marek', 'ceasefire')).toBeUndefined();
  });

  it('should read "launched", "set out", "contribute to", "worth serious consideration" and "open to it"', () => {
    expect(extractText('Ivo Marek launched a "coalition of the willing".').triples).toContain('PROPOSED:ivo-marek:coalition-of-the-willing');
    expect(extractText('Ivo Marek set out a four-point plan for Ukraine.').triples).toContain('PROPOSED:ivo-marek:four-point-plan');
    expect(extractText('Ivo Marek said Latvia could contribute to a peacekeeping force.').triples).toContain('SUPPORTS:latvia:european-peacekeeping-force');
    expect(extractText('Nora Lind backed a peacekeeping force. Ivo Marek said the plan was worth serious consideration.').triples).toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
    expect(extractText('European peacekeepers were discussed. Ivo Marek has said Denmark is open to it.').triples).toContain('SUPPORTS:denmark:european-peacekeeping-force');
  });

  it('should read "never been on the agenda", "poured cold water on it" and a nominal "rejection" as opposition', () => {
    expect(extractText('Ivo Marek told reporters that sending Latvian troops to Ukraine had never been on the agenda.').triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
    expect(extractText('Nora Lind floated a peacekeeping force. Berlin poured cold water on it.').triples).toContain('OPPOSES:germany:european-peacekeeping-force');
    expect(extractText('Moscow’s rejection of Ukraine’s NATO membership has not changed, Ivo Marek stressed.').triples).toEqual(expect.arrayContaining(['OPPOSES:russia:nato-membership-for-ukraine']));
  });

  it('should read "called the debate premature" as opposing the force debated, but "welcomed the debate" as nothing', () => {
    expect(extractText('European peacekeepers were on the table. Chancellor Ivo Marek has called the debate premature.').triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
    expect(extractText('European peacekeepers were on the table. Ivo Marek welcomed the debate.').relation('SUPPORTS', 'ivo-marek', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should read "a contribution" after a force as that force', () => {
    expect(extractText('European peacekeepers were discussed. Ivo Marek said Sweden does not rule out a contribution.').triples).toContain('SUPPORTS:sweden:european-peacekeeping-force');
  });
});

describe('#meetings in real-news phrasing', () => {
  it('should read "was received by", "raised it with" and "signed … with" as meetings', () => {
    expect(extractText('Ivo Marek was received by King Nora Lind at the palace.').triples.some((t) => t.startsWith('MET_WITH:') && t.includes('ivo-marek'))).toBe(true);
    expect(extractText('Ivo Marek raised it again last month with Prime Minister Nora Lind.').triples).toContain('MET_WITH:ivo-marek:nora-lind');
    expect(extractText('Ivo Marek signed a 100-year partnership with President Nora Lind in Kyiv.').triples).toContain('MET_WITH:ivo-marek:nora-lind');
  });
});

describe('#people named in lists and by bare titles', () => {
  it('should read a name with its country in brackets as a person even when its first word is a common word', () => {
    const r = extractText('Nora Lind is hosting Ivo Marek (Latvia) and Dick Bakker (the Netherlands).');
    expect(r.ids).toContain('dick-bakker');
    expect(r.triples).toContain('REPRESENTS:dick-bakker:netherlands');
  });

  it('should read a bare "the PM" opening a sentence as the person the sentence before was about', () => {
    const r = extractText('The row came at a bad time for Sir Ivo Marek. Only on Sunday the PM launched a "coalition of the willing".');
    expect(r.triples).toContain('PROPOSED:ivo-marek:coalition-of-the-willing');
  });
});

describe('#events: who took part', () => {
  it('should make two people who held talks meet, and attend the talks, named "talks in Riyadh" or "the Riyadh talks"', () => {
    const r = extractText('Foreign Minister Ivo Marek and Secretary of State Nora Lind held more than four hours of talks in Riyadh on Tuesday.');
    expect(r.triples).toEqual(expect.arrayContaining(['MET_WITH:ivo-marek:nora-lind', 'ATTENDED:ivo-marek:talks-in-riyadh', 'ATTENDED:nora-lind:talks-in-riyadh']));
    expect(r.entities.find((e) => e.id === 'talks-in-riyadh')?.aliases).toContain('Riyadh talks');
  });

  it('should not pair the members of a group named in an apposition ("a group led by A and B, met")', () => {
    const r = extractText('The coalition, a group of countries led by Britain and France, met in London on Thursday.');
    expect(r.relation('MET_WITH', 'france', 'united-kingdom')).toBeUndefined();
  });

  it('should make a delegation\'s members and the countries "among them" attend the event', () => {
    const r = extractText('Ivo Marek and Nora Lind held talks in Riyadh on Tuesday. The Latvian side also included presidential aide Luis Ortega. About 25 leaders took part in the conversation, among them also representatives of Canada and Australia.');
    expect(r.triples).toEqual(expect.arrayContaining(['ATTENDED:luis-ortega:talks-in-riyadh', 'ATTENDED:canada:talks-in-riyadh', 'ATTENDED:australia:talks-in-riyadh']));
  });

  it('should give an event led by a person with an office the person, not the body of the office', () => {
    const r = extractText('Nora Lind took part on Saturday in the videoconference of the coalition of the willing, which was led by the Prime Minister of Great Britain Ivo Marek.');
    expect(r.triples).toContain('ATTENDED:ivo-marek:videoconference-of-the-coalition-of-the-willing');
    expect(r.relation('ATTENDED', 'united-kingdom', 'videoconference-of-the-coalition-of-the-willing')).toBeUndefined();
  });

  it('should not count a meeting held before the talks as attending them', () => {
    const r = extractText('The Istanbul talks opened on Friday. Before the talks, in the morning, Minister Ivo Marek held a trilateral meeting with Nora Lind.');
    expect(r.relation('ATTENDED', 'nora-lind', 'istanbul-talks')).toBeUndefined();
  });
});

describe('#proposals named with their author', () => {
  it('should read a person\'s named proposal, quoted or not, as proposed by that person', () => {
    expect(extractText('Ivo Marek’s “reassurance force” would sit away from the front line.').triples).toContain('PROPOSED:ivo-marek:reassurance-force');
  });
});

describe('#agreements signed and parts played', () => {
  it('should read signing a named partnership as supporting it and meeting the other signatory', () => {
    const r = extractText('Ivo Marek signed a 100-year partnership with President Nora Lind in Kyiv.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:ivo-marek:100-year-partnership', 'MET_WITH:ivo-marek:nora-lind']));
  });

  it('should read "play its full part in" and "remains in the coalition" as support', () => {
    expect(extractText('Ivo Marek said that Latvia would play its "full part" in security guarantees for Ukraine.').triples).toContain('SUPPORTS:latvia:security-guarantees');
    expect(extractText('Ivo Marek said Latvia remains in the coalition of the willing.').triples).toContain('SUPPORTS:latvia:coalition-of-the-willing');
  });

  it('should not make a proposal of a phrase with a preposition inside ("defences after any deal")', () => {
    expect(extractText('Ivo Marek wants to keep strengthening Ukraine’s defences after any deal.').entities.filter((e) => e.type === 'PROPOSAL')).toEqual([]);
  });
});

describe('#stances that are not the subject\'s own', () => {
  it('should give a stance asked of someone ("appealed that Russia should accept", "urged Moscow to accept") to the one asking', () => {
    const r = extractText('Ivo Marek spoke. He appealed that Russia should accept the 30-day ceasefire.');
    expect(r.triples).toContain('SUPPORTS:ivo-marek:ceasefire');
    expect(r.relation('SUPPORTS', 'russia', 'ceasefire')).toBeUndefined();
    expect(extractText('Ivo Marek urged Moscow to accept the ceasefire.').relation('SUPPORTS', 'russia', 'ceasefire')).toBeUndefined();
  });

  it('should read no stance into a hypothesis ("if Britain and France put troops into Ukraine, would …")', () => {
    const r = extractText('Ivo Marek came with a question: if Britain and France put troops into Ukraine, would the United States provide a backstop?');
    expect(r.relation('SUPPORTS', 'united-kingdom', 'european-peacekeeping-force')).toBeUndefined();
    expect(r.relation('SUPPORTS', 'france', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should not carry a negation from the sentence before to a pronoun\'s stance', () => {
    const r = extractText('Nora Lind will not send troops. Instead she has proposed an Article 5-style guarantee.');
    expect(r.triples).toEqual(expect.arrayContaining(['OPPOSES:nora-lind:european-peacekeeping-force', 'PROPOSED:nora-lind:article-5-style-guarantee']));
    expect(r.relation('OPPOSES', 'nora-lind', 'article-5-style-guarantee')).toBeUndefined();
  });
});

describe('#offices written in other ways', () => {
  it('should read "X\'s government has said Country", "the President of the Republic of Country X" and "X, then as now Country\'s chancellor"', () => {
    expect(extractText('Ivo Marek’s government has said Sweden does not rule out a contribution.').triples).toContain('REPRESENTS:ivo-marek:sweden');
    expect(extractText('The President of the Republic of Poland Ivo Marek proposed it.').triples).toContain('REPRESENTS:ivo-marek:poland');
    expect(extractText('Ivo Marek, then as now Germany’s chancellor, replied within days.').triples).toContain('REPRESENTS:ivo-marek:germany');
  });
});

describe('#tabloid capitals', () => {
  it('should read a possessive in capitals ("AMERICA\'S Vice President") as the country it spells', () => {
    const r = extractText('AMERICA’S Vice President Ivo Marek was last night scrambling to limit the damage.');
    expect(r.triples).toContain('REPRESENTS:ivo-marek:united-states');
  });
});

describe('#talks and swaps as proposals', () => {
  it('should read offered direct talks and an agreed prisoner exchange as proposals, but not talks that took place', () => {
    expect(extractText('Ivo Marek proposed direct talks with Kyiv.').triples).toContain('PROPOSED:ivo-marek:direct-russia-ukraine-talks');
    expect(extractText('Ivo Marek told journalists that the sides agreed on the exchange of 1,000 prisoners of war for 1,000.').triples).toContain('SUPPORTS:ivo-marek:prisoner-exchange');
    expect(extractText('The direct talks that took place on Tuesday between Russia and Ukraine ended early.').ids).not.toContain('direct-russia-ukraine-talks');
  });
});

describe('#shared subjects', () => {
  it('should give a verb after ", but" with no subject of its own to the speaker, not to the country in the reported clause', () => {
    const r = extractText('Nora Lind said Denmark would consider sending instructors, but ruled out combat troops.');
    expect(r.triples).toContain('OPPOSES:nora-lind:european-peacekeeping-force');
    expect(r.relation('OPPOSES', 'denmark', 'european-peacekeeping-force')).toBeUndefined();
  });
});

describe('#presence at events', () => {
  it('should place a person "present in Paris" at the summit the text names next', () => {
    const r = extractText('Nora Lind, present in Paris, has made clear that Italy will not take part. On one point Thursday’s Paris summit was clear.');
    expect(r.triples.some((t) => t.startsWith('ATTENDED:nora-lind:'))).toBe(true);
  });

  it('should read an event "opened by" or held "under the hosting of" someone past a relative clause', () => {
    const r = extractText('The Istanbul talks took place yesterday under the hosting of Türkiye. The meeting, which lasted less than two hours, was opened by Foreign Minister Ivo Marek.');
    expect(r.triples).toEqual(expect.arrayContaining(['ATTENDED:turkey:istanbul-talks', 'ATTENDED:ivo-marek:istanbul-talks']));
  });
});

describe('#verdicts in Kremlin and tabloid phrasing', () => {
  it('should read "would be legitimate targets" and "a road to nowhere" as the speaker\'s opposition, not the object of "without"', () => {
    expect(extractText('Ivo Marek said any Western troops deployed in Ukraine would be legitimate targets.').triples).toContain('OPPOSES:ivo-marek:european-peacekeeping-force');
    const r = extractText('Ivo Marek said security guarantees for Ukraine without Russia were a road to nowhere.');
    expect(r.triples).toContain('OPPOSES:ivo-marek:security-guarantees');
    expect(r.relation('OPPOSES', 'russia', 'security-guarantees')).toBeUndefined();
  });
});

describe('#offers, asides and co-signatories', () => {
  it('should not read a meeting a country is ready to host as a meeting held', () => {
    const r = extractText('Ivo Marek stated that Türkiye is ready to host a meeting between Nora Lind and Luis Ortega.');
    expect(r.relation('MET_WITH', 'luis-ortega', 'nora-lind')).toBeUndefined();
  });

  it('should keep the speaker past an aside after "said that, in theory,"', () => {
    expect(extractText('Foreign Minister Ivo Marek has said that, in theory, Turkey could contribute to a peacekeeping force.').triples).toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });

  it('should give a partnership signed "with President X" to both signatories', () => {
    expect(extractText('Ivo Marek signed a 100-year partnership with President Nora Lind in Kyiv.').triples).toContain('SUPPORTS:nora-lind:100-year-partnership');
  });
});
