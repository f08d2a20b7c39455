import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 36 (g36): the day of a decision or a promise ("agreed on Tuesday to …", "At its meeting on Monday, the board
// voted to …") dates the decision; a date in its infinitive dates what was decided, an event of its own. The day of a
// written telling ("In an email to customers on Friday, it said …") dates the telling, not what it tells.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2019-06-14'; // a Friday

describe('a decision on its day, what was decided on its own date', () => {
  it('"agreed on Tuesday to … next year": two events', () => {
    const texts = ['The housing board agreed on Tuesday to raise garage rents next year.'];
    expect(shortestAt(PUB, texts, 'agreed on Tuesday').date.start).toBe('2019-06-11');
    expect(shortestAt(PUB, texts, 'to raise garage rents next year').date.start).toBe('2020');
  });

  it('"voted 23 to 14 on Monday night to … in March": the tally and the part of the day stay with the vote', () => {
    const texts = ['Councillors voted 23 to 14 on Monday night to close the lido in March.'];
    const vote = shortestAt(PUB, texts, 'voted 23 to 14');
    expect(vote.date.start).toBe('2019-06-10');
    expect(quoteOf(vote, texts)).not.toContain('lido');
    expect(shortestAt(PUB, texts, 'to close the lido in March').date.start).toBe('2020-03');
  });

  it('"decided in May to … in 2021": a month dates the decision as a day does', () => {
    const texts = ['The county decided in May to shut the mobile library in 2021.'];
    expect(shortestAt(PUB, texts, 'decided in May').date.start).toBe('2019-05');
    expect(shortestAt(PUB, texts, 'to shut the mobile library in 2021').date.start).toBe('2021');
  });

  it('a day fronted in the occasion: "At its meeting last Tuesday, the club voted by nine votes to four to …"', () => {
    const texts = ['At its meeting last Tuesday, the bowls club voted by nine votes to four to sell its pavilion next spring.'];
    expect(shortestAt(PUB, texts, 'At its meeting last Tuesday').date.start).toBe('2019-06-11');
    expect(shortestAt(PUB, texts, 'to sell its pavilion next spring').date.start.startsWith('2020')).toBe(true);
  });

  it('"pledged on Wednesday to … by 2025": the pledge keeps its day', () => {
    const texts = ['The bus company pledged on Wednesday to replace its diesel fleet by 2025.'];
    expect(shortestAt(PUB, texts, 'pledged on Wednesday').date.start).toBe('2019-06-12');
  });

  it('no second date: the decision stays one event on its day', () => {
    const texts = ['The trustees agreed on Thursday to sell the old rectory.'];
    const all = events(PUB, ...texts);
    expect(all).toHaveLength(1);
    expect(all[0].date.start).toBe('2019-06-13');
  });

  it('a negated promise ("agreed on Friday not to … until September") stays on the day it was made', () => {
    const texts = ['The farmer agreed on Friday not to plough the meadow until September.'];
    expect(shortestAt(PUB, texts, 'agreed on Friday not to plough').date.start).toBe('2019-06-14');
  });
});

describe('the day of a written telling fronted as its occasion', () => {
  it('"In an email to customers on Friday, it said … would … in the week of 12 October"', () => {
    const texts = ['In an email to customers on Friday, the maker said the first kettles would ship in the week of 12 August.'];
    expect(shortestAt(PUB, texts, 'In an email to customers on Friday').date.start).toBe('2019-06-14');
    expect(shortestAt(PUB, texts, 'the first kettles would ship').date.start).toBe('2019-08-12');
  });

  it('"In a letter to parents on Monday, the head said the school would reopen in September"', () => {
    const texts = ['In a letter to parents on Monday, the head teacher said the school would reopen in September.'];
    expect(shortestAt(PUB, texts, 'In a letter to parents on Monday').date.start).toBe('2019-06-10');
    expect(shortestAt(PUB, texts, 'the school would reopen').date.start).toBe('2019-09');
  });

  it('"In a blog post on Wednesday, the founder wrote that the shop had closed in May"', () => {
    const texts = ['In a blog post on Wednesday, the founder wrote that the shop had closed in May.'];
    expect(shortestAt(PUB, texts, 'In a blog post on Wednesday').date.start).toBe('2019-06-12');
    expect(shortestAt(PUB, texts, 'the shop had closed').date.start).toBe('2019-05');
  });
});
