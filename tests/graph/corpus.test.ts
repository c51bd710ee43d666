// Article files: front matter is validated where it is parsed, naming the file when it is refused.
import { describe, expect, it } from 'vitest';
import { DataError, parseArticle } from '@/graph';

const withUrl = (url: string) => `---\ntitle: A title\nurl: ${JSON.stringify(url)}\n---\nSome text.\n`;

describe('#parseArticle', () => {
  it('should keep an http or https url', () => {
    expect(parseArticle(withUrl('https://example.org/a?b=1'), 'a.md').url).toBe('https://example.org/a?b=1');
    expect(parseArticle(withUrl('http://example.org/a'), 'a.md').url).toBe('http://example.org/a');
  });

  it('should refuse any other scheme, naming the file and the field', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/a', 'data:text/html,hi', 'example.org/a']) {
      expect(() => parseArticle(withUrl(url), 'bad-article.md'), url).toThrow(DataError);
      expect(() => parseArticle(withUrl(url), 'bad-article.md'), url).toThrow(/^bad-article\.md: front matter `url` must be an http\(s\) address/);
    }
  });
});
