import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { happeningOf } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 26 (m26): families from the MEANTIME dev set's dated-mention slices. Every sentence here was written for
// this test (none comes from an eval set or a probe).

describe('a remark told after a dated speaking occasion is of the occasion\'s day', () => {
  // 2014-03-12 is a Wednesday.
  const speech = [
    'The transport minister gave a long speech to the port authority in Dover on Tuesday.',
    'She thanked the harbour pilots for their long hours at the quay.',
    'The minister then described the new ferry timetable as "a fresh start".',
  ];

  it('a pronoun subject with a speaking verb', () => {
    const e = shortestAt('2014-03-12', speech, 'thanked the harbour pilots');
    expect([e.date.start, e.date.end, e.date.mod]).toEqual(['2014-03-11', undefined, undefined]);
  });

  it('a name subject with a speaking verb', () => {
    expect(shortestAt('2014-03-12', speech, 'described the new ferry').date.start).toBe('2014-03-11');
  });

  it('the occasion holds while the day in focus stays its day, and may be a possessed conference', () => {
    const texts = [
      "The rail operator held a news conference in Leeds on Monday morning.",
      'Its chairman said yesterday that fares would not rise.',
      'He admitted that two lines had run late all winter.',
    ];
    expect(shortestAt('2014-03-11', texts, 'admitted that two lines').date.start).toBe('2014-03-10');
    const fair = ["At the growers' union's spring conference in Bristol on Tuesday, members voted for a new label.", 'Its director explained the scheme to buyers.'];
    expect(shortestAt('2014-03-12', fair, 'explained the scheme').date.start).toBe('2014-03-11');
  });

  it('"During the event, …" after it, and a remark that blames or dismisses', () => {
    const texts = [speech[0], 'During the event, the minister tried to calm a crowd of angry hauliers.', 'She blamed the delays on a shortage of pilots.'];
    expect(shortestAt('2014-03-12', texts, 'tried to calm').date.start).toBe('2014-03-11');
    expect(shortestAt('2014-03-12', texts, 'blamed the delays').date.start).toBe('2014-03-11');
  });

  it('not when the day in focus is no speaking occasion', () => {
    const texts = ['The transport minister opened a new ferry terminal in Dover on Tuesday.', 'She thanked the harbour pilots for their long hours at the quay.'];
    expect(shortestAt('2014-03-12', texts, 'thanked the harbour pilots').date.mod).toBe('before');
  });

  it('not for a remark in the present perfect', () => {
    const texts = [speech[0], 'She has praised the harbour pilots many times.'];
    expect(shortestAt('2014-03-12', texts, 'praised the harbour pilots').date.start).not.toBe('2014-03-11');
  });
});

describe('"of tomorrow" and "today\'s" an age, not a day', () => {
  const valueOf = (text: string, words: string) => tagTimexes(text, { dct: '2014-03-12' }).find((t) => t.text === words)?.value;

  it('a noun of people or things "of tomorrow"/"of today" is the time to come or the present', () => {
    expect(valueOf('The architect promised to design the homes of tomorrow.', 'tomorrow')).toBe('FUTURE_REF');
    expect(valueOf('Few businesses of today could survive such a tax.', 'today')).toBe('PRESENT_REF');
  });

  it('"today\'s teenagers", "tomorrow\'s engineers"', () => {
    expect(valueOf("Today's teenagers rarely buy newspapers.", 'Today')).toBe('PRESENT_REF');
    expect(valueOf("The college trains tomorrow's engineers.", 'tomorrow')).toBe('FUTURE_REF');
  });

  it('still a day: "as of today", "today\'s vote", "tomorrow\'s students march", a possessed noun', () => {
    expect(valueOf('The shop is closed as of today.', 'today')).toBe('2014-03-12');
    expect(valueOf("The council will count today's vote by hand.", 'today')).toBe('2014-03-12');
    expect(valueOf("Police will close roads for tomorrow's students march.", 'tomorrow')).toBe('2014-03-13');
    expect(valueOf("Today's nurses' strike shut two wards.", 'Today')).toBe('2014-03-12');
  });

  it('a dated speech\'s remark about "the cars of tomorrow" keeps the speech\'s day', () => {
    const texts = ['The senator gave a speech at the motor show in Turin on Monday.', 'She said she wanted Italy to build the cars of tomorrow.'];
    expect(shortestAt('2014-03-12', texts, 'cars of tomorrow').date.start).toBe('2014-03-10');
  });
});

describe('a modal or a future in the clause a past verb takes leaves the sentence past', () => {
  it('"refused to say when …would", "described the cuts that the town would face"', () => {
    expect(happeningOf('The chairman refused to say when the mill would reopen.')).toBe('past');
    expect(happeningOf('She described the cuts that the town would face over the winter.')).toBe('past');
    expect(happeningOf('The coach explained how the team will travel to the final.')).toBe('past');
  });

  it('not a demonstrative "that", nor a present or future main verb', () => {
    expect(happeningOf('Parcels posted after that week will be sent back.')).toBeNull();
    expect(happeningOf('The board will decide when the mill would reopen.')).toBeNull();
    expect(happeningOf('When the mill reopens, the town will celebrate.')).toBeNull();
    expect(happeningOf('The league has made it clear that it will not move the final.')).toBeNull();
    expect(happeningOf('Players who trained there recall that the coach would never shout.')).toBeNull();
  });

  it('so a dated speech\'s remark of that kind is the speech\'s day', () => {
    const texts = ['The chairman gave a speech to shareholders in York on Monday.', 'He refused to say when the mill would reopen.'];
    expect(shortestAt('2014-03-12', texts, 'refused to say').date.start).toBe('2014-03-10');
  });
});
