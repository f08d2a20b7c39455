import { describe, expect, it } from 'vitest';
import { makeTitle } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. Round 49: a telling whose told clause lost its verb ("Treasurer said
// the worst flood", "Tour operator said travellers") is titled with that verb.

const titled = (paragraph: string, start: string) => events('2024-06-14', paragraph).filter((e) => e.date.start === start).map((e) => e.title);

describe('r49-titles-told-verb: "X said <subject>" keeps the told verb', () => {
  it('r49-titles-told-verb: a relative clause after the told subject is passed over to its verb', () => {
    expect(titled('The tour operator said travellers whose flights were cancelled were given vouchers on Tuesday.', '2024-06-11')).toEqual(['Tour operator said travellers were given vouchers']);
  });

  it('r49-titles-told-verb: the told subject\'s "of" phrase goes before its verb does', () => {
    expect(titled('The treasurer said the worst flood of the century in March 2002 had cost the club its boathouse.', '2002-03')).toEqual(['Treasurer said the worst flood cost the club its boathouse']);
  });

  it('r49-titles-told-verb: a past before "it" and a sum is the told verb, with the sum', () => {
    const got = titled("The mill's manager, Ines Varrow, said a fire at the warehouse in the winter of 2019 had cost it nearly $40,000 in lost stock.", '2019');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/\bcost it nearly \$40,000$/);
  });

  it('r49-titles-told-verb: told alone after its teller, the told subject keeps its article', () => {
    expect(makeTitle('Mayor Anna Brisk said that the town would ask the regional heritage board for emergency funds and that the library would stay shut.')).toBe('Brisk said the town would ask the regional heritage board');
  });
});

describe('r49-titles-told-verb: a time phrase set off alone by commas goes with both commas', () => {
  it('r49-titles-told-verb: no comma is left between the subject and its verb', () => {
    expect(titled('The old bridge, in 1990, was closed to lorries.', '1990')).toEqual(['Old bridge was closed to lorries']);
    expect(titled('The treasurer said the worst flood of the century, in March 2002, had cost the club its boathouse.', '2002-03')).toEqual(['Treasurer said the worst flood cost the club its boathouse']);
  });

  it('r49-titles-told-verb: a comma before what is told stays where no verb follows the aside', () => {
    const got = titled('The harbour board said, on Tuesday, that the quay would reopen.', '2024-06-11');
    expect(got.every((t) => !/,\s*$/.test(t))).toBe(true);
  });
});
