// An event's date from the words of news around it: relative days counted from the writer's day. Written for this test.
import { describe, expect, it } from 'vitest';
import { readEventDate } from '@/graph/extract/event-date';

describe('#readEventDate with relative days', () => {
  it('should read "the day before yesterday" as two days back and "last night" as yesterday, not as "yesterday" or "tonight"', () => {
    expect(readEventDate('the ministers met the day before yesterday', '2026-01-10')?.date).toBe('2026-01-08');
    expect(readEventDate('the summit ended last night', '2025-09-06')?.date).toBe('2025-09-05');
    expect(readEventDate('the talks open the day after tomorrow', '2025-09-06')?.date).toBe('2025-09-08');
  });

  it('should count them from the day the text gives itself when it gives one', () => {
    expect(readEventDate('the ministers met the day before yesterday', '2026-01-11', undefined, '2026-01-10')?.date).toBe('2026-01-08');
  });
});
