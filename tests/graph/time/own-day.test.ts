// The day an article gives itself ("Published 10 July", a dateline) dates its "today" and "yesterday", for events too.
import { describe, expect, it } from 'vitest';
import { readEventDate } from '@/graph/extract/event-date';
import { ownDayOf } from '@/graph/time/stated-at';
import { createExtractor } from '@/graph/extract/pipeline';

describe('#ownDayOf', () => {
  it('should read the day a release or a wire gives itself, else the publication day', () => {
    expect(ownDayOf({ text: '# Joint statement\n\n*Published 10 July 2025*\n\nThe coalition met.', publishedAt: '2025-07-11' })).toBe('2025-07-10');
    expect(ownDayOf({ text: 'KYIV, May 10 (Wire) — Leaders met today.', publishedAt: '2025-05-11' })).toBe('2025-05-10');
    expect(ownDayOf({ text: 'Leaders met today.', publishedAt: '2025-05-11' })).toBe('2025-05-11');
    expect(ownDayOf({ text: 'Leaders met today.', publishedAt: '2025-05' })).toBeUndefined();
  });
});

describe('#readEventDate with the article\'s own day', () => {
  it('should count "today" and "yesterday" from the own day, weekdays from publication', () => {
    expect(readEventDate('The coalition met today at Northwood.', '2025-07-11', undefined, '2025-07-10')?.date).toBe('2025-07-10');
    expect(readEventDate('The talks ended yesterday in Geneva.', '2025-07-11', undefined, '2025-07-10')?.date).toBe('2025-07-09');
    expect(readEventDate('The talks ended yesterday in Geneva.', '2025-07-11')?.date).toBe('2025-07-10');
  });

  it('should date attendance at an event held "today" in a release published the next day by the release\'s own day', () => {
    const text = '# Joint statement\n\n*Published 10 July 2025*\n\nThe coalition of the willing held a meeting at Northwood today.\n\nKeir Starmer and Emmanuel Macron attended the meeting.';
    const r = createExtractor([])({ id: 'release', title: 'Joint statement', text, publishedAt: '2025-07-11' });
    const attended = r.relations.filter((x) => x.type === 'ATTENDED');
    expect(attended.length).toBeGreaterThan(0);
    for (const a of attended) expect(a.evidence[0].statedAt?.date).toBe('2025-07-10');
  });
});

describe('#readEventDate (ordinals)', () => {
  it('should read "4th September" and "the 4th of September" as 4 September', () => {
    expect(readEventDate('The summit on 4th September ended late.', '2025-12-16')?.date).toBe('2025-09-04');
    expect(readEventDate('The summit on the 4th of September ended late.', '2025-12-16')?.date).toBe('2025-09-04');
  });
});
