import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 58 (s58): "the morning after the swabs were sent", told in the first clause of a sentence whose later clause
// has a date of its own, counts one day on from the happening the phrase names, as a sentence with no date does.
// Every sentence here was written for this test.

describe('"the <part of day> after <clause>" in a clause of a dated sentence', () => {
  it('counts a day on from the happening the clause names', () => {
    const texts = [
      'The county vet said on Friday that swabs taken from the dairy\'s milking parlour on March 4 had shown the same bacteria.',
      'The farm shut its shop on the morning after the swabs were taken, and cleaners scrubbed the parlour over the weekend of March 9 and 10.',
    ];
    const ev = shortestAt('2019-03-16', texts, 'shut its shop');
    expect(ev.date.start).toBe('2019-03-05');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('counts a day back with "the day before"', () => {
    const texts = [
      'A crane toppled onto the Prellwick canal towpath on June 12.',
      'Its operator had checked the cables the day before the crane toppled, and inspectors will visit the site on June 30.',
    ];
    const all = events('2020-06-17', ...texts);
    const checked = all.filter((e) => quoteOf(e, texts).includes('checked the cables'));
    expect(checked.map((e) => e.date?.start)).toContain('2020-06-11');
  });

  it('leaves a clause whose phrase names no dated happening as it was', () => {
    const texts = [
      'The ferry to Oxtarn was cancelled on Tuesday, its owners said.',
      'Crews painted the hull on the evening after the gulls nested, and divers checked the rudder on April 20.',
    ];
    const ev = shortestAt('2022-04-21', texts, 'painted the hull');
    expect(ev.date.mod).toBe('before');
  });

  it('counts from the happening, not from a telling of it dated later', () => {
    const texts = [
      'A barge sank at the Quarrow lock on May 2, the canal trust said on Thursday.',
      'Divers marked the wreck on the evening after the barge sank, and a crane lifted it over the weekend of May 9 and 10.',
    ];
    const ev = shortestAt('2020-05-12', texts, 'Divers marked the wreck');
    expect(ev.date.start).toBe('2020-05-03');
  });
});
