import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 37 (r37): a telling whose occasion comes after what it tells ("…, a study published on Tuesday has found",
// "…, the ministry said in a report released Monday"). The day the writing was given out is the telling's: it is an
// event of its own on that day, and what it tells keeps its own date, or, with none, lies on or before that day.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2024-03-08'; // a Friday

describe('a written telling given out on a day, after what it tells', () => {
  it('"…, a study published on Tuesday has found": the happening by Tuesday, the study on it', () => {
    const texts = ['Sales of electric vans fell 4 percent, a study published on Tuesday has found.'];
    const told = shortestAt(PUB, texts, 'Sales of electric vans fell');
    expect(told.date).toMatchObject({ start: '2024-03-05', mod: 'before' });
    expect(quoteOf(told, texts)).not.toContain('study');
    const study = shortestAt(PUB, texts, 'a study published on Tuesday has found');
    expect(study.date.start).toBe('2024-03-05');
    expect(study.date.mod).toBeUndefined();
    expect(study.title).toMatch(/^Study has found/);
  });

  it('"…, figures released by the water board on Wednesday show": its own year kept, the figures on Wednesday', () => {
    const texts = ['Leaks from the county mains doubled in 2022, figures released by the water board on Wednesday show.'];
    expect(shortestAt(PUB, texts, 'Leaks from the county mains doubled').date.start).toBe('2022');
    const figures = shortestAt(PUB, texts, 'figures released by the water board on Wednesday show');
    expect(figures.date.start).toBe('2024-03-06');
    expect(figures.title).toMatch(/^Figures show/);
  });

  it('"…, a survey published on Thursday by a tenants\' group shows": who gave it out may stand before or after the day', () => {
    const texts = ['Rents on the estate climbed by a fifth, a survey published on Thursday by a tenants\' group shows.'];
    expect(shortestAt(PUB, texts, 'Rents on the estate climbed').date).toMatchObject({ start: '2024-03-07', mod: 'before' });
    expect(shortestAt(PUB, texts, 'a survey published on Thursday').date.start).toBe('2024-03-07');
  });

  it('"…, the ministry said in a report released Monday": the report is the telling\'s occasion, without "on"', () => {
    const texts = ['Shop prices rose 3 percent in January, the trade ministry said in a report released Monday.'];
    expect(shortestAt(PUB, texts, 'Shop prices rose 3 percent').date.start).toBe('2024-01');
    expect(shortestAt(PUB, texts, 'said in a report released Monday').date.start).toBe('2024-03-04');
  });

  it('"…, the ministry said in a report issued on Monday" with no date of its own: the rise by Monday', () => {
    const texts = ['Shop prices rose 3 percent, the trade ministry said in a report issued on Monday.'];
    expect(shortestAt(PUB, texts, 'Shop prices rose 3 percent').date).toMatchObject({ start: '2024-03-04', mod: 'before' });
    expect(shortestAt(PUB, texts, 'said in a report issued on Monday').date.start).toBe('2024-03-04');
  });

  it('"…, researchers reported in a paper published Tuesday": a stretch up to now keeps its start', () => {
    const texts = ['The lake has lost a third of its ice cover since 1990, researchers reported in a paper published Tuesday.'];
    expect(shortestAt(PUB, texts, 'has lost a third of its ice cover since 1990').date.start).toBe('1990');
    expect(shortestAt(PUB, texts, 'researchers reported in a paper published Tuesday').date.start).toBe('2024-03-05');
  });

  it('a day after a participle with no telling verb closing the sentence stays the happening\'s', () => {
    const texts = ['The new bus timetable, published on Monday, cut two trains a day.'];
    expect(events(PUB, ...texts).some((e) => e.date.start === '2024-03-04' && !e.date.mod)).toBe(true);
  });
});
