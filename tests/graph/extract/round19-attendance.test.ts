import { describe, it, expect } from 'vitest';
import { extractText, pairs } from './helpers';
import { readEventDate } from '@/graph/extract/event-date';

// Round 19 (s84): wordings of attendance read at a gathering already recognised. People, places and sentences invented
// for the tests.
const attended = pairs('ATTENDED');

describe('a meeting at the margin of a gathering', () => {
  it('should read "at the margin of the summit" as "on the sidelines of" it: both who met were there', () => {
    const who = attended('The NATO summit in Oslo ended on Wednesday. On Wednesday Anna Lind met Piet Smit for an hour at the margin of the summit.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>nato-summit-in-oslo', 'piet-smit>nato-summit-in-oslo']));
  });

  it('should read who closed a summit, with its day between ("closed yesterday the summit"), as there', () => {
    expect(attended('The prime minister, Anna Lind, closed yesterday the NATO summit in Oslo with a press conference.')).toContain('anna-lind>nato-summit-in-oslo');
  });

  it('should not read a summit that was closed to the press as one the subject closed', () => {
    expect(attended('Anna Lind said the talks were closed to the press.')).toEqual([]);
  });
});

describe('a participle set off after a person', () => {
  it('should read "X, speaking on Saturday at the G20 summit, said" as X at the summit', () => {
    expect(attended('Prime Minister Anna Lind, speaking on Saturday at the G20 summit in Oslo, said the plan was ready.')).toContain('anna-lind>g20-summit-in-oslo');
  });

  it('should not give the participle to a person named before the clause it opens', () => {
    expect(attended('Anna Lind said that Piet Smit, speaking at the summit in Oslo on Saturday, had been clear.')).not.toContain('anna-lind>summit-in-oslo');
  });
});

describe('countries through their officials', () => {
  it('should read "advisers from A, B and C also took part in parts of the talks" as the states there', () => {
    const who = attended('Negotiators held talks in Geneva on Sunday. National security advisers from Norway, Denmark and Finland also took part in parts of the talks.');
    expect(who).toEqual(expect.arrayContaining(['norway>talks-in-geneva', 'denmark>talks-in-geneva', 'finland>talks-in-geneva']));
  });
});

describe('"as was" after presence', () => {
  it('should read the envoy named after a possessive, not the one whose envoy he is', () => {
    const who = attended('Leaders met at the summit in Oslo on Monday. Anna Lind was there in person, as was Piet Smit\'s envoy Karl Berg.');
    expect(who).toContain('karl-berg>summit-in-oslo');
    expect(who).not.toContain('piet-smit>summit-in-oslo');
  });
});

describe('a sitting placed in another city', () => {
  it('should not put delegations that sat down in another city at the summit named before', () => {
    const who = attended('Anna Lind was at the G20 summit in Oslo on Saturday. Her adviser flew to Geneva on Sunday, where Norwegian and Danish delegations sat down with Finnish officials.');
    expect(who).not.toContain('norway>g20-summit-in-oslo');
    expect(who).not.toContain('denmark>g20-summit-in-oslo');
  });
});

describe('"last weekend" and a weekend day', () => {
  it('should date "last weekend … Saturday" to the Saturday before the article\'s week', () => {
    expect(readEventDate('Those who saw her in Oslo last weekend, at the summit, say she was tired for most of Saturday.', '2025-11-30')?.date).toBe('2025-11-22');
    expect(readEventDate('She was in Oslo last weekend and flew home on Sunday.', '2025-11-26')?.date).toBe('2025-11-23');
  });

  it('should keep a weekday without "last weekend" as the latest before publication', () => {
    expect(readEventDate('She was in Oslo on Saturday.', '2025-11-30')?.date).toBe('2025-11-29');
  });
});

