import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Sentences written for these tests; the people are invented.
describe('#carry-over (relation wordings of unseen news)', () => {
  it('should make a speaker who tells someone that a country holds a stance hold it too, not the one told', () => {
    const r = extractText('Ana Lupu told Pavel Dorn that Romania backed the peacekeeping force.');
    expect(r.relation('SUPPORTS', 'romania', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('SUPPORTS', 'ana-lupu', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('SUPPORTS', 'pavel-dorn', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should not give a listed guest the office of the next guest named', () => {
    const r = extractText('Ana Lupu hosted Pavel Dorn, French President Marc Vidal and German Chancellor Jonas Reiter.');
    expect(r.relation('REPRESENTS', 'pavel-dorn', 'france')).toBeUndefined();
    expect(r.relation('REPRESENTS', 'marc-vidal', 'france')).toBeDefined();
    expect(r.relation('REPRESENTS', 'jonas-reiter', 'germany')).toBeDefined();
    // A lone apposition still names the office.
    expect(extractText('Pavel Dorn, Estonia’s defence minister, spoke.').relation('REPRESENTS', 'pavel-dorn', 'estonia')).toBeDefined();
  });

  it('should read a host with several guests as a gathering, not as pairwise meetings', () => {
    const r = extractText('At a Downing Street meeting on Monday, Ana Lupu hosted Pavel Dorn, Marc Vidal and Jonas Reiter.');
    expect(r.triples.filter((t) => t.startsWith('MET_WITH'))).toEqual([]);
    expect(r.triples.filter((t) => t.startsWith('ATTENDED')).length).toBe(4);
    // One guest is a meeting.
    expect(extractText('Ana Lupu hosted Pavel Dorn in Bucharest.').triples).toContain('MET_WITH:ana-lupu:pavel-dorn');
  });

  it('should keep two events named in one sentence apart, and seat the main clause and the ones it tells at the first', () => {
    const r = extractText('At a White House meeting on Aug. 18, after his Alaska summit with Pavel Dorn, Ana Lupu told Marc Vidal and seven European leaders that the plan would work.');
    const events = r.entities.filter((e) => e.type === 'EVENT').map((e) => e.id);
    expect(events.length).toBe(2);
    const meeting = events.find((id) => id.startsWith('white-house-meeting'))!;
    const summit = events.find((id) => id.startsWith('alaska-summit'))!;
    expect(r.triples).toEqual(expect.arrayContaining([`ATTENDED:ana-lupu:${meeting}`, `ATTENDED:marc-vidal:${meeting}`, `ATTENDED:ana-lupu:${summit}`, `ATTENDED:pavel-dorn:${summit}`]));
    expect(r.triples).not.toContain(`ATTENDED:pavel-dorn:${meeting}`);
    expect(r.relation('MET_WITH', 'ana-lupu', 'pavel-dorn') ?? r.relation('MET_WITH', 'pavel-dorn', 'ana-lupu')).toBeDefined();
  });

  it('should name an owned event without its owner, and make owner and partner meet there', () => {
    const r = extractText('Ana Lupu’s Alaska summit with Pavel Dorn ended without a deal.');
    expect(r.ids).toContain('alaska-summit');
    expect(r.triples).toEqual(expect.arrayContaining(['ATTENDED:ana-lupu:alaska-summit', 'ATTENDED:pavel-dorn:alaska-summit']));
    // A summit only planned is no meeting.
    expect(extractText('Ana Lupu’s planned summit with Pavel Dorn will take place in May.').triples.filter((t) => !t.startsWith('REPRESENTS'))).toEqual([]);
  });

  it('should give a stance that a person\'s office states to the person', () => {
    expect(extractText('Romania will not send soldiers to Ukraine, Ana Lupu’s office said.').triples).toEqual(expect.arrayContaining(['OPPOSES:romania:european-peacekeeping-force', 'OPPOSES:ana-lupu:european-peacekeeping-force']));
    expect(extractText('Romania will not send soldiers to Ukraine, Prime Minister Ana Lupu’s office said, repeating her line.').triples).toContain('OPPOSES:ana-lupu:european-peacekeeping-force');
    // The office of an institution is no person's.
    expect(extractText('Romania will not send soldiers to Ukraine, the Romanian defence office said.').triples.filter((t) => t.includes('ana-lupu'))).toEqual([]);
  });

  it('should read leading a mission as backing it, but not "lead to" a consequence', () => {
    expect(extractText('Ana Lupu said Romania would lead a ceasefire monitoring mission.').triples).toEqual(expect.arrayContaining(['SUPPORTS:romania:ceasefire-monitoring-mission', 'SUPPORTS:ana-lupu:ceasefire-monitoring-mission']));
    expect(extractText('Ana Lupu said the peacekeeping force would lead to escalation.').relation('SUPPORTS', 'ana-lupu', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should name a body by the watch it keeps, not take it for the thing it watches', () => {
    const r = extractText('Ana Lupu said Romania would lead the mechanism to monitor a ceasefire.');
    expect(r.relation('SUPPORTS', 'ana-lupu', 'mechanism-to-monitor-a-ceasefire')).toBeDefined();
    expect(r.relation('SUPPORTS', 'ana-lupu', 'ceasefire')).toBeUndefined();
  });

  it('should read "a multinational force" as the coalition\'s named force, and troops sent to it as that force', () => {
    const r = extractText('Ana Lupu said Romania was against sending troops to the multinational force.');
    expect(r.ids).toContain('multinational-force-ukraine');
    expect(r.relation('OPPOSES', 'romania', 'multinational-force-ukraine')).toBeDefined();
    expect(r.relation('OPPOSES', 'romania', 'european-peacekeeping-force')).toBeUndefined();
    // Troops sent to a country stay the European force.
    expect(extractText('Ana Lupu said Romania would not send troops to Ukraine.').relation('OPPOSES', 'romania', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should give a quotation to the person a title after it names ("the President of the Council declared")', () => {
    const r = extractText('The Premier Ana Lupu spoke yesterday. “Romania will not send its soldiers to Ukraine. I said it in March and I say it today,” the President of the Council declared.');
    expect(r.relation('OPPOSES', 'ana-lupu', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should read "…, the chancellor said" as the person the text is about, not as another person just named', () => {
    const r = extractText('Jonas Reiter was more careful. Germany will station troops in Ukraine, the chancellor said, but only later.');
    expect(r.relation('SUPPORTS', 'jonas-reiter', 'european-peacekeeping-force')).toBeDefined();
    const other = extractText('Ana Lupu met Jonas Reiter. Romania will send troops to Ukraine, the president said.');
    expect(other.relation('SUPPORTS', 'ana-lupu', 'european-peacekeeping-force')).toBeUndefined();
    expect(other.relation('SUPPORTS', 'jonas-reiter', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should read a live report\'s presence wordings as attendance at the summit it covers', () => {
    const r = extractText('Leaders gather for the Paris summit today. Ana Lupu and Pavel Dorn attend in person for Romania. Marc Vidal came with Jonas Reiter. Lena Holm is also here, as is the European Council’s Ivo Marek. He is sitting at the table with Nora Lind.');
    const event = r.entities.find((e) => e.type === 'EVENT')!.id;
    for (const who of ['ana-lupu', 'pavel-dorn', 'marc-vidal', 'jonas-reiter', 'lena-holm', 'ivo-marek', 'nora-lind']) expect(r.triples).toContain(`ATTENDED:${who}:${event}`);
  });

  it('should not seat people whose coming is only announced', () => {
    const r = extractText('Leaders gather for the Paris summit next week. Ana Lupu will come with Jonas Reiter. Lena Holm is expected to attend, as is Ivo Marek.');
    expect(r.triples.filter((t) => t.startsWith('ATTENDED'))).toEqual([]);
  });

  it('should read signing, "putting their names to" and a verdict of progress as support', () => {
    const r = extractText('Ana Lupu and Pavel Dorn have put their names to a declaration of intent on troops. Marc Vidal called the Bucharest Declaration “a decisive step”.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:ana-lupu:declaration-of-intent', 'SUPPORTS:pavel-dorn:declaration-of-intent', 'SUPPORTS:marc-vidal:bucharest-declaration']));
    expect(extractText('Marc Vidal called the Bucharest Declaration a step backwards.').relation('SUPPORTS', 'marc-vidal', 'bucharest-declaration')).toBeUndefined();
  });

  it('should give a declaration "signed there by" its signatories, and find a name that opens its sentence', () => {
    const r = extractText('The Bucharest Declaration, signed there by Romania and Moldova, speaks of a multinational force.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:romania:bucharest-declaration', 'SUPPORTS:moldova:bucharest-declaration']));
    expect(r.relation('SUPPORTS', 'romania', 'multinational-force-ukraine')).toBeUndefined();
  });

  it('should send soldiers with no force named to the force the article is about', () => {
    const r = extractText('Twenty countries joined the reassurance force on Monday. The reassurance force would deploy after a ceasefire. Ana Lupu said Romania would not send soldiers to Ukraine.');
    expect(r.relation('OPPOSES', 'romania', 'reassurance-force')).toBeDefined();
    expect(r.relation('OPPOSES', 'romania', 'european-peacekeeping-force')).toBeUndefined();
    // A force only described ("a planned force") names none: the soldiers stay the European force.
    const plain = extractText('Europe\'s planned force is still waiting. Ana Lupu said Romania would not send soldiers to Ukraine.');
    expect(plain.relation('OPPOSES', 'romania', 'european-peacekeeping-force')).toBeDefined();
  });

  it('should read a promise or a pledge of a thing, and standing behind it, as support', () => {
    expect(extractText('Ana Lupu promised “boots on the ground and planes in the air” to secure a peace.').triples).toContain('SUPPORTS:ana-lupu:european-peacekeeping-force');
    expect(extractText('“Romania will stand behind the security guarantees,” Ana Lupu said.').triples).toEqual(expect.arrayContaining(['SUPPORTS:romania:security-guarantees', 'SUPPORTS:ana-lupu:security-guarantees']));
    // A promise made to a person of something else is no stance on a proposal.
    expect(extractText('Ana Lupu promised Pavel Dorn that the talks would go on.').triples.filter((t) => t.startsWith('SUPPORTS'))).toEqual([]);
  });

  it('should read an intelligence office in an apposition', () => {
    expect(extractText('Pavel Dorn, Romania’s military intelligence chief, spoke.').relation('REPRESENTS', 'pavel-dorn', 'romania')).toBeDefined();
  });

  it('should read bare "guarantees" after a stance or a determiner as security guarantees', () => {
    expect(extractText('Ana Lupu said a just peace required guarantees “with teeth”.').triples).toContain('SUPPORTS:ana-lupu:security-guarantees');
    expect(extractText('Ana Lupu gave loan guarantees to farmers.').ids).not.toContain('security-guarantees');
  });

  it('should read sending one\'s own plan as proposing it, a revised plan being the same plan', () => {
    const r = extractText('Ana Lupu said Romania would send its revised 12-point plan to Brussels.');
    expect(r.triples).toEqual(expect.arrayContaining(['PROPOSED:romania:12-point-plan', 'PROPOSED:ana-lupu:12-point-plan']));
    expect(extractText('Ana Lupu said Romania would send troops to Ukraine.').triples.filter((t) => t.startsWith('PROPOSED'))).toEqual([]);
  });

  it('should give a party\'s stance to the party, not to the leader named after "of"', () => {
    const r = extractText('The Green Movement of Ana Lupu is against sending troops to Ukraine.');
    expect(r.relation('OPPOSES', 'green-movement', 'european-peacekeeping-force')).toBeDefined();
    expect(r.relation('OPPOSES', 'ana-lupu', 'european-peacekeeping-force')).toBeUndefined();
  });

  it('should not read joining talks on a proposal as a stance on it', () => {
    expect(extractText('Pavel Dorn is expected to join the talks on security guarantees.').triples).toEqual([]);
    expect(extractText('Pavel Dorn wants to join the peacekeeping force.').triples).toContain('SUPPORTS:pavel-dorn:european-peacekeeping-force');
  });

  it('should name a proposal by a short quoted phrase for what someone would build', () => {
    const r = extractText('Ana Lupu said Romania would set up “logistics hubs” across Moldova.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:romania:logistics-hubs', 'SUPPORTS:ana-lupu:logistics-hubs']));
    expect(extractText('The war would create “a climate of fear”, Ana Lupu said.').triples).toEqual([]);
  });

  it('should seat those who held the talks named, and read talks still to come as neither meeting nor attendance', () => {
    const r = extractText('Romania, Moldova and Bulgaria held their first three-way talks in Varna on Friday.');
    const event = r.entities.find((e) => e.type === 'EVENT')!.id;
    expect(r.triples).toEqual(expect.arrayContaining([`ATTENDED:romania:${event}`, `ATTENDED:moldova:${event}`, `ATTENDED:bulgaria:${event}`]));
    expect(extractText('Romania and Moldova will hold talks in Varna next week.').triples).toEqual([]);
  });

  it('should read "he" in the next sentence as the subject of the one before, not a person named after "with"', () => {
    const r = extractText('After his summit with Pavel Dorn, Ana Lupu spoke to reporters. She said that Romanian troops would not be deployed to Ukraine.');
    const all = [...r.relations, ...r.candidates].filter((x) => x.type === 'OPPOSES').map((x) => x.source);
    expect(all).toContain('ana-lupu');
    expect(all).not.toContain('pavel-dorn');
  });
});
