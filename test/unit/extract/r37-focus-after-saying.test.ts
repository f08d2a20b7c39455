import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/extract';

const para = (text: string, id: string) => ({ id, role: 'body' as const, text });

// A dated happening closed by its teller ("…, Smith said.") makes the saying the sentence's own event, undated; the story
// is still at the happening's day, so a following time of day with no day of its own is of that day.
describe('the day in focus after a sentence closed by its teller', () => {
  it.each([
    ['A barn burned down near Tolley on Saturday, Chief Officer Dale Minns said.', 'The alarm was raised at about 2 a.m.', /alarm was raised/i],
    ['Two trawlers collided off the point on Tuesday, coastguards said.', 'The first call came in shortly after 6 p.m.', /first call came/i],
    ['The museum lost power on Friday, the curator said.', 'The lights went out at 11.20 in the morning.', /lights went out/i],
  ])('%s / %s', (first, second, title) => {
    const events = extractEvents([para(first, 'p1'), para(second, 'p2')], { published: '2021-06-16' });
    const next = events.find((e) => title.test(e.title));
    expect(next, JSON.stringify(events.map((e) => [e.title, e.date]))).toBeDefined();
    const happening = events.find((e) => e !== next && /^weekday\//.test(e.date.rule ?? ''))!;
    // The saying is its own event here, undated: the case the day in focus must look past.
    expect(events.some((e) => /^reported-speech\//.test(e.date.rule ?? ''))).toBe(true);
    expect(next!.date.start).toBe(happening.date.start);
    expect(next!.date.rule).toBe('narrative-focus/same-day');
  });

  it('a saying with no dated happening before it moves nothing', () => {
    const events = extractEvents([para('Ferries were cancelled, the operator said.', 'p1'), para('The last one left at 4 p.m.', 'p2')], { published: '2021-06-16' });
    expect(events.every((e) => e.date.rule !== 'narrative-focus/same-day')).toBe(true);
  });
});