describe('states whose leaders a host welcomed', () => {
  it('should read "welcomed the leaders of A, B and C to Downing Street" as those states there, with the host', () => {
    const who = attended('Prime Minister Anna Lind welcomed the leaders of Norway, Denmark and Finland to Downing Street on 8 December 2025 to discuss peace.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>meeting-at-downing-street-2025-12-08', 'norway>meeting-at-downing-street-2025-12-08', 'denmark>meeting-at-downing-street-2025-12-08', 'finland>meeting-at-downing-street-2025-12-08']));
  });

  it('should not read states named after the seat, outside the list of guests', () => {
    const who = attended('Prime Minister Anna Lind welcomed Piet Smit to Downing Street on 8 December 2025 to discuss aid for Norway.');
    expect(who).not.toContain('norway>meeting-at-downing-street-2025-12-08');
  });
});

describe('a gathering held with someone, told in a relative clause', () => {
  it('should read "…, which the Prime Minister co-chaired with President B" as both there', () => {
    const who = attended('It followed the Coalition of the Willing video call of 25 November, which Anna Lind co-chaired with President Piet Smit.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>coalition-of-the-willing-video-call', 'piet-smit>coalition-of-the-willing-video-call']));
  });

  it('should not read one met after it, outside the verb of holding', () => {
    const who = attended('It followed the Coalition of the Willing video call of 25 November, which Anna Lind co-chaired before talks with President Piet Smit.');
    expect(who.some((w) => w.startsWith('piet-smit>'))).toBe(false);
  });
});

describe('presence in person or from a city', () => {
  it('should read "A, B and C came in person" and "X, who took part by video from Bergen," as there', () => {
    const who = attended('Leaders met at the summit in Oslo on 4 May 2025. Anna Lind, Piet Smit and Karl Berg came in person, while the others joined by video. Ole Dahl, who took part by video from Bergen, said it went well.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>summit-in-oslo-2025-05-04', 'piet-smit>summit-in-oslo-2025-05-04', 'karl-berg>summit-in-oslo-2025-05-04', 'ole-dahl>summit-in-oslo-2025-05-04']));
  });

  it('should not read coming from a city to something else as presence', () => {
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. A week later Anna Lind came from Bergen to open a school.')).not.toContain('anna-lind>summit-in-oslo-2025-05-04');
  });
});

describe('one greeted at a gathering', () => {
  it('should read "X was greeted by A and B" at the summit as all three there', () => {
    const who = attended('Leaders met at the summit in Oslo on 4 May 2025. Anna Lind was greeted by Council President Piet Smit and Commission President Karl Berg.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>summit-in-oslo-2025-05-04', 'piet-smit>summit-in-oslo-2025-05-04', 'karl-berg>summit-in-oslo-2025-05-04']));
  });

  it('should not read a greeting still to come', () => {
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Anna Lind will be greeted by Piet Smit and Karl Berg next week.')).toEqual([]);
  });
});

describe('speaking of a gathering on leaving it', () => {
  it('should read "X told reporters after the summit" as there, not one who only said something after it', () => {
    const who = attended('Leaders met at the summit in Oslo on 4 May 2025. Prime Minister Anna Lind told reporters after the summit that there was clarity. Mr Piet Smit said after the summit that he felt support.');
    expect(who).toContain('anna-lind>summit-in-oslo-2025-05-04');
    expect(who).not.toContain('piet-smit>summit-in-oslo-2025-05-04');
  });

  it('should not read "the meeting" as a summit named long before, nor one still to come', () => {
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Anna Lind met Piet Smit in Bergen. Piet Smit told reporters after the meeting that it went well.')).not.toContain('piet-smit>summit-in-oslo-2025-05-04');
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Karl Berg will tell reporters after the summit what was agreed.')).not.toContain('karl-berg>summit-in-oslo-2025-05-04');
  });
});

describe('"the talks" after a conference', () => {
  it('should not read "the talks" as the conference named before', () => {
    const who = attended('Anna Lind spoke at the Oslo Security Conference on 14 February 2025. Norwegian and Danish delegations took part in the talks.');
    expect(who).toContain('anna-lind>oslo-security-conference-2025-02-14');
    expect(who).not.toContain('norway>oslo-security-conference-2025-02-14');
  });

  it('should still read "the talks" as talks named before', () => {
    const who = attended('Officials held talks in Geneva on 23 November 2025. Norwegian and Danish delegations took part in the talks.');
    expect(who).toEqual(expect.arrayContaining(['norway>talks-in-geneva-2025-11-23', 'denmark>talks-in-geneva-2025-11-23']));
  });
});

