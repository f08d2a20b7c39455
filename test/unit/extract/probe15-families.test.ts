import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { tenseAt } from '../../../shared/extract/tense';
import { shortestAt } from './event-lookup';

// Round 23: the families of misses probe 15 showed. Every sentence here was written for this test (none comes from an
// eval set or a probe).

const tag = (text: string, dct: string | null) => tagTimexes(text, { dct });
const valueOf = (text: string, dct: string | null, words: string) => tag(text, dct).find((t) => t.text === words);
const tenseOf = (s: string, w: string) => tenseAt(s, s.indexOf(w));

describe('"is to be" and a participle points forward', () => {
  it('reads the present of "be" before "to be" as the future', () => {
    expect(tenseOf('The mayor is to be buried on Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('The old pier is to be pulled down in March.', 'March')).toBe('future');
    // Without "to be" the present stays present.
    expect(tenseOf('The mayor is in Oslo on Thursday.', 'Thursday')).not.toBe('past');
  });

  it('dates the happening on the weekday ahead of publication', () => {
    // 1974-03-17 is a Sunday.
    expect(shortestAt('1974-03-17', ['The old keeper is to be buried at sea on Thursday, after a service at the quay.'], 'buried').date.start).toBe('1974-03-21');
  });
});

describe('the simple present of a happening with a noun subject is a schedule', () => {
  it('"The board meets on Thursday" looks forward', () => {
    expect(tenseOf('The parish board meets on Thursday to settle the rents.', 'Thursday')).toBe('future');
    expect(tenseOf('Tickets are sold out, and the band plays on Sunday.', 'Sunday')).toBe('future');
  });

  it('leaves an object phrase, a plural noun before a past verb, and a past verb after the day alone', () => {
    expect(tenseOf('Inspectors completed their final checks on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('Crews cleared the roads and the car parks on Saturday.', 'Saturday')).toBe('past');
    expect(tenseOf('The union leaders met on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('The police chiefs on Monday agreed to talk.', 'Monday')).toBe('past');
  });

  it('places the meeting after publication across the turn of the year', () => {
    // 2019-12-28 is a Saturday; the Thursday ahead is in the next year.
    expect(shortestAt('2019-12-28', ['The town council meets on Thursday to vote on the bus lanes.'], 'council meets').date.start).toBe('2020-01-02');
  });
});

describe('a year or quarter counted from publication after "for" is the period told about', () => {
  it('"will publish its figures for last year on March 14" is dated by March 14', () => {
    const ev = shortestAt('1996-01-05', ['The brewery will publish its figures for last year on March 14.'], 'publish its figures');
    expect(ev.date.start).toBe('1996-03-14');
  });

  it('"reported its profits for the last quarter on Tuesday" is dated by the Tuesday', () => {
    // 1996-01-05 is a Friday.
    const ev = shortestAt('1996-01-05', ['The bank reported its profits for the last quarter on Tuesday.'], 'reported its profits');
    expect(ev.date.start).toBe('1996-01-02');
  });

  it('alone, "for last year" still dates its clause', () => {
    expect(shortestAt('1996-01-05', ['Sales for last year rose by a tenth.'], 'Sales').date.start).toBe('1995');
  });
});

describe('"that afternoon" after a year told alone', () => {
  const texts = ['The council voted on Tuesday night to close the baths. Mr. Lund said the pools would go the way of the lido at Brent, which shut in 1958. That afternoon about 40 swimmers marched to the town hall.'];

  it('is a guess between the year and the day told before it', () => {
    const ev = shortestAt('1964-04-02', texts, 'swimmers marched');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('"the next morning" counts on from the happening of the year and keeps its year', () => {
    const t = 'The ferry company said on Wednesday it had found the wreck. A diver first saw it two summers ago. He reported it to the harbour master the next morning.';
    const next = valueOf(t, '2022-05-20', 'the next morning');
    expect(next?.value.startsWith('2020')).toBe(true);
    expect(next?.yearUncertain).toBeFalsy();
  });
});

describe('"the <weekday> before/after" a holiday, a day told, or a happening told', () => {
  it('"the Friday before Christmas" is the Friday before the Christmas the tense gives', () => {
    const t = valueOf('The mill was told of the sale on the Friday before Christmas.', '1996-01-05', 'the Friday before Christmas');
    expect(t?.value).toBe('1995-12-22');
  });

  it('"the Tuesday after Whit Monday" is counted from the feast (Easter 1996 was April 7)', () => {
    const t = valueOf('The first stalls are to open on the Tuesday after Whit Monday.', '1996-01-05', 'the Tuesday after Whit Monday');
    expect(t?.value).toBe('1996-05-28');
  });

  it('"the Sunday before." is the Sunday before the day told last', () => {
    const texts = ['The bridge will reopen on Friday, Feb. 9. Residents may walk across it on the Sunday before.'];
    expect(shortestAt('1996-01-05', texts, 'walk across it').date.start).toBe('1996-02-04');
  });

  it('"the Monday after the survey closed" is the Monday after the closing day told before', () => {
    // 1995-11-27 is a Monday: the Monday after is a week on.
    const texts = ['The survey opened on Nov. 6 and closed on Nov. 27. Its findings were printed on the Monday after the survey closed.'];
    expect(shortestAt('1996-01-05', texts, 'findings were printed').date.start).toBe('1995-12-04');
  });

  it('with no day told, it is read as the bare weekday', () => {
    const t = valueOf('Carols will be sung on the Sunday before.', '1996-01-05', 'the Sunday before');
    expect(t?.value).toBe('1996-01-07');
  });

  it('leaves "the Friday before the vote" to the weekday rules (a noun, not a happening told)', () => {
    expect(tag('He arrived on the Friday before the vote.', '1996-01-05').some((t) => t.text === 'the Friday before')).toBe(false);
  });
});

describe('a bare month after a month of the year before publication\'s', () => {
  it('goes on in the story\'s year, as a guess', () => {
    const texts = ['The council found the leak in February of last year. It began proceedings against the builder in May.'];
    const ev = shortestAt('2013-06-11', texts, 'began proceedings');
    expect(ev.date.start).toBe('2012-05');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('a month no later than the one in focus is publication\'s year\'s', () => {
    const texts = ['The council found the leak in October of last year. It began proceedings against the builder in May.'];
    expect(shortestAt('2013-06-11', texts, 'began proceedings').date.start).toBe('2013-05');
  });
});

describe('a part of the day after a telling and a day it told in another year', () => {
  it('is the told day\'s, flagged', () => {
    // 2013-06-11 is a Tuesday; the telling is 2013-06-06.
    const texts = ['The farmer told the inquiry on Thursday that his barn had burned down on the night of March 3, 2010. He fought the fire with buckets until dawn.'];
    const ev = shortestAt('2013-06-11', texts, 'fought the fire');
    expect(ev.date.start).toBe('2010-03-03');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('after a telling of a day in its own year, keeps the telling\'s day', () => {
    const texts = ['The farmer said on Thursday that a fox had come into the yard. He sat up with a lamp until dawn.'];
    const ev = shortestAt('2013-06-11', texts, 'sat up with a lamp');
    expect(ev.date.start).toBe('2013-06-06');
    expect(ev.date.yearUncertain).toBeFalsy();
  });
});

describe('a trailing telling with its own day before a closing participle', () => {
  it('is an event of its own on its day', () => {
    // 2023-09-10 is a Sunday.
    const texts = ['A bronze sword found in a field near Tolby last month is older than the church, experts said on Friday, making it the oldest find in the county.'];
    expect(shortestAt('2023-09-10', texts, 'experts said on Friday').date.start).toBe('2023-09-08');
  });
});

describe('"shortly after midnight" after a day told', () => {
  it('is the day after it', () => {
    const texts = ['The gale reached the coast on the evening of March 3, 1988, when the ferry was still at sea. The ferry sank shortly after midnight, and two of the crew were lost.'];
    expect(shortestAt('1990-05-01', texts, 'The ferry sank').date.start).toBe('1988-03-04');
  });

  it('without "shortly" too, and "shortly before midnight" stays on the day', () => {
    expect(shortestAt('1990-05-01', ['The gale reached the coast on March 3, 1988. The ferry sank after midnight.'], 'The ferry sank').date.start).toBe('1988-03-04');
    expect(shortestAt('1990-05-01', ['The gale reached the coast on March 3, 1988. The ferry sank shortly before midnight.'], 'The ferry sank').date.start).not.toBe('1988-03-04');
  });
});

describe('a planned start and end of one happening is a range', () => {
  it('"are to start in March and run until the end of October"', () => {
    const ev = shortestAt('1996-01-05', ['Repairs to the viaduct are to start in March and run until the end of October.'], 'Repairs');
    expect([ev.date.start, ev.date.end]).toEqual(['1996-03', '1996-10']);
  });

  it('"will begin on May 1 and end on May 9"', () => {
    const ev = shortestAt('1996-01-05', ['The fair will begin on May 1 and end on May 9.'], 'The fair');
    expect([ev.date.start, ev.date.end]).toEqual(['1996-05-01', '1996-05-09']);
  });
});

describe('"ever since" closing a present perfect runs from the date told to publication', () => {
  it('in its own sentence', () => {
    const texts = ['The council bought the old mill in 1958. It has stood empty ever since.'];
    const ev = shortestAt('1996-01-05', texts, 'stood empty');
    expect([ev.date.start, ev.date.end]).toEqual(['1958', '1996-01-05']);
  });

  it('in a conjunct with a pronoun or a relative word of its own', () => {
    const texts = ['The council bought the old mill in 1958, and it has stood empty ever since.', 'The cinema, which the council bought in 1958 and which has been shut since, will be sold.'];
    expect(shortestAt('1996-01-05', texts, 'stood empty').date.end).toBe('1996-01-05');
    expect(shortestAt('1996-01-05', texts, 'has been shut').date.end).toBe('1996-01-05');
  });
});

describe('"On the 20th" opening a clause told in the present or future', () => {
  it('is publication\'s month even after a year or decade in focus', () => {
    const text = 'Two of the clerks, who joined in the 1950s, are moving to Tolsey. On the 20th the council is giving us a dinner.';
    expect(valueOf(text, '1971-11-03', 'the 20th')?.value).toBe('1971-11-20');
  });

  it('after a day told last month, a plan on the 20th is not that month\'s', () => {
    const text = 'The fitters began moving the cables last Thursday. On the 20th the council is giving us a dinner.';
    expect(valueOf(text, '1971-11-03', 'the 20th')?.value).toBe('1971-11-20');
    // Told in the past, it is the month in focus's.
    expect(valueOf('The fitters began moving the cables on Oct. 4. On the 20th the last line went over.', '1971-11-03', 'the 20th')?.value).toBe('1971-10-20');
  });

  it('a past day after a year in focus stays without a month, and "the 20th floor" is no date', () => {
    expect(tag('The lift opened in 1950. It broke down on the 20th and was mended.', '1971-11-03').some((t) => t.text === 'the 20th')).toBe(false);
    expect(tag('He lives on the 20th floor.', '1971-11-03').some((t) => /20th/.test(t.text))).toBe(false);
  });
});

describe('a month or holiday followed by "that year" is of the year in focus', () => {
  it('"in May that year", "until Christmas that year"', () => {
    expect(valueOf('The mill closed in 2009. The owner sold the site in May that year.', '2013-06-11', 'May that year')?.value).toBe('2009-05');
    expect(valueOf('The mill closed on Oct. 8, 2011. Workers picketed the gates until Christmas that year.', '2013-06-11', 'Christmas that year')?.value).toBe('2011-12-25');
  });
});

describe('"the following June" after a year told alone', () => {
  it('is the next year\'s, flagged, not counted from a month told earlier', () => {
    const texts = ['The flood came on Feb. 2, 1952.', 'He proposed to me in 1933, and we were married the following June.'];
    const ev = shortestAt('1971-11-03', texts, 'we were married');
    expect(ev.date.start).toBe('1934-06');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('after a month told, it still counts from that month', () => {
    expect(shortestAt('1971-11-03', ['The mill opened in March 1950. It closed the following June.'], 'It closed').date.start).toBe('1950-06');
  });
});

describe('a conjunct with no verb of its own shares the present perfect of its "since"', () => {
  it('"first in the church hall and since 1985 in the new school" runs to publication', () => {
    const texts = ['The band has played in the town since 1960, first in the church hall and since 1985 in the new school.'];
    const ev = shortestAt('2019-12-28', texts, 'since 1985');
    expect([ev.date.start, ev.date.end]).toEqual(['1985', '2019-12-28']);
  });

  it('not after a past verb', () => {
    const ev = shortestAt('2019-12-28', ['It was sold in 2001, and since 2005 in foreign hands.'], 'since 2005');
    expect(ev.date.end).toBeUndefined();
  });
});

describe('"from seven that evening until noon the next day"', () => {
  it('is one stretch over the two days', () => {
    const texts = ['The flood came on Feb. 2, 1952. I was on duty from seven that evening until noon the next day.'];
    const ev = shortestAt('1971-11-03', texts, 'on duty');
    expect([ev.date.start, ev.date.end]).toEqual(['1952-02-02', '1952-02-03']);
  });
});
