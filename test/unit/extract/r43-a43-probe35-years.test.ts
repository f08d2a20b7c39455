import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 43 (a43): the readings that gave probe 35's unflagged wrong years, each shown on a sentence written for this
// test (none comes from an eval set or a probe).

describe('r43-weekday-role: "as a Saturday boy" names a post held week after week, not one Saturday', () => {
  const texts = ['The new manager, who began at the bakery as a Saturday boy in the eighties and now runs it, will cut the ribbon.'];

  it('the clause is dated by its decade, not by the Saturday before publication', () => {
    const e = shortestAt('2010-05-04', texts, 'began at the bakery');
    expect(e.date.start).toBe('198');
  });

  it('without "as a" the weekday still dates its clause', () => {
    const own = ['The manager opened the bakery on Saturday.'];
    expect(shortestAt('2010-05-04', own, 'opened the bakery').date.start).toBe('2010-05-01');
  });

  it('"at a Monday news conference" stays that Monday', () => {
    const own = ['The bishop spoke at a Monday news conference in the cathedral.'];
    expect(shortestAt('2010-05-04', own, 'spoke at').date.start).toBe('2010-05-03');
  });
});

describe('r43-count-told-own-date: a count dates the finding; what was found keeps its own year', () => {
  const texts = ['The head teacher stepped down on Wednesday, two days after an inquiry found that she had altered exam marks between 2004 and 2007 without telling the governors.'];

  it('what the inquiry found is an event of its own, over its own years', () => {
    const e = shortestAt('2010-05-07', texts, 'altered exam marks');
    expect([e.date.start, e.date.end]).toEqual(['2004', '2007']);
    expect(quoteOf(e, texts)).not.toContain('inquiry');
  });

  it('the finding is counted back from the Wednesday, and its evidence stops at "that"', () => {
    const e = shortestAt('2010-05-07', texts, 'inquiry found');
    expect(e.date.start).toBe('2010-05-03');
    expect(quoteOf(e, texts)).not.toContain('exam marks');
  });

  it('no event on the day of the count holds the years of what was found', () => {
    const all = events('2010-05-07', ...texts).filter((e) => e.date.start.startsWith('2010'));
    expect(all.some((e) => quoteOf(e, texts).includes('2004'))).toBe(false);
  });

  it('a plan told after "that" stays with the telling', () => {
    const plan = ['The bakery closed in June, three months after its owner warned that it could run out of flour by the end of the summer.'];
    const e = shortestAt('2014-07-07', plan, 'owner warned');
    expect([e.date.start, quoteOf(e, plan)]).toEqual(['2014-03', expect.stringContaining('run out of flour')]);
  });
});

describe('r43-weekday-before-last: "the Thursday before last" is a week before last Thursday', () => {
  const texts = ['The goalkeeper played with a bandaged wrist after spraining it in a training game the Thursday before last.'];

  it('the sprain is on the Thursday a week before the last one, not on the last one', () => {
    const e = shortestAt('2011-03-14', texts, 'spraining it');
    expect(e.date.start).toBe('2011-03-03');
  });

  it('"the Friday after next" is a week after next Friday', () => {
    const ahead = ['The shop will reopen the Friday after next.'];
    expect(shortestAt('2011-03-14', ahead, 'reopen').date.start).toBe('2011-03-25');
  });
});
