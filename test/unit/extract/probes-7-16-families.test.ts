import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { findPublished } from '../../../shared/extract/published';
import { shortestAt } from './event-lookup';

// Round 27: families of wrong dates probes 7 and 16 showed. Every sentence here was written for this test (none comes
// from an eval set or a probe).

describe('a bare past month after an old day that dated a clause of the narrative goes on from that day', () => {
  const flood = 'On March 2, 1931, a flood broke the weir at Dunmore. The mill was shut for four months and reopened in July.';

  it('takes the old day\'s year, as a guess', () => {
    const ev = shortestAt('2001-09-10', [flood], 'reopened in July');
    expect(ev.date.start).toBe('1931-07');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('goes into the next year when the month comes round there first', () => {
    const ev = shortestAt('2001-06-10', ['The drought set in on Oct. 20, 1952. The first rain fell in March, after the wells had run dry.'], 'first rain fell');
    expect(ev.date.start).toBe('1953-03');
  });

  it('keeps the tense\'s year after a day that only names a happening', () => {
    const ev = shortestAt('2001-09-10', ['Two men were charged in the May 3, 1990, robbery of a bank in Tessel. The bank agreed in August to pay the guards.'], 'agreed in August');
    expect(ev.date.start).toBe('2001-08');
    expect(ev.date.yearUncertain).toBe(true);
  });
});

describe('an infinitive after a ranking noun phrase is told in the time of the copula before it', () => {
  // 2019-04-15 is a Monday.
  it('dates "became the first … to finish on Sunday" to the Sunday just past', () => {
    const texts = ['Mara Lund became the first rider from the valley in twenty years to finish the Tour of Essel on Sunday.'];
    expect(shortestAt('2019-04-15', texts, 'finish the Tour').date.start).toBe('2019-04-14');
  });

  it('leaves an infinitive of a plan pointing forward', () => {
    expect(shortestAt('2019-04-15', ['Mara Lund hopes to finish the Tour of Essel on Sunday.'], 'finish the Tour').date.start).toBe('2019-04-21');
  });
});

describe('a notice\'s closing sign-off says when it was published', () => {
  const body = { id: 'p1', role: 'body', text: 'The footbridge at Rill Lane will close on Monday 9 May for repairs.' } as Paragraph;

  it('reads "Issued <date> by …" and "Issued by … on <date>" in the last paragraphs', () => {
    const one = findPublished([body, { id: 'p2', role: 'body', text: 'Issued 4 May 2011 by J. Harrow, Town Clerk, Brennock District Council.' } as Paragraph])[0];
    expect(one?.date).toBe('2011-05-04');
    expect(one?.source).toBe('sign-off');
    const two = findPublished([body, { id: 'p2', role: 'body', text: 'Issued by the Press Office on 4 May 2011.' } as Paragraph])[0];
    expect(two?.date).toBe('2011-05-04');
  });

  it('does not take a closing clause that only opens on such a word', () => {
    expect(findPublished([body, { id: 'p2', role: 'body', text: 'Released on 3 June 1998, the album sold a million copies.' } as Paragraph])).toEqual([]);
  });
});

describe('a bare past month a year before publication is not taken into a year written paragraphs back', () => {
  const texts = [
    'Harwick Mills said its profit rose by a tenth last year.',
    'Wool now makes up half of its sales; it made up a third in 2009.',
    'A new loom was bought last March and started weaving on Jan. 8.',
    'The board said the mill had a hard year. A flood closed the dye house for a week in July.',
  ];

  it('keeps the tense\'s year, the one before publication\'s, as a guess', () => {
    const ev = shortestAt('2013-02-20', texts, 'closed the dye house');
    expect(ev.date.start).toBe('2012-07');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('still goes on with a year written paragraphs back when nothing has been dated since', () => {
    const ev = shortestAt('2013-02-20', ['The mill was sold in 2009.', 'A flood closed the dye house for a week in July.'], 'closed the dye house');
    expect(ev.date.start).toBe('2009-07');
  });

  it('still takes a year written in the month\'s own paragraph', () => {
    const ev = shortestAt('2013-02-20', ['It made up a third in 2009. A flood closed the dye house for a week in July.'], 'closed the dye house');
    expect(ev.date.start).toBe('2009-07');
  });
});

describe('a holiday opening its sentence before a past verb keeps the tense\'s year', () => {
  it('dates "On Christmas Eve the depot ran out of salt" in a November report to the Christmas Eve before, as a guess', () => {
    const ev = shortestAt('2014-11-10', ['The county has bought more salt for the winter. On Christmas Eve the depot ran out of salt and had to borrow from its neighbours.'], 'ran out of salt');
    expect(ev.date.start).toBe('2013-12-24');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('still reads a holiday inside a plan told in the past as the coming one', () => {
    const ev = shortestAt('2014-11-10', ['The council invited the choir to sing at the market on Christmas Eve.'], 'invited the choir');
    expect(ev.date.start).toBe('2014-12-24');
  });
});
