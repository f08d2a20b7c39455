import { describe, expect, it } from 'vitest';
import { storyCountYear } from '../../../shared/extract/text-years';
import { shortestNoPub as at } from './event-lookup';

// Round 59 (nopub59): without a publication date, a thing that comes or is given now "N years late" after it was sent
// or earned counts from that older happening to the story's day, as "N years after" does. Sentences written for this test.

describe('r59-years-late: a headline "N years late" over a lead that writes the year', () => {
  it('r59-years-late: the lead writes the season and year the thing was sent', () => {
    expect(storyCountYear(['A parcel of seed potatoes posted to a farm near Trevose in the spring of 1963 has reached the farmhouse.'], 'Seed parcel delivered forty-one years late')).toBe(2004);
  });

  it('r59-years-late: a body sentence told of a day near the writing', () => {
    expect(storyCountYear(['The lifeboat crew were given their bronze medals on Friday, thirty years late, for a rescue in 1979.'])).toBe(2009);
  });

  it('r59-years-late: not a hedged count, not a count told of no day near the writing in the body', () => {
    expect(storyCountYear(['A parcel posted near Trevose in the spring of 1963 has reached the farmhouse.'], 'Seed parcel delivered almost forty years late')).toBeNull();
    expect(storyCountYear(['The crew were given medals thirty years late for a rescue in 1979.'])).toBeNull();
  });
});

describe('r59-years-late: the year of writing it gives is still a guess', () => {
  it('r59-years-late: a yearless month of the story takes the counted year, flagged', () => {
    const texts = [
      'The old boathouse at Trevose was sold to a sailing club in March.',
      'The lifeboat crew were given their bronze medals on Friday, thirty years late, for a rescue in 1979.',
    ];
    expect(at(texts, 'sold to a sailing club').date).toMatchObject({ start: '2009-03', yearUncertain: true });
  });
});
