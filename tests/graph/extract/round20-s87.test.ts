import { describe, it, expect } from 'vitest';
import { extractText, stances } from './helpers';

const extractTriples = (text: string) => extractText(text).triples;

// Round 20 (s87): stances toward proposals the recogniser did not know, and stance frames. People invented where a
// name would not resolve; the sentences are written here, not taken from any evaluation article.

describe('a logistics hub for a force', () => {
  it('should read running, hosting, being or serving as the logistics hub as backing it', () => {
    expect(stances('Tusk said Poland would run the logistics hub through which the force would be supplied.')).toContain('SUPPORTS:poland:logistics-hub');
    expect(stances('Oslo will host the logistics hub behind the force, Jonas Gahr Store said.')).toContain('SUPPORTS:norway:logistics-hub');
    expect(stances('Bucharest offers its ports and airfields as the logistics base for any mission.')).toContain('SUPPORTS:romania:logistics-hub');
    expect(stances('Tusk said Poland will be responsible for the logistics hub.')).toContain('SUPPORTS:poland:logistics-hub');
  });

  it('should read offering to serve as the hub as backing it, not proposing it', () => {
    const found = extractTriples('Warsaw has ruled out sending soldiers, though it offers to serve as the logistics hub.');
    expect(found).toContain('SUPPORTS:poland:logistics-hub');
    expect(found).not.toContain('PROPOSED:poland:logistics-hub');
  });

  it('should keep a negation before "and would instead" in the first clause', () => {
    const found = stances('Tusk said that Poland would not deploy soldiers to Ukraine and would instead serve as the logistics hub for the effort.');
    expect(found).toContain('SUPPORTS:donald-tusk:logistics-hub');
    expect(found).toContain('OPPOSES:donald-tusk:european-peacekeeping-force');
    expect(found).not.toContain('OPPOSES:donald-tusk:logistics-hub');
  });

  it('should not read a hub visited, refused or of another kind as backed', () => {
    expect(stances('Tusk visited a logistics hub in Rzeszow on Monday.')).toEqual([]);
    expect(stances('Orban said Hungary would never host a logistics hub for the force.')).not.toContain('SUPPORTS:hungary:logistics-hub');
    expect(stances('Kosiniak-Kamysz said Poland would act as the hub for any reassurance force.').filter((t) => t.startsWith('SUPPORTS:'))).toEqual([]);
  });
});

describe('a withdrawal of Ukraine\'s army from Donbas', () => {
  it('should read leaving or withdrawing from Donbas as a proposal stances are taken on', () => {
    expect(stances('Zelensky said that Ukraine does not agree to leave Donbas.')).toContain('OPPOSES:ukraine:withdrawal-of-ukrainian-forces-from-donbas');
    expect(stances('Zelensky rejected a withdrawal of Ukrainian troops from the Donbas.')).toContain('OPPOSES:volodymyr-zelensky:withdrawal-of-ukrainian-forces-from-donbas');
    expect(stances('Lavrov demanded the withdrawal of Ukrainian forces from the rest of Donetsk region.')).toContain('SUPPORTS:sergei-lavrov:withdrawal-of-ukrainian-forces-from-donbas');
  });

  it('should not make a proposal of Donbas named alone or of a visit there', () => {
    expect(stances('Zelensky visited troops in Donbas on Friday and backed nothing new.')).toEqual([]);
    expect(extractText('Fighting in Donbas went on through the night.').ids).not.toContain('withdrawal-of-ukrainian-forces-from-donbas');
  });
});

describe('taking part in guarantees, being part of a force, leading a mission', () => {
  it('should read taking part in guarantees as backing them', () => {
    expect(stances('Merz declared that Germany will take part in security guarantees for Ukraine.')).toContain('SUPPORTS:germany:security-guarantees');
  });

  it('should read "could be part of" and "could lead" as backing', () => {
    expect(stances('Starmer said British troops could be part of such a force.')).toContain('SUPPORTS:keir-starmer:european-peacekeeping-force');
    expect(stances('Fidan has signalled that Turkey could lead a maritime mission.')).toContain('SUPPORTS:turkey:maritime-mission');
  });

  it('should not read taking part in a meeting or a summit as backing what it discussed', () => {
    expect(stances('Merz took part in the summit on Monday, where security guarantees were discussed by others.').filter((t) => t.startsWith('SUPPORTS:friedrich-merz'))).toEqual([]);
    expect(stances('Merz said Germany will not take part in security guarantees.')).not.toContain('SUPPORTS:germany:security-guarantees');
  });
});

describe('a force that stands ready', () => {
  it('should read a force the speaker says stands ready to deploy as backed by the speaker', () => {
    expect(stances('Starmer said the Multinational Force Ukraine stands ready to deploy once the guns fall silent.')).toContain('SUPPORTS:keir-starmer:multinational-force-ukraine');
  });

  it('should not read a force said not to stand ready, or standing ready to do something else, as backed', () => {
    expect(stances('Starmer said the Multinational Force Ukraine does not stand ready to deploy.')).not.toContain('SUPPORTS:keir-starmer:multinational-force-ukraine');
    expect(stances('Starmer said the Multinational Force Ukraine stands ready to be scrapped.')).not.toContain('SUPPORTS:keir-starmer:multinational-force-ukraine');
  });
});

