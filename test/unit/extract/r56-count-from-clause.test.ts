import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (c56): a count from a happening told as a pronoun's clause ("a week before he died") finds that happening
// when a second verb follows it ("… before he died and asked for …"), and not in a happening of someone a name owns
// ("Wendra Oskin's brother died"); "a fortnight before" counts two weeks; a conjunct ", and a <noun> …" after a clause
// told over a stretch is counted from the happening it names too. Every sentence here was written for this test.

describe('a count from a clause with a pronoun subject', () => {
  it('finds the happening when "and" and a second verb follow the clause', () => {
    const texts = [
      'The retired signalman Wendra Oskin died on March 3 at his cottage by the Marrowdale sidings.',
      'He moved into a care home two days before he died and asked for his pipe to be sent on.',
    ];
    const ev = shortestAt('2022-06-01', texts, 'moved into a care home');
    expect(ev.date.start).toBe('2022-03-01');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('passes over a happening told of what a name owns', () => {
    const texts = [
      'The retired signalman Wendra Oskin died on March 3 at his cottage by the Marrowdale sidings.',
      'His brother died in 1994. Neighbours said he gave his boat away a week before he died.',
    ];
    const ev = shortestAt('2022-06-01', texts, 'gave his boat away');
    expect(ev.date.start).toBe('2022-02-24');
  });
});

describe('a fortnight before a happening', () => {
  it('counts two weeks back from its day', () => {
    const texts = [
      'The dog show opened on Saturday 14 May with 300 entries in the corn exchange.',
      'Stewards swept the pens by hand, and the vet only passed the hall a fortnight before the show.',
    ];
    const ev = shortestAt('2022-06-01', texts, 'passed the hall');
    expect(ev.date.start).toBe('2022-04-30');
  });
});

describe('a counted conjunct after a clause told over a stretch', () => {
  it('is counted from the happening it names, the first conjunct keeping its stretch', () => {
    const texts = [
      'The parish council voted on Thursday to shut the rope bridge over the gorge.',
      'A survey of walkers ran from 2 February to 14 March, and a letter with 900 names was handed to the clerk ten days before the vote.',
    ];
    const ev = shortestAt('2024-05-20', texts, 'letter with 900 names');
    expect(ev.date.start).toBe('2024-05-06');
    const survey = shortestAt('2024-05-20', texts, 'survey of walkers');
    expect([survey.date.start, survey.date.end]).toEqual(['2024-02-02', '2024-03-14']);
  });
});
