import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 17: a state that sends its people to talks, or whose side they lead, is there with them; talks "in the Saudi
// city of Jeddah" are talks in Jeddah. People and places invented or generic; sentences written here.
const attended = (text: string) => extractText(text).relations.filter((x) => x.type === 'ATTENDED').map((x) => x.source);

describe('a delegation sent to talks', () => {
  it('should read the state that sent its people, and the people, as attending the talks just named', () => {
    const who = attended('Officials held talks in the Saudi city of Jeddah on Tuesday. Norway sent Anna Lind, together with Defence Minister Piet Smit.');
    expect(who).toEqual(expect.arrayContaining(['norway', 'anna-lind', 'piet-smit']));
  });

  it('should not count one named only as a possessive inside a member\'s apposition, nor a state that stayed away', () => {
    const who = attended('Officials held talks in Jeddah on Tuesday. Norway sent Anna Lind, the head of Prime Minister Piet Smit\'s office.');
    expect(who).toContain('anna-lind');
    expect(who).not.toContain('piet-smit');
  });
});
