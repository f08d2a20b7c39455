import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 56 (s56): a past sentence with no day but a stretch of a waking part of the day ("by mid-morning", "in the
// late afternoon", "at lunchtime") is of the day the story is telling of, as "in the morning" already was; and a day
// that only dates a noun phrase set off at the end of a present sentence (the price or count the news is set against)
// does not move the story to that day. Every sentence here was written for this test.

describe('a part of the day told as mid, late or early, or by a meal', () => {
  const lead = 'The Kessling ferry was cancelled on Tuesday after a gale tore a hatch from its car deck.';

  it('"by mid-morning" is the day in focus', () => {
    const texts = [lead, 'The harbour wall at Marlcombe cracked by mid-morning.'];
    const ev = shortestAt('2019-05-16', texts, 'harbour wall at Marlcombe cracked');
    expect(ev.date.start).toBe('2019-05-14');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('"in the late afternoon" is the day in focus', () => {
    const texts = [lead, 'Divers from Dunstey reached the sunken hatch in the late afternoon.'];
    const ev = shortestAt('2019-05-16', texts, 'reached the sunken hatch');
    expect(ev.date.start).toBe('2019-05-14');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('"at lunchtime" is the day in focus', () => {
    const texts = [lead, 'The coastguard closed the slipway at lunchtime.'];
    const ev = shortestAt('2019-05-16', texts, 'closed the slipway');
    expect(ev.date.start).toBe('2019-05-14');
    expect(ev.date.mod ?? null).toBeNull();
  });
});

describe('a day dating only a noun phrase set off after a present clause', () => {
  it('leaves the story at its own later day', () => {
    const texts = [
      'Corvass Foods agreed today to buy the Thistlebrook creamery for £30 million.',
      'The offer values Thistlebrook shares at 210 cents apiece, a third above their closing price on Monday.',
      'Traders welcomed the offer. Thistlebrook shares rose 15 cents to 225 cents later in the afternoon.',
    ];
    const ev = shortestAt('2019-05-15', texts, 'rose 15 cents');
    expect(ev.date.start).toBe('2019-05-15');
    expect(ev.date.mod ?? null).toBeNull();
  });

  it('a past clause with its own day still moves the story there', () => {
    const texts = [
      'Corvass Foods agreed today to buy the Thistlebrook creamery for £30 million.',
      'Talks between the two firms broke down on Monday, their third failure this year.',
      'Thistlebrook shares fell 9 cents by mid-morning.',
    ];
    const ev = shortestAt('2019-05-15', texts, 'fell 9 cents');
    expect(ev.date.start).toBe('2019-05-13');
  });
});
