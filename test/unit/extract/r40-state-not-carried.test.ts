import { describe, expect, it } from 'vitest';
import { tellsOfState } from '../../../shared/extract/state-clauses';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 40 (u40): a sentence of state ("She had no children.", "The barn was empty.", "He was a keen angler.") is not
// carried on to the date of the happening told before it (u39's `sequence/carried-on`): a state holds over a stretch,
// it does not happen at that time. A happening, in the passive too, still goes on at it. Every sentence here was
// written for this test (none comes from an eval set or a probe).

const PUB = '2024-05-14';
const ruleOf = (texts: string[], words: string) => shortestAt(PUB, texts, words).date.rule;
// An age or a family may also be no event at all (r40-age-not-event); either way it is not carried.
const carried = (texts: string[], words: string) =>
  events(PUB, ...texts).some((e) => quoteOf(e, texts).includes(words) && e.date.rule === 'sequence/carried-on');

describe('r40-state-not-carried: a state after a dated happening keeps no date of it', () => {
  const LEAD = 'Orla Benning, the last ferrywoman of Quillan Water, died at her home on 2 February 1998.';

  it('r40-state-not-carried: an age, a predicate noun, a predicate adjective', () => {
    expect(carried([`${LEAD} She was 91.`], 'She was 91')).toBe(false);
    expect(ruleOf([`${LEAD} She was a fierce card player.`], 'fierce card player')).not.toBe('sequence/carried-on');
    expect(ruleOf([`${LEAD} Her cottage was damp and cold.`], 'cottage was damp')).not.toBe('sequence/carried-on');
  });

  it('r40-state-not-carried: "had" of possession, and a verb of state', () => {
    expect(carried([`${LEAD} She had no brothers.`], 'no brothers')).toBe(false);
    expect(ruleOf([`${LEAD} She owned two boats and a shed.`], 'owned two boats')).not.toBe('sequence/carried-on');
    expect(ruleOf([`${LEAD} Nobody knew her age.`], 'Nobody knew')).not.toBe('sequence/carried-on');
  });

  it('r40-state-not-carried: two states joined, and "there were"', () => {
    expect(ruleOf([`${LEAD} The jetty was rotten but the boats were sound.`], 'jetty was rotten')).not.toBe('sequence/carried-on');
    expect(ruleOf([`${LEAD} There were no ferries on the lake by then.`], 'no ferries')).not.toBe('sequence/carried-on');
  });

  it('r40-state-not-carried: a state after it still lets a happening after it be carried', () => {
    const para = `${LEAD} She was 91. Her nephew scattered her ashes on the water.`;
    expect(carried([para], 'She was 91')).toBe(false);
    expect(shortestAt(PUB, [para], 'scattered her ashes').date).toMatchObject({ start: '1998-02-02', rule: 'sequence/carried-on', yearUncertain: true });
  });
});

describe('r40-state-not-carried: a happening is still carried', () => {
  const LEAD = 'A gale tore the roof from the Tarrant Street chapel on 9 November 1983.';
  const carried = (sentence: string, words: string) =>
    expect(shortestAt(PUB, [`${LEAD} ${sentence}`], words).date).toMatchObject({ start: '1983-11-09', rule: 'sequence/carried-on' });

  it('r40-state-not-carried: told in the passive, with "be" before a participle', () => {
    carried('Two passers-by were hurt by falling slates.', 'passers-by were hurt');
    carried('The organ was soaked.', 'organ was soaked');
  });

  it('r40-state-not-carried: "had" with a noun of a happening, and a past perfect going on in the flashback', () => {
    carried('The caretaker had a heart attack.', 'caretaker had a heart attack');
    carried('Firemen carried the pews into the hall.', 'carried the pews');
  });

  it('r40-state-not-carried: a state beside a happening in one sentence is a happening', () => {
    carried('The hall was dark, and volunteers brought lamps.', 'volunteers brought lamps');
  });
});

describe('r40-state-not-carried: tellsOfState reads the verbs', () => {
  it.each([
    ['The barn was empty.', true],
    ['He was a keen angler.', true],
    ['They had three daughters.', true],
    ['The pier had been unsafe for years.', true],
    ['The guards were asleep.', true],
    ['She weighed four stone.', true],
    ['He was hit by a bus.', false],
    ['The barn was emptied.', false],
    ['She had a stroke.', false],
    ['They had moved away.', false],
    ['He was mending nets.', false],
    ['She bought the barn.', false],
  ])('r40-state-not-carried: %s -> %s', (sentence, state) => {
    expect(tellsOfState(sentence)).toBe(state);
  });
});
