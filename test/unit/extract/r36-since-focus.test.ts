import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (s36): what "since then" / "has since" counts from. Every sentence here was written for this test (none
// comes from an eval set or a probe).

const pub = '2024-06-12';
const at = (texts: string[], words: string) => shortestAt(pub, texts, words).date;

describe('"since" after a sentence that only tells of an earlier happening counts from the happening', () => {
  it('"has since" after "police said Wednesday"', () => {
    const d = at(['Thieves broke into the depot on March 3 and took the payroll.', 'Police said Wednesday that they were still searching for the cash.', 'The depot, which serves shops across the county, has since replaced its locks.'], 'replaced its locks');
    expect(d.start).toBe('2024-03-03');
    expect(d.end).toBe('2024-06-12');
  });
  it('"Since then" after a spokesman\'s statement on a day of its own', () => {
    const d = at(['A landslide closed the coast road on April 20.', 'A council spokesman said on June 10 that the repairs would cost more than expected.', 'Since then, buses have run on a detour through the hills.'], 'buses have run');
    expect(d.start).toBe('2024-04-20');
    expect(d.end).toBe('2024-06-12');
  });
  it('"ever since" after a minister\'s remark', () => {
    const d = at(['Fire gutted the old library on Feb. 8.', 'The minister told reporters on Monday that the building would be saved.', 'Readers have borrowed books from a van ever since.'], 'borrowed books');
    expect(d.start).toBe('2024-02-08');
    expect(d.end).toBe('2024-06-12');
  });
  it('a telling with no happening before it is still counted from', () => {
    const d = at(['The mayor said on May 2 that the pool would close.', 'Swimmers have since gone to the next town.'], 'gone to the next town');
    expect(d.start).toBe('2024-05-02');
    expect(d.end).toBe('2024-06-12');
  });
  it('a plan still ahead is not what "since" counts from', () => {
    const d = at(['The dam burst on March 9.', 'Repairs will start on July 1, the board said on Monday.', 'Farmers downstream have since moved their herds.'], 'moved their herds');
    expect(d.start).toBe('2024-03-09');
  });
});

describe('"since then" counts from the latest happening the sentence before tells, not a step back written last', () => {
  it('"and before that in 1908"', () => {
    const d = at(['"The banners were last shown in public in 1951, and before that in 1908. Since then they have been kept in the attic."'], 'kept in the attic');
    expect(d.start).toBe('1951');
    expect(d.end).toBe('2024-06-12');
  });
  it('"and earlier in 1962"', () => {
    const d = at(['The river burst its banks in 1998, and earlier in 1962.', 'Since then the town has built a higher wall.'], 'higher wall');
    expect(d.start).toBe('1998');
  });
  it('"having first sung there in 1975"', () => {
    const d = at(['She returned to the choir in 2009, having first sung there in 1975.', 'She has not missed a concert since.'], 'missed a concert');
    expect(d.start).toBe('2009');
    expect(d.end).toBe('2024-06-12');
  });
  it('the last happening told when it is the latest too', () => {
    const d = at(['The firm was founded in 1921 and moved to Leeds in 1980.', 'Since then it has doubled its staff.'], 'doubled its staff');
    expect(d.start).toBe('1980');
  });
});

describe('a record set off after a clause told in the past is news of the story\'s day', () => {
  it('"their biggest one-day fall since the company was listed in 1968"', () => {
    const d = at(['The brewer said on Tuesday that profits would halve.', 'Its shares fell 18 percent by the close of trading, their biggest one-day fall since the company was listed in 1968.'], 'Its shares fell');
    expect(d.start).toBe('2024-06-11');
    expect(d.mod).toBeUndefined();
  });
  it('"the highest since 1992"', () => {
    const d = at(['Voters went to the polls on Sunday.', 'Turnout reached 71 percent, the highest since 1992.'], 'Turnout reached');
    expect(d.start).toBe('2024-06-09');
  });
  it('"its highest level since the great flood of 1953"', () => {
    const d = at(['The river rose overnight on Monday.', 'It peaked at 5.2 metres, its highest level since the great flood of 1953.'], 'It peaked');
    expect(d.start).toBe('2024-06-10');
  });
  it('a record set off after a present clause stays as it was', () => {
    const d = at(['Voters went to the polls on Sunday.', 'Prices are rising fast, the quickest since 1992.'], 'Prices are rising');
    expect(d.start).not.toBe('2024-06-09');
  });
});
