import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 33 (d33): the day a quote was spoken on, the words of a telling set in a who-aside, and "later this week".
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a quote in a next-day report, after the story stepped back from its lead day', () => {
  it('"today" in an undated quote after a past-perfect flashback is the lead\'s day', () => {
    const texts = [
      'Marta Velde won the regatta yesterday.',
      'Velde, 31, had led after the first race on Wednesday and held on through two days of squalls.',
      '"I was nervous last year," Velde said. "Today I sailed my own race."',
    ];
    expect(shortestAt('2020-06-15', texts, 'Today I sailed').date.start).toBe('2020-06-14');
  });

  it('"this morning" in a quote after a background paragraph is the day of the lead, not publication', () => {
    const texts = [
      'Firefighters saved the old granary on Tuesday after a blaze in its roof.',
      'The granary had burned once before, on Friday, when a spark caught the thatch.',
      '"We were lucky this morning," the station officer said.',
    ];
    expect(shortestAt('2021-03-17', texts, 'lucky this morning').date.start).toBe('2021-03-16');
  });

  it('"tonight" in a quote given to a named speaker after an older day still counts from the lead', () => {
    const texts = [
      'The village hall reopened on Saturday after a year of repairs.',
      'Volunteers had first met to plan the work on Monday of the week before.',
      '"We will dance tonight," Ella Morrow, the hall secretary, said.',
    ];
    expect(shortestAt('2022-05-29', texts, 'dance tonight').date.start).toBe('2022-05-28');
  });

  it('a quote the story tells of today keeps publication when the lead is today', () => {
    const texts = ['The ferry resumed sailing today.', 'It had been laid up on Sunday.', '"We are back this morning," the skipper said.'];
    expect(shortestAt('2022-05-31', texts, 'back this morning').date.start).toBe('2022-05-31');
  });
});

describe('a pronoun\'s quote goes on with what was said on the day its speaker was last dated speaking', () => {
  it('after a sentence of background years, "this morning" is the telling\'s day', () => {
    const texts = [
      'The baker, Nils Orme, said on Tuesday that thieves had taken his van. In 1994 a gang stole his ovens; nobody was caught.',
      '"I drove the old van in this morning," he said.',
    ];
    expect(shortestAt('2018-10-12', texts, 'old van in this morning').date.start).toBe('2018-10-09');
  });

  it('"today" after "told reporters yesterday" and a line about the past', () => {
    const texts = [
      'The harbour master told reporters yesterday that the quay was unsafe. It was rebuilt in 1962 and last repaired in May 1990.',
      '"We closed it today," she added.',
    ];
    expect(shortestAt('2018-10-12', texts, 'closed it today').date.start).toBe('2018-10-11');
  });

  it('not when a new day of the story was told in between', () => {
    const texts = [
      'The baker, Nils Orme, said on Tuesday that thieves had taken his van. Police found it on Thursday in a lay-by.',
      '"We got it back this morning," he said.',
    ];
    expect(shortestAt('2018-10-12', texts, 'back this morning').date.start).not.toBe('2018-10-09');
  });
});

describe('a telling in a relative aside: its evidence runs on over what it told', () => {
  it('"who said yesterday that …" with a forecast told takes the forecast\'s words', () => {
    const texts = ['"We are ready," said Ona Klee, the head of the water board, who said yesterday that the reservoir would last a month.'];
    const e = shortestAt('2019-08-06', texts, 'the reservoir would last');
    expect(e.date.start).toBe('2019-08-05');
  });

  it('"who told the council on Monday that …" with a plan told', () => {
    const texts = ['The treasurer, who told the council on Monday that rates would rise by a tenth, has resigned.'];
    expect(shortestAt('2019-08-07', texts, 'rates would rise').date.start).toBe('2019-08-05');
  });

  it('"which said last night that …" after a body\'s name', () => {
    const texts = ['Repairs were left to the county council, which said last night that the road could reopen within a fortnight.'];
    expect(shortestAt('2019-08-07', texts, 'could reopen within').date.start).toBe('2019-08-06');
  });

  it('outside an aside, a plan told is no event of its own (round 42: the telling\'s words run over it)', () => {
    const texts = ['The club chairman said last night that the stand could hold another 500 seats.'];
    const found = events('2019-08-07', ...texts).filter((e) => quoteOf(e, texts).includes('could hold another'));
    expect(found).toHaveLength(1);
    expect(quoteOf(found[0], texts)).toMatch(/^The club chairman said last night/);
  });
});

describe('"later this week" runs from the day of writing', () => {
  it('a statement due later this week in a Tuesday paper', () => {
    const d = shortestAt('2023-05-16', ['The family will issue a statement later this week.'], 'statement').date;
    expect([d.start, d.end]).toEqual(['2023-05-16', '2023-05-21']);
  });

  it('a vote later this month', () => {
    const d = shortestAt('2023-05-16', ['Members are expected to vote later this month on the offer.'], 'vote').date;
    expect([d.start, d.end]).toEqual(['2023-05-16', '2023-05-31']);
  });

  it('"earlier this week" still stops the day before', () => {
    const d = shortestAt('2023-05-18', ['The lifeboat was called out earlier this week.'], 'lifeboat').date;
    expect([d.start, d.end]).toEqual(['2023-05-15', '2023-05-17']);
  });
});
