import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (a56): "before the week was out" after a "would" is the reported future's shift of "is out": a range from
// publication to the period's end, as "is out" already is; in a plain past story it is not read so. Every sentence
// here was written for this test.

describe('"before the week was out" in reported speech', () => {
  it('runs from publication to the end of the week', () => {
    const texts = ['The minister said that two surveyors would visit Ostermere before the week was out, with a relief fund to follow.'];
    const ev = shortestAt('2009-05-06', texts, 'would visit Ostermere');
    expect([ev.date.start, ev.date.end]).toEqual(['2009-05-06', '2009-05-10']);
  });

  it('"the month was over" after "could" runs to the month\'s end', () => {
    const texts = ['Engineers warned the ferry could be back in service before the month was over.'];
    const ev = shortestAt('2009-05-06', texts, 'back in service');
    expect([ev.date.start, ev.date.end]).toEqual(['2009-05-06', '2009-05-31']);
  });

  it('a plain past story keeps its own week', () => {
    const texts = ['The floodwater had reached Quillby before the week was out.'];
    const ev = shortestAt('2009-05-06', texts, 'reached Quillby');
    expect(ev.date.rule).not.toMatch(/^period-out/);
  });
});
