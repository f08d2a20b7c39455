import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 41 (s41): a night with no day of its own ("worked through the night", "stayed with it overnight") in an
// undated past sentence is a night of the day the story is telling of, carried across a paragraph break too: told in
// the simple past, that day and the next; in the past perfect, the night before it. Every sentence here was written
// for this test.

const PUB = '2024-07-04';
const LEAD = 'A grain lorry overturned on the Harlow bypass on Monday afternoon, spilling its load across both lanes.';

describe('r41-night-of-day: a night with no day of its own is the story day\'s night', () => {
  it('r41-night-of-day: "worked through the night" in the next paragraph runs from the story\'s day into the next', () => {
    const texts = [LEAD, 'Highway crews worked through the night with two sweepers.'];
    expect(shortestAt(PUB, texts, 'worked through the night').date).toMatchObject({ start: '2024-07-01', end: '2024-07-02', rule: 'narrative-focus/night-of-day' });
  });

  it('r41-night-of-day: "overnight" closing the clause, in the same paragraph', () => {
    const texts = [`${LEAD} Two officers stayed beside the cab overnight.`];
    expect(shortestAt(PUB, texts, 'stayed beside the cab').date).toMatchObject({ start: '2024-07-01', end: '2024-07-02' });
  });

  it('r41-night-of-day: a past perfect steps back to the night before', () => {
    const texts = ['A young seal was found on the ferry slipway at 7 a.m. on Tuesday. It had probably come ashore during the night.'];
    expect(shortestAt(PUB, texts, 'come ashore').date).toMatchObject({ start: '2024-07-01', end: '2024-07-02' });
  });

  it('r41-night-of-day: "overnight" before a noun names no night', () => {
    const texts = [LEAD, 'The driver caught the overnight coach to Leeds.'];
    expect(shortestAt(PUB, texts, 'overnight coach').date.rule).not.toBe('narrative-focus/night-of-day');
  });

  it('r41-night-of-day: a night that would end after publication is not placed there', () => {
    const texts = ['A grain lorry overturned on the Harlow bypass on Thursday afternoon.', 'Highway crews worked through the night with two sweepers.'];
    expect(shortestAt(PUB, texts, 'worked through the night').date.rule).not.toBe('narrative-focus/night-of-day');
  });

  it('r41-night-of-day: a telling keeps its own placing; its past perfect is the reported tense', () => {
    const texts = [LEAD, 'A farmer said his dogs had barked all night.'];
    expect(shortestAt(PUB, texts, 'barked').date.rule).not.toBe('narrative-focus/night-of-day');
  });

  it('r41-night-of-day: a repetition inside the sentence leaves the night as it is', () => {
    const texts = [LEAD, 'Highway crews worked through the night, sweeping the lanes every few minutes.'];
    expect(shortestAt(PUB, texts, 'worked through the night').date).toMatchObject({ start: '2024-07-01', end: '2024-07-02' });
  });
});
