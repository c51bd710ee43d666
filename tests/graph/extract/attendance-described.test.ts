import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Taking part described rather than stated: "was the only leader at", "his speech to", "said … at a meeting of",
// "which Ukraine accepted during talks in", a delegation at the talks, a virtual meeting hosted.
const attendedBy = (text: string) => {
  const r = extractText(text);
  const events = r.entities.filter((e) => e.type === 'EVENT').map((e) => e.id);
  return { r, events, who: r.relations.filter((x) => x.type === 'ATTENDED').map((x) => x.source) };
};

describe('attendance described', () => {
  it('should read "was the only Nordic leader at" the summit', () => {
    const { who } = attendedBy("Prime Minister Nora Lind was the only Nordic leader at Monday's emergency summit in Paris.");
    expect(who).toContain('nora-lind');
  });

  it('should read a speech to a conference', () => {
    const { who } = attendedBy('Ivo Marek used his speech to the Munich Security Conference on Saturday to urge Europe to build an army.');
    expect(who).toContain('ivo-marek');
  });

  it('should read a virtual meeting hosted', () => {
    const { who, events } = attendedBy('Ivo Marek hosted a virtual meeting of around 25 leaders on Saturday.');
    expect(events.length).toBe(1);
    expect(who).toContain('ivo-marek');
  });

  it('should put the speaker at the meeting where they spoke, past a negation in what they said', () => {
    const { who } = attendedBy('Ivo Marek spoke in Berlin. Sending soldiers was "not on the agenda", he said on Wednesday at a meeting of NATO defence ministers in Brussels.');
    expect(who).toContain('ivo-marek');
  });

  it('should give "during talks" to the subject of the relative clause, not the speaker', () => {
    const { who } = attendedBy('Nora Lind said Russia should accept the ceasefire which Ukraine accepted during talks in Jeddah on 11 March.');
    expect(who).toContain('ukraine');
    expect(who).not.toContain('nora-lind');
  });

  it('should not put at the summit what was only agreed there', () => {
    const { who } = attendedBy('Russia rejected the plan agreed at the summit in Paris.');
    expect(who).toEqual([]);
  });

  it('should put a country whose delegation took part at the talks, not one in another clause', () => {
    expect(attendedBy('The talks in Geneva on Sunday brought together Ivo Marek on the American side and a Kiev delegation led by Nora Lind.').who).toEqual(expect.arrayContaining(['united-states', 'ukraine']));
    expect(attendedBy('While Russian negotiators sat down in Istanbul, Nora Lind spoke at the summit in Tirana.').who).not.toContain('russia');
  });

  it('should read companions ("together with") and a numbered group ("all three countries") as those who joined', () => {
    const { who } = attendedBy('Spain said it was ready. Portugal agreed, and Greece was open to it. All three countries, together with Italy and Malta, joined a second meeting in Rome on Wednesday.');
    expect(who).toEqual(expect.arrayContaining(['spain', 'portugal', 'greece', 'italy', 'malta']));
  });

  it('should not read a numbered group when fewer are named before', () => {
    const { who } = attendedBy('Spain said it was ready. All three countries joined a meeting in Rome on Wednesday.');
    expect(who).not.toContain('spain');
  });

  it("should read taking part in a coalition's own meeting as a stance for the coalition, not any meeting", () => {
    const r = extractText('Ivo Marek took part on Saturday in the videoconference of the coalition of the willing, which was led by Nora Lind.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:ivo-marek:coalition-of-the-willing', 'SUPPORTS:nora-lind:coalition-of-the-willing']));
    expect(extractText('Ivo Marek took part on Saturday in the summit in Rome, where the coalition of the willing was discussed.').triples).not.toContain('SUPPORTS:ivo-marek:coalition-of-the-willing');
  });

  it('should put the one named alongside a chair at the meeting', () => {
    const { who } = attendedBy("Today Ivo Marek is co-chairing, with Germany's Defence Minister Nora Lind, the Ukraine Defence Contact Group meeting at NATO headquarters.");
    expect(who).toEqual(expect.arrayContaining(['ivo-marek', 'nora-lind']));
  });

  it('should read a host named long after the talks ("under the hosting of")', () => {
    const { who } = attendedBy('The Istanbul talks between the delegations of Russia and Ukraine took place yesterday at the Dolmabahçe Working Office under the hosting of Türkiye.');
    expect(who).toEqual(expect.arrayContaining(['russia', 'ukraine', 'turkey']));
  });

  it('should not put at the summit delegations that are only due somewhere else', () => {
    const { who } = attendedBy('The emergency summit in Paris ended without a statement, and American and Russian delegations are due in Riyadh tomorrow.');
    expect(who).not.toContain('russia');
  });
});
