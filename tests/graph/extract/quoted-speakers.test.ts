import { describe, it, expect } from 'vitest';
import { extractText } from './helpers';

// Who holds what a quotation says: a country that is the subject of the quoted clause and the one who speaks for it;
// in a press release's quote over several paragraphs (each opening with a quotation mark, only the last closing it),
// the speaker introduced before the first paragraph, also by a title ("the Prime Minister said:").
describe('quoted speakers', () => {
  it('should give a quoted country stance to the country and to the speaker named after the quotation', () => {
    const r = extractText('"That is why Norway is prepared to send peacekeepers," Ivo Marek said.');
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:norway:european-peacekeeping-force', 'SUPPORTS:ivo-marek:european-peacekeeping-force']));
  });

  it('should carry the speaker of a press release quote over its paragraphs', () => {
    const text = `Prime Minister Ivo Marek today addressed military chiefs in Oslo.

Speaking to the chiefs, the Prime Minister said:

"Our job is to make sure that a deal lasts. A pause is not a peace.

"That is why Norway is prepared to send peacekeepers, alongside our partners. We will not wait."`;
    const r = extractText(text);
    expect(r.triples).toEqual(expect.arrayContaining(['SUPPORTS:norway:european-peacekeeping-force', 'SUPPORTS:ivo-marek:european-peacekeeping-force']));
  });

  it('should not carry a speaker over a quotation that closed', () => {
    const text = `Ivo Marek said:

"Our job is to make sure that a deal lasts."

"Norway is prepared to send peacekeepers," a reader wrote.`;
    expect(extractText(text).triples).not.toContain('SUPPORTS:ivo-marek:european-peacekeeping-force');
  });
});
