import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 58 (s58): "on election night" or "on polling day", in a past sentence with no day of its own, is the day the
// text gave that election ("Thursday's election"), not only some time before publication. Every sentence here was
// written for this test.

describe('a day or night named by a happening the text dated', () => {
  it('"on election night" is the day of the election', () => {
    const texts = [
      'The Harbrook Residents\' Group won 14 of the 40 seats in Thursday\'s election in Ilvesby, officials said on Saturday.',
      'Counting stopped for an hour after a power cut closed the town hall on election night.',
    ];
    const ev = shortestAt('2021-05-08', texts, 'power cut closed the town hall');
    expect(ev.date.start).toBe('2021-05-06');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('"on polling day" is the day of the election too', () => {
    const texts = [
      'Voters in Dunmarra backed the new harbour plan in Tuesday\'s election, the returning officer said on Wednesday.',
      'A queue formed outside the school on polling day, and the returning officer later thanked volunteers.',
    ];
    const ev = shortestAt('2021-05-13', texts, 'queue formed outside the school');
    expect(ev.date.start).toBe('2021-05-11');
  });

  it('a night of a happening the text never dated stays before publication', () => {
    const texts = [
      'The Zentrow rowing club said on Monday it had bought a new boat.',
      'Two oars went missing on election night.',
    ];
    const ev = shortestAt('2021-05-13', texts, 'oars went missing');
    expect(ev.date.mod).toBe('before');
  });
});

describe('a first happening beside a year', () => {
  it('is not the one a later "election night" names', () => {
    const texts = [
      'The Orchard League lost in Sunday\'s election, its worst result since the region\'s first open election in 1971, officials said on Tuesday.',
      'Ballot boxes from two islands were held up by fog on election night.',
    ];
    const ev = shortestAt('2023-03-15', texts, 'Ballot boxes from two islands');
    expect(ev.date.start).toBe('2023-03-12');
  });
});
