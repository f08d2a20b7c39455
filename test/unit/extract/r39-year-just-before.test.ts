import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 39 (y39): a yearless past month or day too far from publication for news to leave its year off takes the year
// of an earlier sentence of its paragraph only when that sentence is the one just before, plainly dating a
// happening (no telling in either, no word of time before the date). Otherwise the tense's year stays, flagged. Every
// sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2024-05-14';
const dateOf = (texts: string[], words: string) => {
  const e = shortestAt(PUB, texts, words);
  return { start: e.date.start, flagged: e.date.yearUncertain === true };
};

describe('the year of the happening told just before', () => {
  it('a month after a bare year', () => {
    expect(dateOf(['The Tollgate Museum opened in 2019. Its first director resigned in September.'], 'director resigned')).toEqual({ start: '2019-09', flagged: true });
  });

  it('a day after a bare year', () => {
    expect(dateOf(['Harlow Rovers were promoted in 2017. They sacked their manager on 12 October.'], 'sacked their manager')).toEqual({ start: '2017-10-12', flagged: true });
  });

  it('a paragraph opening on the month after one that wrote the year goes on with it, as before', () => {
    expect(dateOf(['The bus depot on Fenn Road opened in 2016.', 'The last buses left in September.'], 'last buses left')).toEqual({ start: '2016-09', flagged: true });
  });

  it('a month after a month with its year', () => {
    expect(dateOf(['A fire gutted the Corn Exchange in March 2015. Repairs began in August.'], 'Repairs began')).toEqual({ start: '2015-08', flagged: true });
  });
});

describe('not the year of an earlier sentence otherwise', () => {
  const tenseYear = (texts: string[], words: string) => expect(dateOf(texts, words)).toEqual({ start: '2023-09', flagged: true });

  it('two sentences back', () => {
    tenseYear(['The bus depot on Fenn Road opened in 2016. Drivers washed the fleet there every night. The last buses left in September.'], 'last buses left');
  });

  it('after a telling', () => {
    tenseYear(['The council said in 2016 that it would sell the depot. The last buses left in September.'], 'last buses left');
  });

  it('with a word of time of its own', () => {
    tenseYear(['The bus depot on Fenn Road opened in 2016. It was later sold to a builder in September.'], 'sold to a builder');
  });

  it('from an aside', () => {
    tenseYear(['Ms Varn, who joined the choir in 2011, led the tour. She sang her last solo in September.'], 'last solo');
  });
});

describe('without a publication date', () => {
  it('the year just before is still the guess', () => {
    const e = shortestNoPub(['The Tollgate Museum opened in 2019. Its first director resigned in September.'], 'director resigned');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2019-09', true]);
  });
});
