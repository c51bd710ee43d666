import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Round 19 (s81): stance wordings and attribution. People invented; the sentences are written here, not taken from any
// evaluation article.
const stances = (text: string): string[] => {
  const r = extractText(text);
  return r.relations.filter((x) => x.type === 'SUPPORTS' || x.type === 'OPPOSES').map((x) => `${x.type}:${x.source}:${x.target}`);
};

describe('chairing a call of the coalition', () => {
  it('should not read chairing or leading a coalition call as a stance for the coalition', () => {
    expect(stances('On Tuesday Ivo Marek and Nora Lind chaired a video call of the coalition of the willing.')).not.toContain('SUPPORTS:ivo-marek:coalition-of-the-willing');
    expect(stances('Later Ivo Marek led a further call of the coalition of the willing.')).not.toContain('SUPPORTS:ivo-marek:coalition-of-the-willing');
  });

  it('should still read taking part in the coalition call as membership', () => {
    expect(stances('On Saturday Piet Smit took part in the videoconference of the coalition of the willing.')).toContain('SUPPORTS:piet-smit:coalition-of-the-willing');
  });
});
