import { describe, expect, it } from 'vitest';
import { extractText } from './helpers';

// A round-up written for this test; the people are invented.
const ROUNDUP = [
  'Where the northern capitals stand',
  '',
  '**Norway: wait and see**',
  '',
  'Oslo is more cautious than its neighbours.',
  '',
  'Prime Minister Erik Lund told reporters that the government would decide once there was an agreement.',
  '',
  '**Iceland – no army, but a voice**',
  '',
  'Foreign Minister Sigrun Olafs said Iceland supports the peacekeeping force.',
  '',
  '**What happens next**',
  '',
  'Defence Minister Piet Janssen said the meeting would go on.',
].join('\n');

describe('round-up subheads', () => {
  const { triples } = extractText(ROUNDUP);

  it('should give the country of a "Country: stance" subhead to the office holders under it, paragraphs on', () => {
    expect(triples).toContain('REPRESENTS:erik-lund:norway');
    expect(triples).toContain('REPRESENTS:sigrun-olafs:iceland');
  });

  it('should end the section at the next subhead', () => {
    expect(triples.filter((t) => t.startsWith('REPRESENTS:piet-janssen'))).toEqual([]);
  });
});

describe('a heading that quotes a capital', () => {
  it('should open no section when the words after the colon name someone', () => {
    const { triples } = extractText([
      'Moscow answers',
      '',
      '## Kremlin: NATO is a different matter',
      '',
      'President Tom Hale said the talks would go on.',
    ].join('\n'));
    expect(triples).not.toContain('REPRESENTS:tom-hale:russia');
  });
});
