import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 50 (s50): an undated clause of a dated sentence goes on at the time of the plainly dated sentence right before
// it, as an undated sentence does, when the sentence's dates are only in a relative aside or in clauses after it that
// run on from that time (sentences written for this test).

const PUB = '1961-04-02';

describe('r50-s50-clause-carried-on: an undated first clause goes on from the sentence before', () => {
  it('a first conjunct before a clause counted on from the same time', () => {
    const para = 'In 1954 the lifeboat overturned in a gale. Its crew of four were saved, and the station got a new boat the following summer.';
    const e = shortestAt(PUB, [para], 'Its crew of four were saved');
    expect(e.date).toMatchObject({ start: '1954', rule: 'sequence/carried-on', yearUncertain: true });
  });

  it('a main clause beside a dated "who" aside', () => {
    const para = 'The gavel came down on Tuesday afternoon. A second bidder, who had phoned the auction house on Monday, pulled out at £81,000.';
    const e = shortestAt('1961-03-30', [para], 'pulled out at');
    expect(e.date).toMatchObject({ start: '1961-03-28', rule: 'sequence/carried-on' });
  });

  it('not when a later clause goes back before that time', () => {
    const para = 'In 1954 the lifeboat overturned in a gale. Its crew of four were saved, though the station had lost a boat in 1949.';
    expect(shortestAt(PUB, [para], 'Its crew of four were saved').date.rule).not.toBe('sequence/carried-on');
  });

  it('not across a paragraph', () => {
    const texts = ['In 1954 the lifeboat overturned in a gale.', 'Its crew of four were saved, and the station got a new boat the following summer.'];
    expect(shortestAt(PUB, texts, 'Its crew of four were saved').date.rule).not.toBe('sequence/carried-on');
  });

  it('not a clause with a word of time of its own', () => {
    const para = 'In 1954 the lifeboat overturned in a gale. Its crew were saved at last, and the station got a new boat the following summer.';
    expect(shortestAt(PUB, [para], 'Its crew were saved at last').date.rule).not.toBe('sequence/carried-on');
  });

  it('not a clause told in the present', () => {
    const para = 'The claim was refused in May 2003. The insurer, which paid the other owners in June 2003, is suing him for the money it spent.';
    expect(shortestAt('2005-03-01', [para], 'is suing him').date.rule).not.toBe('sequence/carried-on');
  });

  it('not after a sentence that tells two times', () => {
    const para = 'Profit for the half, the six months to June 30, was $4 million, against $5 million a year earlier. Sales rose 3 percent, helped by its new crackers, which were launched in May.';
    expect(shortestAt('2004-08-10', [para], 'Sales rose 3 percent').date.rule).not.toBe('sequence/carried-on');
  });

  it('not after a sentence whose main clause is in the present', () => {
    const para = 'The earliest rafter dates from about 1388, when its tree first sprouted. The samples were compared with a record taken from a granary, which was demolished in the 1890s and whose beams were saved.';
    expect(shortestAt('2005-03-01', [para], 'The samples were compared').date.rule).not.toBe('sequence/carried-on');
  });

  it('not when a later clause of the sentence is earlier than the time before', () => {
    const para = 'Dale Orme, 37, pleaded guilty to burglary at a previous sitting on Oct. 9. The bench was told that Orme and an accomplice, who is still at large, stripped copper from the depot over three nights in early July.';
    expect(shortestAt('2002-12-20', [para], 'The bench was told that').date.rule).not.toBe('sequence/carried-on');
  });

  it('not after a sentence whose date is a named thing\'s', () => {
    const para = 'The last programme closed with the tune that began the station\'s opening show on 9 May 1981. The host, who arrived in 1986, cried as she put it on.';
    expect(shortestAt('2002-12-20', [para], 'cried as she put it on').date.rule).not.toBe('sequence/carried-on');
  });
});