describe('playing one\'s part in what the sentence is about', () => {
  it('should read "would play its part" after guarantees in the same sentence as backing them', () => {
    expect(stances("Chancellor Merz said Europe's guarantees had to be credible at sea and in the air, and that Germany would play its part.")).toContain('SUPPORTS:germany:security-guarantees');
    expect(stances('Any settlement has to be backed by guarantees that hold, and Norway will play its full part in them.')).toContain('SUPPORTS:norway:security-guarantees');
  });

  it('should not read a part played in something that is no proposal as a stance', () => {
    expect(stances('Merz said the football final was fun and that Germany would play its part.')).toEqual([]);
  });
});

describe('guarantees named by "any" or by Europe', () => {
  it('should read "any guarantees" and "Europe\'s guarantees" as the security guarantees', () => {
    expect(stances('Macron told the chiefs that any guarantees had to be credible and long-term.')).toContain('SUPPORTS:emmanuel-macron:security-guarantees');
  });

  it('should not read a guarantee of another kind as them', () => {
    expect(extractText('The bank said its guarantees were rare.').ids).not.toContain('security-guarantees');
  });
});

describe('refusals in other words', () => {
  it('should read a quoted "no plans" to send troops as a refusal, not a plan', () => {
    const found = stances('Tusk said Poland had "no plans" to send its soldiers to Ukraine.');
    expect(found).toContain('OPPOSES:poland:european-peacekeeping-force');
    expect(found).not.toContain('SUPPORTS:poland:european-peacekeeping-force');
  });

  it('should read excluding a nation\'s troops named without a determiner as opposing them', () => {
    expect(stances('Trump excluded American ground troops in Ukraine.')).toContain('OPPOSES:donald-trump:us-troops-in-ukraine');
    expect(stances('Trump did not exclude a role for NATO in the talks.')).toEqual([]);
  });

  it('should read a proposal said to lead nowhere as opposed by the speaker', () => {
    expect(stances('Lavrov said that security guarantees which are discussed without Russia lead "nowhere".')).toContain('OPPOSES:sergei-lavrov:security-guarantees');
    expect(stances('Lavrov said the road from the airport leads nowhere.')).toEqual([]);
  });

  it('should read "now is not the time to" a proposal as refusing it', () => {
    expect(stances('Starmer told reporters that now is not the time to lift sanctions.')).toContain('OPPOSES:keir-starmer:easing-of-sanctions-on-russia');
    expect(stances('Starmer said now is the time to lift sanctions on nobody.')).not.toContain('OPPOSES:keir-starmer:easing-of-sanctions-on-russia');
  });

  it('should read spending a share of GDP as backing that target, and refusing to as opposing it', () => {
    expect(stances('Sanchez said Spain will not spend 5% of its gross domestic product on defence.')).toContain('OPPOSES:spain:defence-spending-of-5-of-gdp');
    expect(stances('Rutte said every ally will spend 5% of GDP on defence by 2035, and Dick Schoof agreed.')).not.toContain('OPPOSES:dick-schoof:defence-spending-of-5-of-gdp');
  });
});

describe('a seat at the table', () => {
  it('should read wanting or denying a seat at the table as a stance on it', () => {
    expect(stances('Kallas said Europe must have a seat at the table.')).toContain('SUPPORTS:kaja-kallas:seat-at-the-negotiating-table');
    expect(stances('Kellogg told the conference on Saturday that Europe would not have a seat at the negotiating table.')).toContain('OPPOSES:keith-kellogg:seat-at-the-negotiating-table');
  });

  it('should not read a seat taken at a dinner table as a proposal', () => {
    expect(stances('Macron took his seat at the table after lunch.')).toEqual([]);
  });
});

describe('the states an envoy is sent for', () => {
  it('should not make the states after "envoy for" the subject of the envoy\'s clause', () => {
    const found = stances("Keith Kellogg, Donald Trump's envoy for Ukraine and Russia, told the conference on Saturday that Europe would not have a seat at the negotiating table.");
    expect(found).toContain('OPPOSES:keith-kellogg:seat-at-the-negotiating-table');
    expect(found).not.toContain('OPPOSES:russia:seat-at-the-negotiating-table');
    expect(found).not.toContain('OPPOSES:ukraine:seat-at-the-negotiating-table');
  });

  it('should still read a state named before its own envoy as a subject', () => {
    expect(stances('Ukraine and Russia rejected the ceasefire proposal, the envoy said.')).toContain('OPPOSES:ukraine:ceasefire-proposal');
  });
});

describe('a security force after a ceasefire', () => {
  it('should read an unnamed security or stabilisation force after a truce, or in Ukraine, as the European force', () => {
    expect(stances('Trudeau said Canada was open to contributing to a security force after a ceasefire.')).toContain('SUPPORTS:canada:european-peacekeeping-force');
    expect(stances('Oslo said it is ready to contribute to a security force in Ukraine.')).toContain('SUPPORTS:norway:european-peacekeeping-force');
  });

  it('should not read a security force placed after something else as that force', () => {
    expect(extractText('The government deployed a security force after the riots.').ids).not.toContain('european-peacekeeping-force');
  });
});
