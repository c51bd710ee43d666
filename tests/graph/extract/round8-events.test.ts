import { describe, it, expect } from 'vitest';
import { createExtractor } from '@/graph/extract/pipeline';

// Round 8: events the rules did not read, and who attended them. Sentences written for these tests; the people and
// meetings are invented.
const extract = (text: string, publishedAt = '2025-12-20') => {
  const r = createExtractor([])({ id: 'snippet', title: 'Snippet', text, publishedAt });
  return {
    triples: [...r.relations, ...r.candidates].map((x) => `${x.type}:${x.source}:${x.target}`),
    events: r.entities.filter((e) => e.type === 'EVENT'),
  };
};
const attendees = (r: ReturnType<typeof extract>, event: string) => r.triples.filter((t) => t.startsWith('ATTENDED:') && t.endsWith(`:${event}`)).map((t) => t.split(':')[1]).sort();

describe('an event named by its date', () => {
  it('should make "the 18-19 December summit" an EVENT dated by its first day, and "the summit" the same one', () => {
    const r = extract('The 18-19 December summit ran late into the night. Lena Halvorsen attended the summit and backed the loan.');
    expect(r.events.map((e) => e.date)).toEqual(['2025-12-18']);
    expect(attendees(r, r.events[0].id)).toEqual(['lena-halvorsen']);
  });

  it('should read the month-first form and a year', () => {
    const r = extract('Piet Maas attended the Dec. 4, 2024 meeting, aides said.');
    expect(r.events.map((e) => e.date)).toEqual(['2024-12-04']);
  });

  it('should not read a call for something as a dated call, nor a date alone as an event', () => {
    expect(extract('On 3 December Piet Maas renewed his call for a ceasefire.').events).toEqual([]);
    expect(extract('The 3 December call to arms went unheeded, Piet Maas said.').events).toEqual([]);
  });
});

describe('a gathering named by who met and where', () => {
  it('should make "a meeting of military planners in Tromsø" an EVENT, with the one who addressed it there', () => {
    const r = extract('Lena Halvorsen today addressed senior officers at a meeting of military planners in Tromsø.', '2025-03-20');
    expect(r.events.map((e) => [e.date, e.aliases])).toEqual([['2025-03-20', expect.arrayContaining(['meeting of military planners'])]]);
    expect(attendees(r, r.events[0].id)).toEqual(['lena-halvorsen']);
  });

  it('should not make a news conference in a city an event', () => {
    expect(extract('Piet Maas spoke at a press conference of party officials in Bergen on Monday.').events).toEqual([]);
  });
});

describe('attendance told in a "where" clause on the event', () => {
  it('should count the subjects of a clause placed at the event', () => {
    const r = extract('The trip followed Sunday\'s meeting in Bergen, where Lena Halvorsen, Piet Maas and Hans Berger received a Finnish team.');
    expect(attendees(r, r.events[0].id)).toEqual(['hans-berger', 'lena-halvorsen', 'piet-maas']);
  });

  it('should not count someone who will only go there, or did not', () => {
    const r = extract('Leaders look to the summit in Bergen on Sunday, where Lena Halvorsen will speak. The talks in Oslo on Monday, where Piet Maas did not appear, ended early.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:'))).toEqual([]);
  });
});

describe('presence told after the sentence naming the event', () => {
  it('should read "said there", "joined by video" and "flew in for" as presence at the event just named', () => {
    const r = extract('The line was set on 17 February, at the emergency meeting Lena Halvorsen called in Bergen. Piet Maas said there that Norway would not send troops. Hans Berger joined by video and backed the plan. Aino Laine flew in for the closing session.');
    const id = r.events[0].id;
    expect(attendees(r, id)).toEqual(expect.arrayContaining(['aino-laine', 'hans-berger', 'piet-maas']));
  });

  it('should not read an existential "there" as presence, nor point back at an event named long before', () => {
    const r = extract('Leaders met at the Bergen summit on Monday. Piet Maas said there was no plan yet.');
    expect(r.triples).not.toContain(`ATTENDED:piet-maas:${r.events[0].id}`);
    const far = extract(`Leaders met at the Bergen summit on Monday. ${'The weather in the north stayed cold and wet for the whole week. '.repeat(8)}Hans Berger said there that the plan was ready.`);
    expect(far.triples.filter((t) => t.startsWith('ATTENDED:hans-berger'))).toEqual([]);
  });
});

