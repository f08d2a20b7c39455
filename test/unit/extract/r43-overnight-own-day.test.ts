import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 43 (s43): a night told as a whole just before a day of its own ("repainted overnight on Sunday", "through the
// night Wednesday") is the night that begins that evening: the day and the next. "on Friday night" alone stays the
// Friday, and the story goes on from the day, not the morning after. Every sentence here was
// written for this test.

const PUB = '2022-05-13';

describe('r43-overnight-own-day: a night with its own day is that night, the day and the next', () => {
  it('r43-overnight-own-day: "overnight on <weekday>"', () => {
    const texts = ['The council said the crossing had been repainted overnight on Sunday.'];
    const d = shortestAt(PUB, texts, 'repainted').date;
    expect([d.start, d.end]).toEqual(['2022-05-08', '2022-05-09']);
  });

  it('r43-overnight-own-day: "through the night <weekday>" too', () => {
    const texts = ['Volunteers sandbagged the school through the night Wednesday.'];
    const d = shortestAt(PUB, texts, 'sandbagged').date;
    expect([d.start, d.end]).toEqual(['2022-05-11', '2022-05-12']);
  });

  it('r43-overnight-own-day: a "<weekday> night" of another noun is that noun\'s, not the overnight clause\'s night', () => {
    const texts = ['Two hundred fans had queued overnight by the stadium gates despite a gale on Tuesday night.'];
    expect(shortestAt(PUB, texts, 'queued overnight').date.end).toBeUndefined();
  });

  it('r43-overnight-own-day: "on <weekday> night" alone is the day', () => {
    const texts = ['Two hundred fans queued outside the stadium on Tuesday night.'];
    const d = shortestAt(PUB, texts, 'queued outside').date;
    expect([d.start, d.end]).toEqual(['2022-05-10', undefined]);
  });

  it('r43-overnight-own-day: the story goes on from the day itself', () => {
    const texts = ['The crossing was repainted overnight on Sunday.', 'The next day a cyclist slipped on the wet paint.'];
    expect(shortestAt(PUB, texts, 'cyclist slipped').date.start).toBe('2022-05-09');
  });

  it('r43-overnight-own-day: a night still running at publication is left as the day', () => {
    const texts = ['Crews are working overnight on Friday to clear the line.'];
    expect(shortestAt(PUB, texts, 'clear the line').date.end).toBeUndefined();
  });
});
