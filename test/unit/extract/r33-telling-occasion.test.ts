import { describe, expect, it } from 'vitest';
import { beforeABody, occasionOfTelling } from '../../../shared/extract/telling-occasion';
import { tellingOccasionBefore, tenseAt } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 33 (f33): the day after a telling and its occasion ("told the special council session on Monday", "said at a
// packed public meeting on Tuesday") is the telling's, however many words name the occasion: a told clause in the
// future does not send it forward. Every sentence here was written for this test (none comes from an eval set or a
// probe).

const PUB = '2024-03-14'; // a Thursday
const dayOf = (text: string, words: string) => shortestAt(PUB, [text], words).date;
const tenseOf = (sentence: string, word: string) => tenseAt(sentence, sentence.indexOf(word));

describe('occasionOfTelling reads the words between a telling and its day', () => {
  it('an occasion with several modifiers, after a setting or as who was told', () => {
    for (const [verb, gap] of [
      ['told', ' the special harbour board session on '],
      ['said', ' at a packed public meeting on '],
      ['told', ' a hastily called press conference in the capital on '],
      ['told', ' reporters outside the county courthouse on '],
      ['announced', ' at a crowded evening news conference on '],
      ['testified', ' before a joint legislative committee on '],
      ['warned', ' during a tense late-night budget session late on '],
      ['told', ' the BBC in an interview on '],
      ['said', ' at the end of a parents meeting on '],
      ['told', ' a small gathering of supporters on '],
      ['said', ' in a speech at the Carrow town hall on '],
      ['said', ' later in Brindle on '],
      ['said', ' on the sidelines of a summit in Oslo on '],
      ['said', ' on a visit to Carrow on '],
      ['said', ' in a statement released on '],
      ['said', ' during talks with union leaders in Carrow on '],
      ['told', ' lawmakers at a hearing on the budget on '],
    ]) expect(occasionOfTelling(gap, verb), `${verb}${gap}`).toBe(true);
  });

  it('not a clause, an object that is what was told, or an occasion the day may be ahead for', () => {
    for (const [verb, gap] of [
      // what was told, with no setting: the day may be the told thing's
      ['said', ' the council session on '],
      ['warned', ' the budget session on '],
      // a clause has begun
      ['told', ' the council the vote will be held on '],
      ['told', ' the meeting it would resume on '],
      ['said', ' at the meeting that the vote is on '],
      // a subject with a place of its own, not who was told
      ['said', ' officers at the scene on '],
      // "before" an occasion that is no body: the day is the occasion's, which may be ahead of the saying
      ['said', ' before the final on '],
      // no occasion named
      ['told', ' the story of the flood on '],
      ['said', ' in the event of a strike on '],
      ['said', ' on the eve of the vote on '],
      // a figure or punctuation belongs to something else
      ['said', ' at a meeting, which is on '],
    ]) expect(occasionOfTelling(gap, verb), `${verb}${gap}`).toBe(false);
  });

  it('tellingOccasionBefore finds where the telling ends, who was told included', () => {
    const text = 'The harbour master told the special harbour board session on Monday that the pier will reopen.';
    expect(tellingOccasionBefore(text, text.indexOf('Monday'))).toBe(text.indexOf(' harbour board'));
  });
});

describe('beforeABody: "before" a body is in front of it, not earlier than the day', () => {
  it('a body with several modifiers', () => {
    expect(beforeABody('before a joint legislative committee on ')).toBe(true);
    expect(beforeABody('before the full county planning board in ')).toBe(true);
    expect(beforeABody('before the magistrates on ')).toBe(true);
    // "… before the district's licensing panel next Wednesday": the date starts at "next".
    expect(beforeABody("before the district's licensing panel ")).toBe(true);
  });

  it('an occasion or a happening is a bound', () => {
    expect(beforeABody('before the final on ')).toBe(false);
    expect(beforeABody('before the committee hearing on ')).toBe(false);
    expect(beforeABody('before the council voted on ')).toBe(false);
  });
});

describe('the day of a telling at a named occasion is past, whatever the tense of what it tells', () => {
  it('"told the special … session on Monday that … will reopen"', () => {
    const s = 'The harbour master told the special harbour board session on Monday that the ferry pier will reopen in July.';
    expect(tenseOf(s, 'Monday')).toBe('past');
    expect(dayOf(s, 'told the special').start).toBe('2024-03-11');
  });

  it('"said at a packed public meeting on Tuesday that … will close"', () => {
    const s = 'The librarian said at a packed public meeting on Tuesday that the branch will close in the autumn.';
    expect(tenseOf(s, 'Tuesday')).toBe('past');
    expect(dayOf(s, 'The librarian said').start).toBe('2024-03-12');
  });

  it('"told a hastily called press conference in the capital on Friday"', () => {
    const s = 'The general told a hastily called press conference in the capital on Friday that the troops will pull back.';
    expect(tenseOf(s, 'Friday')).toBe('past');
    expect(dayOf(s, 'The general told').start).toBe('2024-03-08');
  });

  it('"told reporters outside the county courthouse on Wednesday"', () => {
    const s = 'Her lawyer told reporters outside the county courthouse on Wednesday that she will appeal the ruling.';
    expect(tenseOf(s, 'Wednesday')).toBe('past');
    expect(dayOf(s, 'Her lawyer told').start).toBe('2024-03-13');
  });

  it('"testified before a joint legislative committee on Tuesday"', () => {
    const s = 'The police chief testified before a joint legislative committee on Tuesday that the force will hire forty officers.';
    expect(tenseOf(s, 'Tuesday')).toBe('past');
    expect(dayOf(s, 'forty officers').start).toBe('2024-03-12');
  });

  it('"warned during a tense late-night budget session on Monday"', () => {
    const s = 'The treasurer warned during a tense late-night budget session on Monday that deeper cuts will follow.';
    expect(tenseOf(s, 'Monday')).toBe('past');
    expect(dayOf(s, 'The treasurer warned').start).toBe('2024-03-11');
  });

  it('"told the BBC in an interview on Sunday", "said at the end of a parents meeting on Monday"', () => {
    const a = 'The minister told the BBC in an interview on Sunday that the levy will be scrapped.';
    expect(dayOf(a, 'The minister told').start).toBe('2024-03-10');
    const b = 'The head teacher said at the end of a parents meeting on Monday that the school will open late.';
    expect(dayOf(b, 'The head teacher said').start).toBe('2024-03-11');
  });
});

describe('"said" and an occasion with no setting: the occasion is what was told of, and its day may be ahead', () => {
  it('"said the council session on Monday will decide" (read as the telling\'s occasion before this round)', () => {
    const s = 'The clerk said the council session on Monday will decide the matter.';
    expect(tenseOf(s, 'Monday')).toBe('future');
    expect(dayOf(s, 'The clerk said').start).toBe('2024-03-18');
  });
});

describe('what must not change: the day belongs to what was told', () => {
  it('"told the council the vote will be held on Monday": a clause after who was told', () => {
    const s = 'The mayor told the council the vote will be held on Monday.';
    expect(tenseOf(s, 'Monday')).toBe('future');
    expect(dayOf(s, 'the vote will be held').start).toBe('2024-03-18');
  });

  it('"said officers at the scene on Monday will be questioned": a subject with its place, not a setting', () => {
    const s = 'Police said officers at the scene on Monday will be questioned.';
    expect(tenseOf(s, 'Monday')).toBe('future');
    expect(dayOf(s, 'officers at the scene').start).toBe('2024-03-18');
  });

  it('"told the meeting it will resume on Monday": the occasion told, then a clause of its own', () => {
    const s = 'The chairwoman told the meeting it will resume on Monday.';
    expect(tenseOf(s, 'Monday')).toBe('future');
    expect(dayOf(s, 'it will resume').start).toBe('2024-03-18');
  });
});
