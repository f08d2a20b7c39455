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
    const para = 'The oldest beam goes back to around 1402, when the oak began to grow. The rings were matched against a sequence built from a chapel, which was pulled down in the 1870s and whose roof was kept.';
    expect(shortestAt('2005-03-01', [para], 'The rings were matched').date.rule).not.toBe('sequence/carried-on');
  });

  it('not when a later clause of the sentence is earlier than the time before', () => {
    const para = 'Jon Pike, 40, admitted theft at an earlier hearing on Nov. 18. The court heard that he and another man, who has never been found, took the bells from the tower over two nights in late August.';
    expect(shortestAt('2002-12-20', [para], 'The court heard that').date.rule).not.toBe('sequence/carried-on');
  });

  it('not after a sentence whose date is a named thing\'s', () => {
    const para = 'The final show ended with the song that opened the first broadcast on 4 May 1971. The presenter, who joined in 1980, wept as she played it.';
    expect(shortestAt('2002-12-20', [para], 'wept as she played it').date.rule).not.toBe('sequence/carried-on');
  });
});
