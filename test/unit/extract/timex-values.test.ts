import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';

// Round 22 (a22): TIMEX3 values a careful annotator would write, on sentences written for these tests. The
// publication date is a Wednesday, so a weekday read as past and one read as ahead fall in different weeks.

const DCT = '2011-05-18';
const tag = (text: string) => tagTimexes(text, { dct: DCT }).map((t) => ({ text: t.text, type: t.type, value: t.value }));
const valueOf = (text: string, words: string) => tagTimexes(text, { dct: DCT }).find((t) => t.text === words)?.value;

describe('a present progressive with a weekday is an arrangement, so the day is ahead', () => {
  it('"is speaking on Thursday", "are debating the bill on Friday", "is releasing its album on Monday"', () => {
    expect(valueOf('The bishop is speaking on Thursday at the cathedral.', 'Thursday')).toBe('2011-05-19');
    expect(valueOf('Councillors are debating the levy on Friday.', 'Friday')).toBe('2011-05-20');
    expect(valueOf('The quartet is releasing its second record on Monday.', 'Monday')).toBe('2011-05-23');
  });

  it('a past or plainly present sentence with the same weekday stays in the week gone', () => {
    expect(valueOf('The bishop spoke on Thursday at the cathedral.', 'Thursday')).toBe('2011-05-12');
    expect(valueOf('Councillors debated the levy on Friday.', 'Friday')).toBe('2011-05-13');
  });
});

describe('what was managed or came next was done then, not planned', () => {
  it('"was able to" and "went on to" take the past of the verb before them', () => {
    expect(valueOf('The crew was able to refloat the barge on Monday.', 'Monday')).toBe('2011-05-16');
    expect(valueOf('The climbers were able to reach the ridge in March.', 'March')).toBe('2011-03');
    expect(valueOf('The sprinter went on to win the final in February.', 'February')).toBe('2011-02');
  });

  it('"will be able to" and a plan still point forward', () => {
    expect(valueOf('Tenants will be able to vote on Friday.', 'Friday')).toBe('2011-05-20');
    expect(valueOf('The crew planned to refloat the barge on Monday.', 'Monday')).toBe('2011-05-23');
  });
});

describe('a fortnight is two weeks', () => {
  it('as a length: "for a fortnight", "the past fortnight", "two fortnights"', () => {
    expect(tag('The gallery will shut for a fortnight.')).toEqual([{ text: 'a fortnight', type: 'DURATION', value: 'P2W' }]);
    expect(tag('Bookings rose over the past fortnight.')).toEqual([{ text: 'the past fortnight', type: 'DURATION', value: 'P2W' }]);
    expect(tag('The inquiry sat for two fortnights.')).toEqual([{ text: 'two fortnights', type: 'DURATION', value: 'P4W' }]);
  });

  it('"a fortnight ago" stays a date, and a bare "fortnight" names no length', () => {
    expect(tag('The ferry sank a fortnight ago.')).toMatchObject([{ text: 'a fortnight ago', type: 'DATE' }]);
    expect(tag("This fortnight's rota is pinned up.")).toEqual([]);
  });
});

describe('a weekday with a plural part of day is a habit', () => {
  it('"on Thursday evenings" is every Thursday evening (SET), not last Thursday', () => {
    expect(tag('The library stays open late on Thursday evenings.')).toEqual([{ text: 'Thursday evenings', type: 'SET', value: 'XXXX-WXX-4TEV' }]);
    expect(tag('Volunteers sweep the beach on Sunday mornings.')).toEqual([{ text: 'Sunday mornings', type: 'SET', value: 'XXXX-WXX-7TMO' }]);
  });

  it('one named morning is still that day', () => {
    expect(tag('Volunteers swept the beach on Sunday morning.')).toMatchObject([{ text: 'Sunday morning', type: 'DATE', value: '2011-05-15' }]);
  });
});