describe('the UN General Assembly', () => {
  it('should make it an EVENT that a minister who set out a position at it attended', () => {
    const r = extract('Foreign Minister Piet Maas set out the position at the UN General Assembly in New York on 27 September.', '2025-10-03');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['UN General Assembly', '2025-09-27']]);
    expect(attendees(r, r.events[0].id)).toEqual(['piet-maas']);
  });
});

describe('an event referred back to by its kind', () => {
  it('should take "the call" to the last call, not to a summit named since', () => {
    const r = extract('Lena Halvorsen held a video call with Piet Maas on Monday. Leaders gathered for the Bergen summit on Tuesday. Hans Berger had also joined the call.');
    const call = r.events.find((e) => /call/i.test(e.name))!;
    const summit = r.events.find((e) => /summit/i.test(e.name))!;
    expect(r.triples).toContain(`ATTENDED:hans-berger:${call.id}`);
    expect(r.triples).not.toContain(`ATTENDED:hans-berger:${summit.id}`);
  });

  it('should take "the summit" to the last gathering, not to a call named since', () => {
    const r = extract('Leaders gathered for the Bergen summit on Tuesday. Lena Halvorsen held a video call with Piet Maas on Wednesday. Hans Berger had also attended the summit.');
    const summit = r.events.find((e) => /summit/i.test(e.name))!;
    expect(r.triples).toContain(`ATTENDED:hans-berger:${summit.id}`);
  });
});

describe('talks held with someone in a place', () => {
  it('should make "held talks with a Russian delegation in Tromsø on Monday" an event the holder and the delegation attended', () => {
    const r = extract('Western media report that Piet Maas held talks with a Russian delegation in Tromsø on Monday evening.', '2025-11-26');
    expect(r.events.map((e) => [e.name, e.date])).toEqual([['Talks in Tromsø', '2025-11-24']]);
    expect(attendees(r, r.events[0].id)).toEqual(['piet-maas', 'russia']);
  });

  it('should not make talks that are only planned an attended event', () => {
    const r = extract('Piet Maas will hold talks with a Russian delegation in Tromsø next week.', '2025-11-26');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:'))).toEqual([]);
  });
});

describe('arrival for the event', () => {
  it('should read "had flown in to sign" as presence at the meeting just named', () => {
    const r = extract('On Friday came the Oval Office meeting. Lena Halvorsen had flown in to sign the minerals deal.', '2025-03-01');
    expect(attendees(r, r.events[0].id)).toEqual(['lena-halvorsen']);
  });
});

describe('a speech at the event', () => {
  it('should count the one whose speech was given in the hall of the event', () => {
    const r = extract('A sharp speech from Lena Halvorsen in the main hall of the Nordic Security Forum.');
    expect(attendees(r, r.events[0].id)).toEqual(['lena-halvorsen']);
  });

  it('should not count a speech that is only planned', () => {
    const r = extract('A speech by Piet Maas to the Nordic Security Forum is expected on Friday.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED:'))).toEqual([]);
  });
});

describe('one event under two names', () => {
  it('should keep "the Bergen summit" and "the summit in Bergen on Monday" one event', () => {
    const r = extract('Leaders look back on the Bergen summit. At the NATO summit in Bergen on Monday, Lena Halvorsen said the plan was ready.', '2025-06-11');
    expect(r.events).toHaveLength(1);
    expect(r.events[0].date).toBe('2025-06-09');
  });

  it('should keep apart events of another kind, or on another date, named after the same place', () => {
    const kind = extract('Leaders met at the Bergen summit. Piet Maas held talks in Bergen with Lena Halvorsen on 2 June.');
    expect(kind.events).toHaveLength(2);
    const dates = extract('The Bergen summit on 3 March set the plan. The NATO summit in Bergen on 2 June signed it.');
    expect(dates.events).toHaveLength(2);
  });
});