describe('a person set before an apposition naming states', () => {
  it('should read "X, the envoy for Norway and Denmark, told the conference" as X there, not the states', () => {
    const who = attended('Karl Berg, the envoy for Norway and Denmark, told the Oslo Security Conference on 14 February 2025 that talks would go on.');
    expect(who).toContain('karl-berg>oslo-security-conference-2025-02-14');
    expect(who).not.toContain('norway>oslo-security-conference-2025-02-14');
  });

  it('should keep states that are the subject themselves', () => {
    expect(attended('Norway and Denmark, both founding members, attended the Oslo Security Conference on 14 February 2025.')).toContain('norway>oslo-security-conference-2025-02-14');
  });
});

describe('a summit of a people\'s leaders, hosted in a trailing participle', () => {
  it('should read "…, after hosting a summit of European leaders in Oslo on 2 March 2025" as the subject hosting it', () => {
    const result = extractText('Anna Lind said Norway will help, after hosting a summit of European leaders in Oslo on 2 March 2025.');
    expect(result.ids).toContain('summit-of-european-leaders-in-oslo-2025-03-02');
    expect(result.triples).toContain('ATTENDED:anna-lind:summit-of-european-leaders-in-oslo-2025-03-02');
  });

  it('should not give the participle to the sentence\'s subject when another is named in its clause', () => {
    expect(attended('Anna Lind said Norway will help, after Piet Smit hosted a summit of European leaders in Oslo on 2 March 2025.')).not.toContain('anna-lind>summit-of-european-leaders-in-oslo-2025-03-02');
  });

});

describe('a meeting told in a clause after the gathering', () => {
  it('should not put one met in a later clause ("…, and the calls that A made to B") at the gathering', () => {
    const who = attended('The leaders discussed the meeting between President Karl Berg and President Piet Smit in Oslo on 15 August 2025, and the calls that President Karl Berg made to President Anna Lind afterwards.');
    expect(who).toEqual(expect.arrayContaining(['karl-berg>meeting-of-2025-08-15-2025-08-15', 'piet-smit>meeting-of-2025-08-15-2025-08-15']));
    expect(who).not.toContain('anna-lind>meeting-of-2025-08-15-2025-08-15');
  });
});

describe('a state that sent an office-holder, one among those at the table', () => {
  it('should read "Norway sent its foreign minister" and "X was among those at the table" at the summit just named', () => {
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Norway sent its foreign minister.')).toContain('norway>summit-in-oslo-2025-05-04');
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Norway sent its vice-president to the summit.')).toContain('norway>summit-in-oslo-2025-05-04');
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Karl Berg was among those at the table.')).toContain('karl-berg>summit-in-oslo-2025-05-04');
  });

  it('should not read an office-holder sent elsewhere, or still to be sent', () => {
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Norway sent its foreign minister to Moscow.')).not.toContain('norway>summit-in-oslo-2025-05-04');
    expect(attended('Leaders met at the summit in Oslo on 4 May 2025. Norway will send its foreign minister.')).not.toContain('norway>summit-in-oslo-2025-05-04');
  });
});

describe('words spoken in the room', () => {
  it('should read "X repeated in the room that …" and "Y told the room" at the gathering just named', () => {
    const who = attended('Leaders met at the summit in Oslo on 4 May 2025. Officials say Prime Minister Anna Lind repeated in the room that Norway would not send troops. Piet Smit told the room that more was needed.');
    expect(who).toEqual(expect.arrayContaining(['anna-lind>summit-in-oslo-2025-05-04', 'piet-smit>summit-in-oslo-2025-05-04']));
  });

  it('should not read a room with no gathering named before', () => {
    expect(attended('Anna Lind repeated in the room that Norway would not send troops.')).toEqual([]);
  });
});
