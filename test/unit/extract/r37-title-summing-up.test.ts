import { describe, expect, it } from 'vitest';
import { removeRanges } from '../../../shared/extract/title';
import { events } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. A phrase set off after a date that sums up the clause ("…, a
// record", "…, the most since …", "…, twice as many as …") goes with the date; left behind, it was run into the
// clause ("sold 12,000 tickets a record").

/** The text without the time phrase `date` (its first occurrence). */
function without(text: string, date: string): string {
  const start = text.indexOf(date);
  return removeRanges(text, [{ start, end: start + date.length }]);
}

describe('a summing-up phrase after the date goes with it', () => {
  it('cuts "a record" closing the sentence', () => {
    expect(without('The museum sold 12,000 tickets last year, a record.', 'last year')).toBe('The museum sold 12,000 tickets');
  });

  it('cuts a superlative with its clause', () => {
    expect(without('The ferry carried 80,000 cars in 2019, the most since the route opened.', 'in 2019')).toBe('The ferry carried 80,000 cars');
  });

  it('cuts a comparison: twice as many, more than', () => {
    expect(without('The council received 40 letters in 2015, twice as many as the year before.', 'in 2015')).toBe('The council received 40 letters');
    expect(without('The shelter took in 300 dogs last winter, more than in any winter before.', 'last winter')).toBe('The shelter took in 300 dogs');
  });

  it('cuts "one of …" and a possessive summing-up, keeping a clause joined after it', () => {
    expect(without('She passed her exams in 1961, one of six girls in her year.', 'in 1961')).toBe('She passed her exams');
    expect(without('Sales fell 8 per cent in March, their sharpest drop in a decade, and the shares slid.', 'in March')).toBe('Sales fell 8 per cent, and the shares slid.');
  });

  it('cuts a short phrase naming the date and keeps what follows it', () => {
    expect(without('The choir sang in the cathedral on 4 May, a Sunday, before a full nave.', 'on 4 May')).toBe('The choir sang in the cathedral before a full nave.');
  });

  it('reads a comma inside a number as no end of the phrase', () => {
    expect(without('The trust planted 500 oaks in 2021, up from 1,200 the year before.', 'in 2021')).toBe('The trust planted 500 oaks');
  });
});

describe('what is not a summing-up phrase stays', () => {
  it('keeps a length told against the date ("a year late")', () => {
    expect(without('The bridge opened in June 1980, a year late and over budget.', 'in June 1980')).toBe('The bridge opened a year late and over budget.');
  });

  it('keeps the clause after a date in a fronted aside', () => {
    expect(without('At the last count, in May 2019, a third of the nests were empty.', 'in May 2019')).toContain('a third of the nests were empty');
  });

  it('keeps a longer phrase the clause goes on after ("…, the only time I saw him cry," she says)', () => {
    expect(without('He wept that evening, the only time I ever saw him weep, she says.', 'that evening')).toContain('the only time I ever saw him weep');
  });

  it('leaves a telling after the date to the attribution rules', () => {
    expect(without('The plant closed on Friday, a spokesman said.', 'on Friday')).toContain('spokesman said');
  });
});

describe('in extracted events', () => {
  it('titles the clause without its summing-up phrase', () => {
    const titles = events('2024-05-01', 'The library lent 90,000 books last year, a record for the town.').map((e) => e.title);
    expect(titles).toContain('Library lent 90,000 books');
    const more = events('2024-05-01', 'The orchard yielded 14 tonnes of apples in 2022, its best harvest since the war.').map((e) => e.title);
    expect(more.some((t) => /^Orchard yielded 14 tonnes of apples$/.test(t))).toBe(true);
  });
});

// "have until May 13 to apply" without its date is not "have to apply" (a duty): the time allowed stays a deadline.
describe('a time allowed keeps its sense without its date', () => {
  it('reads "has until <date> to" as a deadline, with the date written three ways', () => {
    expect(without('The tenants have until June 30 to object to the sale.', 'June 30')).toBe('The tenants have a deadline to object to the sale.');
    expect(without('Bidders now have until Thursday, 12 March, to send their offers.', 'Thursday, 12 March')).toBe('Bidders now have a deadline to send their offers.');
    expect(without('The club has until the end of the month to pay the fine.', 'the end of the month')).toBe('The club has a deadline to pay the fine.');
  });

  it('leaves "until" with other verbs to the date', () => {
    expect(without('The shop stays open until Friday to clear its stock.', 'Friday')).toBe('The shop stays open to clear its stock.');
    expect(without('The club has played there until 1990.', '1990')).not.toContain('deadline');
  });

  it('titles an extracted deadline', () => {
    const titles = events('2024-05-01', 'Farmers have until June 14 to claim the drought payment.').map((e) => e.title);
    expect(titles.some((t) => /^Farmers have a deadline to claim the drought payment$/.test(t))).toBe(true);
  });
});
