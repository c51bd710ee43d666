import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// A passage headed by a named force: troops sent or refused in it are that force's, up to the next heading or rule.
describe('a passage headed by a named force', () => {
  const text = [
    'Envoys met in Vienna on Monday.',
    '',
    '**Q&A: Where does the reassurance force stand?**',
    '',
    '*Who is in?* Norway and Denmark have said they would put soldiers on the ground after a ceasefire.',
    '',
    '*Who is out?* Austria has ruled out sending its own soldiers.',
    '',
    '---',
    '',
    'Elsewhere, Sweden said it would send troops to Ukraine.',
  ].join('\n');

  it('should give the troops in the passage to the named force', () => {
    const r = extractText(text);
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:norway:reassurance-force', 'SUPPORTS:denmark:reassurance-force', 'OPPOSES:austria:reassurance-force']));
    expect(r.triples).not.toContain('OPPOSES:austria:european-peacekeeping-force');
  });

  it('should stop at the rule that ends the passage', () => {
    const r = extractText(text);
    expect(r.triples).toContain('SUPPORTS:sweden:european-peacekeeping-force');
    expect(r.triples).not.toContain('SUPPORTS:sweden:reassurance-force');
  });
});
