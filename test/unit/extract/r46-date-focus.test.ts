import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { shortestAt } from './event-lookup';

// Round 46 (s46): the date in narrative focus, each reading shown on a sentence written for this test (none comes from
// an eval set or a probe).

const tag = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => ({ text: t.text, value: t.value, rule: t.rule }));

describe('r46-quote-story-weekday: a weekday told in the past in a quote only taken to be said on the story\'s day is the last before publication', () => {
  const text =
    'Old boys of Pellworth Grammar gathered at the school gates on Saturday afternoon for a reunion fifty years after they left.\n\n' +
    '"We sent letters to everyone we could trace," the organiser said. "Forty of them turned up on Saturday, and one had sailed from Canada."';

  it('the quote\'s Saturday is the reunion\'s, not the Saturday a week before', () => {
    expect(tag(text, '2018-06-11')).toContainEqual(expect.objectContaining({ text: 'Saturday', value: '2018-06-09' }));
    expect(tag(text, '2018-06-11')).not.toContainEqual(expect.objectContaining({ value: '2018-06-02' }));
  });

  it('a weekday between the story\'s day and publication is the one just gone', () => {
    const text =
      'The owners of the Kessock mill agreed on Monday to repay the lost wages.\n\n"My sister rang me on Tuesday evening with the news," said a former weaver. "We had given up hope."';
    expect(tag(text, '2015-06-10')).toContainEqual(expect.objectContaining({ text: 'Tuesday evening', value: expect.stringMatching(/^2015-06-09/) }));
  });

  it('said on a day the text writes, the same weekday is still a week back', () => {
    const told = 'Old boys gathered at the gates on Saturday. "Forty of them turned up on Saturday," the organiser said on Saturday.';
    expect(tag(told, '2018-06-11')).toContainEqual(expect.objectContaining({ text: 'Saturday', value: '2018-06-02' }));
  });
});

describe('r46-reported-weekday: a bare weekday told in the past inside a reported clause falls on or before the telling', () => {
  it('"said on Wednesday that a farmer had seen her on Friday" is the Friday before that Wednesday', () => {
    const text = 'The search for a missing walker near Kelby went on. Police said on Wednesday that a farmer had seen her on Friday near the reservoir.';
    expect(tag(text, '2021-03-13')).toContainEqual(expect.objectContaining({ text: 'Friday', value: '2021-03-05' }));
  });

  it('a clause joined on after the told one is the narrator\'s again, and a plan told is still ahead', () => {
    const joined = 'Police said on Wednesday that a farmer had seen her, and she was found alive on Friday.';
    expect(tag(joined, '2021-03-13')).toContainEqual(expect.objectContaining({ text: 'Friday', value: '2021-03-12' }));
    const met = 'We met the skipper on Monday and he sailed on Tuesday.';
    expect(tag(met, '2021-03-13')).toContainEqual(expect.objectContaining({ text: 'Tuesday', value: '2021-03-09' }));
  });
});

describe('r46-telling-after-aside: a telling\'s day after a year in an aside leaves the story at the day before', () => {
  it('"that day" in what the telling reports is the story\'s day, not the telling\'s', () => {
    const text =
      'Last Saturday the market hall at Dunford was packed. The stallholder, who opened her stall in 1994, told reporters on Monday that she had sold 300 pies that day.';
    expect(tag(text, '2019-12-28')).toContainEqual(expect.objectContaining({ text: 'that day', value: '2019-12-21' }));
  });

  it('"told this newspaper" is a telling as "told reporters" is', () => {
    const text =
      'Last Saturday the market hall at Dunford was packed. The stallholder, who opened her stall in 1994, told this newspaper on Monday that she had sold 300 pies that day.';
    expect(tag(text, '2019-12-28')).toContainEqual(expect.objectContaining({ text: 'that day', value: '2019-12-21' }));
  });
});

describe('r46-evening-before-midnight: a sentence that sets off in the evening and runs past midnight starts on the day in focus', () => {
  it('"began at 10.15 p.m. … until shortly after midnight" is the evening of the day told, not the day after', () => {
    const texts = ['Voting in the Harlow Fen by-election closed at 9 p.m. yesterday.', 'Counting began at 10.15 p.m., but the result was not declared until shortly after midnight.'];
    expect(shortestAt('2016-10-14', texts, 'Counting began').date.start).toBe('2016-10-13');
  });

  it('a sentence told from after midnight alone is still the next day', () => {
    const texts = ['Voting in the Harlow Fen by-election closed at 9 p.m. yesterday.', 'The result was declared shortly after midnight.'];
    expect(shortestAt('2016-10-14', texts, 'result was declared').date.start).toBe('2016-10-14');
  });
});

describe('r46-since-then-had: "Since then" opening a past-perfect clause runs up to the day the story has got to', () => {
  const texts = [
    'The Dunmore chess club won the county league on Saturday after a play-off.',
    'Three of its first four matches in the autumn were lost. Things changed at a weekend congress in Hull, where the team won every game on January 9 and 10. Since then it had been beaten only once.',
  ];

  it('the stretch ends on the title\'s Saturday, not at publication', () => {
    expect(shortestAt('1998-03-30', texts, 'Since then it had been beaten').date.end).toBe('1998-03-28');
  });

  it('in the present perfect it still runs up to publication', () => {
    const present = ['The team won every game at Hull on January 9 and 10. Since then it has lost only once.'];
    expect(shortestAt('1998-03-30', present, 'Since then it has lost').date.end).toBe('1998-03-30');
  });
});

describe('r46-since-two-days: "since then" after a happening written over two days starts at its end', () => {
  it('"won every game on January 9 and 10. Since then …" starts on the 10th', () => {
    const texts = ['The team won every game at Hull on January 9 and 10. Since then it has lost only once.'];
    expect(shortestAt('1998-03-30', texts, 'Since then it has lost').date.start).toBe('1998-01-10');
  });

  it('a week named whole still starts in it', () => {
    const texts = ['The team lost twice at Hull last week. Since then it has won every game.'];
    expect(shortestAt('1998-03-30', texts, 'Since then it has won').date.start).toBe('1998-03-23');
  });
});
