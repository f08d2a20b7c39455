import { describe, expect, it } from 'vitest';
import { events, shortestAt, shortestNoPub } from './event-lookup';

// Round 35 (m35): a count from a happening told as a clause of its own ("a week before it closed", "eighteen months
// after inspectors found the leak", "a week after he was arrested") takes the happening's date moved by the count.
// Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2022-06-01';

describe('a count from a happening told as a clause', () => {
  it.each([
    [['The bakery on Mill Road closed on March 14, 2019.', 'Its owner had put the shop up for sale a week before it closed.'], 'up for sale', '2019-03-07'],
    [['Inspectors found the leak on April 9, 2016.', 'The pipe was finally replaced eighteen months after inspectors found the leak.'], 'finally replaced', '2017-10'],
    [['Mr. Lund was arrested on Feb. 3, 2014.', 'He was released a week after he was arrested.'], 'released', '2014-02-10'],
    [['Harlow Foods bought the business on March 4, 2015.', 'The new owners closed the warehouse a year after the business was bought.'], 'closed the warehouse', '2016'],
    [['The ferry company collapsed on Nov. 20, 2010.', 'Two days after it collapsed, its boats were sold off.'], 'boats were sold off', '2010-11-22'],
    [['The strikes began on Oct. 1, 2011.', 'Ministers resigned three weeks after workers walked out.'], 'Ministers resigned', null],
  ])('%s', (texts, words, day) => {
    for (const ev of [shortestAt(PUB, texts as string[], words as string), shortestNoPub(texts as string[], words as string)]) {
      if (day === null) {
        // "workers walked out" names nothing the text dated: no counted date.
        expect(ev.date.rule).not.toBe('sequence/counted-from-happening');
        continue;
      }
      expect(ev.date).toMatchObject({ start: day });
      expect(ev.date.yearUncertain).toBeFalsy();
    }
  });
});

describe('what a count from a happening does not date', () => {
  it('an undated happening says nothing new', () => {
    const ev = shortestAt(PUB, ['The shop put up its prices.', 'Its owner had put the shop up for sale a week before it closed.'], 'up for sale');
    expect(ev.date.rule).not.toBe('sequence/counted-from-happening');
  });

  it('a planned happening is not counted from', () => {
    for (const text of ['Protesters plan to march a month before the vote.', 'Protesters will march a month before the vote.']) {
      const all = events(PUB, 'The council will hold its vote on Sept. 12.', text);
      expect(all.filter((e) => /counted/.test(e.date.rule ?? ''))).toHaveLength(0);
    }
  });

  it('"a week" after an amount is a rate', () => {
    for (const text of ['Members paid ten dollars a week after the gym opened.', 'The bus ran twice a week after the depot opened.']) {
      const ev = shortestAt(PUB, ['The gym opened on May 1, 2019, and the depot opened on May 1, 2019.', text], text.slice(0, 12));
      expect(ev.date.rule).not.toBe('sequence/counted-from-happening');
    }
  });
});

describe('a count from a stretch, at the edge its phrase names, and at the count\'s precision', () => {
  const SURVEY = 'The survey ran from October 2006 to March 2008 in four towns.';
  it.each([
    [[SURVEY, 'A year after the survey ended, the team wrote to every patient.'], 'wrote to every patient', '2009-03'],
    [[SURVEY, 'Two months before the survey began, nurses were trained.'], 'nurses were trained', '2006-08'],
    [[SURVEY, 'The clinic shut its doors six months after the survey finished.'], 'shut its doors', '2008-09'],
    [['Harlow Foods bought the business in March 2015.', 'The new owners closed the warehouse a year after the business was bought.'], 'closed the warehouse', '2016-03'],
  ])('%s', (texts, words, value) => {
    for (const ev of [shortestAt(PUB, texts as string[], words as string), shortestNoPub(texts as string[], words as string)]) {
      expect(ev.date).toMatchObject({ start: value });
      expect(ev.date.end).toBeUndefined();
      expect(ev.date.yearUncertain).toBeFalsy();
    }
  });

  it('a stretch whose edge the phrase does not name gives no count', () => {
    const ev = shortestAt(PUB, [SURVEY, 'A year after the survey, the team wrote to every patient.'], 'wrote to every patient');
    expect(ev.date.rule).not.toBe('sequence/counted-from-happening');
  });
});

describe('a weekday counted from a happening', () => {
  it.each([
    // May 3, 2018 was a Thursday.
    [['Thieves took two paintings from the museum on May 3, 2018.', 'Police searched the harbour the Saturday after the theft.'], 'searched the harbour', '2018-05-05'],
    [['The town held its referendum on May 3, 2018.', 'Campaigners had knocked on every door the Sunday before the referendum.'], 'knocked on every door', '2018-04-29'],
    [['A gale tore the roof off the school on May 3, 2018.', 'Pupils were moved to the church hall on the Monday after the gale.'], 'moved to the church hall', '2018-05-07'],
  ])('%s', (texts, words, day) => {
    for (const ev of [shortestAt(PUB, texts as string[], words as string), shortestNoPub(texts as string[], words as string)]) {
      expect(ev.date).toMatchObject({ start: day });
      expect(ev.date.yearUncertain).toBeFalsy();
    }
  });

  it('an undated happening leaves the weekday as it was read', () => {
    const ev = shortestAt(PUB, ['Thieves took two paintings from the museum.', 'Police searched the harbour the Saturday after the theft.'], 'searched the harbour');
    expect(ev.date.rule).not.toBe('sequence/weekday-from-happening');
  });
});