describe('a length in quarters', () => {
  it('"for four straight quarters", "the past two quarters" are P4Q and P2Q', () => {
    expect(tag('Orders fell for four straight quarters.')).toEqual([{ text: 'four straight quarters', type: 'DURATION', value: 'P4Q' }]);
    expect(tag('Margins widened over the past two quarters.')).toEqual([{ text: 'the past two quarters', type: 'DURATION', value: 'P2Q' }]);
  });

  it('a fraction is no length: "three quarters of the staff", "Three quarters agreed"', () => {
    expect(tag('Three quarters of the staff signed the letter.')).toEqual([]);
    expect(tag('Three quarters agreed with the plan.')).toEqual([]);
  });
});

describe('a thing planned for a weekday is held on it, ahead of publication', () => {
  it('"organised a picnic on Saturday", "is planned for Friday", "head to the polls Sunday"', () => {
    expect(valueOf('Parents organised a picnic on Saturday by the canal.', 'Saturday')).toBe('2011-05-21');
    expect(valueOf('A lantern parade is planned for Friday.', 'Friday')).toBe('2011-05-20');
    expect(valueOf('Islanders head to the polls Sunday.', 'Sunday')).toBe('2011-05-22');
  });

  it('a plan told in the past, or a definite thing planned, keeps its day in the past', () => {
    expect(valueOf('The parade was first planned for Friday, then dropped.', 'Friday')).toBe('2011-05-13');
    expect(valueOf('The gang planned the raid on Saturday, the court heard.', 'Saturday')).toBe('2011-05-14');
  });
});

describe('SET values of "every weekend" and "every few years"', () => {
  it('"every weekend" is the weekend of every week, not a two-day length', () => {
    expect(tag('The car-boot sale runs every weekend.')).toEqual([{ text: 'every weekend', type: 'SET', value: 'XXXX-WXX-WE' }]);
  });

  it('"every few years", "every several months" take the whole phrase, with a vague count', () => {
    expect(tag('The lake freezes every few years.')).toEqual([{ text: 'every few years', type: 'SET', value: 'PXY' }]);
    expect(tag('Auditors return every several months.')).toEqual([{ text: 'every several months', type: 'SET', value: 'PXM' }]);
  });
});

describe('a weekday named with its week', () => {
  it('"Monday next week", "Friday last week" are days of those weeks, with or without "of"', () => {
    expect(valueOf('The ferry resumes on Monday next week.', 'Monday')).toBe('2011-05-23');
    expect(valueOf('On Friday last week the pier reopened.', 'Friday')).toBe('2011-05-13');
  });

  it('a weekday before a possessive "last week\'s" is not moved into that week', () => {
    expect(valueOf("The warden said on Monday last week's count was wrong.", 'Monday')).toBe('2011-05-16');
  });
});

describe('"this Friday" with no tense to go by is the Friday of publication\'s week', () => {
  it('published on a Wednesday: "this Friday" is two days on, "this Monday" two days back', () => {
    expect(valueOf('Tickets go on sale this Friday.', 'this Friday')).toBe('2011-05-20');
    expect(valueOf('Tickets go on sale this Monday.', 'this Monday')).toBe('2011-05-16');
  });

  it('a past or future verb still decides', () => {
    expect(valueOf('Tickets went on sale this Friday.', 'this Friday')).toBe('2011-05-13');
    expect(valueOf('Tickets will go on sale this Monday.', 'this Monday')).toBe('2011-05-23');
  });
});

describe('a quarter used as an adjective after "said" takes the tense of its own clause', () => {
  const nov = (text: string) => tagTimexes(text, { dct: '2011-11-16' })[0]?.value;
  it('"said fourth-quarter sales would beat forecasts" in November is this year\'s fourth quarter', () => {
    expect(nov('The chain said fourth-quarter orders would top forecasts.')).toBe('2011-Q4');
  });

  it('told in the past, the fourth quarter is last year\'s; a third quarter already over is this year\'s', () => {
    expect(nov('The chain said fourth-quarter orders slumped.')).toBe('2010-Q4');
    expect(nov('The chain said third-quarter orders slumped.')).toBe('2011-Q3');
  });
});
