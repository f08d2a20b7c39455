import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 39 (u39): a past sentence with no date and no word of time of its own, right after a plainly dated happening in
// its paragraph, goes on at that happening's time ("In 1987 the pier collapsed. Two anglers were pulled from the
// water."), flagged as a reading. Not a present perfect, a telling, a sentence with its own word of time, a past perfect
// that steps back from a simple past, nor across a paragraph. Every sentence here was written for this test (none
// comes from an eval set or a probe).

const PUB = '2024-05-14';
const dateOf = (texts: string[], words: string) => {
  const e = shortestAt(PUB, texts, words);
  return { start: e.date.start, end: e.date.end, mod: e.date.mod, rule: e.date.rule, flagged: e.date.yearUncertain === true };
};

describe('an undated past sentence goes on at the time told just before', () => {
  it('a flashback year: the next sentence is of that year, flagged', () => {
    const para = 'The old pier at Carrow Sands collapsed in a storm in 1987. Two anglers were pulled from the water by a passing trawler.';
    expect(dateOf([para], 'Two anglers were pulled')).toEqual({ start: '1987', end: undefined, mod: undefined, rule: 'sequence/carried-on', flagged: true });
  });

  it('a day: what followed in the same paragraph is of that day', () => {
    const para = 'The dam above Brellow gave way on 3 March 1962. Water swept through the lower village and carried off the mill wheel.';
    expect(dateOf([para], 'Water swept through')).toMatchObject({ start: '1962-03-03', rule: 'sequence/carried-on', flagged: true });
  });

  it('a month, and a second undated sentence after the first', () => {
    const para = 'The bakery on Mill Lane opened in October 1954. Its first loaves were sold from a handcart. The queue stretched to the church gate.';
    expect(dateOf([para], 'first loaves were sold')).toMatchObject({ start: '1954-10', rule: 'sequence/carried-on' });
    expect(dateOf([para], 'queue stretched')).toMatchObject({ start: '1954-10', rule: 'sequence/carried-on' });
  });

  it('a past perfect after a past perfect goes on in the flashback', () => {
    const para = 'The family had moved to Harnwick in 1947. Her father had found work at the tannery by the river.';
    expect(dateOf([para], 'found work at the tannery')).toMatchObject({ start: '1947', rule: 'sequence/carried-on' });
  });

  it('without a publication date too', () => {
    const para = 'The ferry Ardent ran aground off Skelby Point in August 1971. Her forty passengers were taken off in lifeboats.';
    const e = shortestNoPub([para], 'forty passengers were taken off');
    expect([e.date.start, e.date.rule, e.date.yearUncertain]).toEqual(['1971-08', 'sequence/carried-on', true]);
  });
});

describe('not carried on', () => {
  const LEAD = 'The old pier at Carrow Sands collapsed in a storm in 1987.';
  const notCarried = (texts: string[], words: string) => expect(dateOf(texts, words).rule).not.toBe('sequence/carried-on');

  it('a present perfect is tied to the time of writing', () => {
    notCarried([`${LEAD} It has never been rebuilt.`], 'never been rebuilt');
    notCarried([`${LEAD} Anglers have fished from the rocks instead.`], 'fished from the rocks');
  });

  it('a telling is of the story’s time, not of the happening it follows', () => {
    notCarried([`${LEAD} The harbourmaster said the storm was the worst he had known.`], 'harbourmaster said');
    notCarried([`${LEAD} Residents told the inquiry that the timbers were rotten.`], 'Residents told');
  });

  it('a word of time of its own, tagged or not', () => {
    notCarried([`${LEAD} Last season the new jetty took its first boats.`], 'new jetty');
    notCarried([`${LEAD} A new pier was finally built in the spring.`], 'new pier was finally built');
    notCarried([`${LEAD} The wreck was still visible at low tide.`], 'still visible');
  });

  it('a past perfect after a simple past steps back from it', () => {
    notCarried(['The mill manager was convicted of fraud on 12 June 2003. He had denied every charge.'], 'denied every charge');
  });

  it('a new paragraph returns to the news', () => {
    notCarried([LEAD, 'Two anglers were pulled from the water by a passing trawler.'], 'Two anglers');
  });
});

describe('a past perfect after a present that looks back', () => {
  it('is of the day looked back to', () => {
    const para = 'Ilse Marr remembers 4 May 1950 better than any other day. Snow had closed the pass, and the mail van had turned back at Orrick.';
    expect(dateOf([para], 'Snow had closed the pass')).toMatchObject({ start: '1950-05-04', rule: 'sequence/carried-on' });
  });
});
