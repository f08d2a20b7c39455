import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { tenseAt } from '../../../shared/extract/tense';
import { events, shortestAt } from './event-lookup';

// Round 22: the families of misses probe 14 showed that no earlier probe did. Every sentence here was written for
// this test (none comes from an eval set or a probe).

const tag = (text: string, dct: string | null) => tagTimexes(text, { dct });
const valueOf = (text: string, dct: string | null, words: string) => tag(text, dct).find((t) => t.text === words);

describe('the feasts that move with Easter are holidays, not bare weekdays', () => {
  it('each is counted from its year\'s Easter Sunday', () => {
    // Easter 1994 was April 3.
    const text = 'The fair closed on Ash Wednesday, reopened on Palm Sunday, and the choir sang on Maundy Thursday, on Ascension Day and on Whit Monday.';
    const day = (w: string) => valueOf(text, '1994-08-10', w)?.value;
    expect(day('Ash Wednesday')).toBe('1994-02-16');
    expect(day('Palm Sunday')).toBe('1994-03-27');
    expect(day('Maundy Thursday')).toBe('1994-03-31');
    expect(day('Ascension Day')).toBe('1994-05-12');
    expect(day('Whit Monday')).toBe('1994-05-23');
  });

  it('"Shrove Tuesday" in the past is this year\'s, and with a year written it is that year\'s', () => {
    const past = valueOf('The baker burnt his hand on Shrove Tuesday.', '1994-08-10', 'Shrove Tuesday');
    expect(past?.value).toBe('1994-02-15');
    const dated = valueOf('The bridge was opened on Whitsunday, 1921.', '1994-08-10', 'Whitsunday, 1921');
    expect(dated?.value).toBe('1921-05-15');
    expect(dated?.explicitYear).toBe(true);
  });

  it('Epiphany is January 6, the one ahead when the verb looks forward', () => {
    expect(valueOf('The carol singers will stop on Epiphany.', '1994-12-29', 'Epiphany')?.value).toBe('1995-01-06');
  });

  it('the event takes the holiday, not the weekday in its name', () => {
    const ev = shortestAt('1994-08-10', ['A fisherman landed a sturgeon on Whit Monday.'], 'landed a sturgeon').date;
    expect(ev.start).toBe('1994-05-23');
  });
});

describe('a date inside a few quoted words is the speaker\'s, not the narration\'s', () => {
  it('the narration\'s weekday outside the quotation dates the event, with no bound from a quoted "after"', () => {
    const pub = '2003-03-12'; // a Wednesday
    const texts = ['A miller in Dorne said he had been asked for forty sacks of rye "for collection after Easter" on the Monday before the fire.'];
    const asked = shortestAt(pub, texts, 'asked for forty sacks').date;
    expect(asked.start).toBe('2003-03-10');
    expect(asked.mod).toBeUndefined();
  });

  it('a year outside the quotation wins over a quoted holiday; a quotation holding the only date still dates the clause', () => {
    const pub = '2003-03-12';
    const texts = ['The grocer put up a sign saying "closed until Easter" in 1999.', 'The keeper wrote "hard frost on Sunday night" in his log.'];
    expect(shortestAt(pub, texts, 'put up a sign').date.start).toBe('1999');
    expect(shortestAt(pub, texts, 'The keeper wrote').date.start).toBe('2003-03-09');
  });
});

describe('the simple present of a happening with its weekday is a schedule', () => {
  const at = (s: string, w: string) => tenseAt(s, s.indexOf(w));

  it('after "he", "she" or "it", and in a conjunct sharing that subject, the weekday is ahead', () => {
    const pub = '2011-03-16'; // a Wednesday
    const texts = ['She sings her farewell recital on Friday, and flies home to Perth on Sunday.'];
    expect(shortestAt(pub, texts, 'sings her farewell').date.start).toBe('2011-03-18');
    expect(shortestAt(pub, texts, 'flies home').date.start).toBe('2011-03-20');
  });

  it('"is on" a weekday, or "is at" a named place on one, is ahead', () => {
    expect(at('The christening is on Saturday.', 'Saturday')).toBe('future');
    expect(at('The replay is at Dunholm on Monday, where the visitors lost in May.', 'Monday')).toBe('future');
  });

  it('not a telling, a past verb, a state or a noun after a determiner', () => {
    expect(at('She says the boat sank on Monday.', 'Monday')).toBe('past');
    expect(at('The shops are closed on Monday.', 'Monday')).not.toBe('future');
    expect(at('It costs more on Sunday.', 'Sunday')).not.toBe('future');
    expect(at('The barges docked on Monday.', 'Monday')).toBe('past');
  });
});

describe('a weekday with "the Nth" is that day of the month in focus', () => {
  it('after a month told, the day of that month, when the weekday fits it', () => {
    // 14 March 1952 was a Friday.
    const text = 'The great gale struck in March 1952. The sea wall broke on the night of Friday the 14th.';
    expect(valueOf(text, '2009-06-20', 'Friday the 14th')?.value).toBe('1952-03-14');
    const ev = shortestAt('2009-06-20', ['The great gale struck in March 1952.', 'The sea wall broke on the night of Friday the 14th.'], 'sea wall broke').date;
    expect(ev.start).toBe('1952-03-14');
    expect(ev.yearUncertain).toBeUndefined();
  });

  it('with no month told, publication\'s month or the one beside it that fits; a weekday that fits none is left to the weekday', () => {
    // Publication Saturday 20 June 2009: Wednesday 3 June fits, and Monday 18 May (the month before).
    expect(valueOf('The pier reopened on Wednesday, the 3rd.', '2009-06-20', 'Wednesday, the 3rd')?.value).toBe('2009-06-03');
    expect(valueOf('The pier reopened on Monday the 18th.', '2009-06-20', 'Monday the 18th')?.value).toBe('2009-05-18');
    expect(valueOf('The pier reopened on Tuesday the 18th.', '2009-06-20', 'Tuesday the 18th')).toBeUndefined();
  });
});

describe('seasons counted two back, or told after a month years back', () => {
  it('"the autumn before last" is a year before last autumn; "the spring after next" a year after next spring', () => {
    expect(valueOf('The ferry ran aground in the autumn before last.', '2015-02-10', 'the autumn before last')?.value).toBe('2013-FA');
    expect(valueOf('The bridge will reopen in the spring after next.', '2015-02-10', 'the spring after next')?.value).toBe('2016-SP');
  });

  it('a bare season after a month years back is the first such season ending after that month', () => {
    const pub = '2015-02-10';
    const texts = ['The mill burned down in October 1981, and the owners rebuilt it in the spring.'];
    const rebuilt = shortestAt(pub, texts, 'rebuilt it').date;
    expect(rebuilt.start).toBe('1982-03');
    const sameYear = shortestAt(pub, ['The mill burned down in February 1981, and the owners rebuilt it in the summer.'], 'rebuilt it').date;
    expect(sameYear.start).toBe('1981-06');
    // Without a publication date the month in focus is all there is to go by.
    expect(valueOf('The mill burned down in October 1981, and the owners rebuilt it in the spring.', null, 'spring')?.value).toBe('1982-SP');
  });

  it('a month near publication, or a bare year, leaves the season to the rules before', () => {
    expect(valueOf('The mill burned down in October, and the owners rebuilt it in the spring.', '2015-02-10', 'spring')?.rule).not.toBe('season/after-month-in-focus');
    expect(valueOf('The mill burned down in 1981, and the owners rebuilt it in the spring.', '2015-02-10', 'spring')?.rule).not.toBe('season/after-month-in-focus');
  });
});

describe('a fronted setting with a month, then a day of that month', () => {
  it('"At the board\'s April meeting, on April 9, …" is one event on the day', () => {
    const pub = '2014-05-01';
    const texts = ['At the board\'s April meeting, on April 9, it was shelved again.'];
    const found = events(pub, ...texts);
    expect(found.map((e) => e.date.start)).toEqual(['2014-04-09']);
  });

  it('not when the day lies outside the month, nor for a phrase with a verb of its own', () => {
    const pub = '2014-05-01';
    expect(events(pub, 'At the board\'s April meeting, on May 2, it was shelved again.').length).toBe(2);
    expect(events(pub, 'In April, the board met twice, on April 9 and on April 23.').some((e) => e.date.start === '2014-04')).toBe(true);
  });
});

describe('"told the court on Tuesday that …" dates the telling, not what it tells', () => {
  it('the told happening with a date of its own is an event on that date', () => {
    const pub = '1961-04-14'; // a Friday
    const texts = ['The ferryman told the inquiry on Wednesday that he had last oiled the winch in May 1949, before the river froze.'];
    const all = events(pub, ...texts);
    expect(all.some((e) => e.date.start === '1961-04-12')).toBe(true);
    expect(shortestAt(pub, texts, 'oiled the winch').date.start).toBe('1949-05');
  });
});

describe('"no later than <date>" is a deadline, not a comparison', () => {
  it('the clause is an event on its deadline, as with "by"', () => {
    const pub = '2012-11-20';
    const texts = ['Growers must return the seed survey no later than Dec. 14.'];
    expect(shortestAt(pub, texts, 'return the seed survey').date.start).toBe('2012-12-14');
    const year = shortestAt(pub, ['The county must replace the old pumps no later than 2015.'], 'replace the old pumps').date;
    expect([year.start, year.end]).toEqual(['2012-11-20', '2015']);
  });

  it('"than" after a comparative is still a yardstick', () => {
    const pub = '2012-11-20';
    const texts = ['Rainfall was heavier than in 2009.'];
    expect(events(pub, ...texts).some((e) => e.date.start === '2009')).toBe(false);
  });
});

describe('a past happening told only as in a world war takes the war\'s years from the record', () => {
  it('"During the Great War", "In World War II": the war\'s span, from the record', () => {
    const pub = '1971-08-07';
    const texts = ['During the Great War the mill made blankets for the army.', 'In World War II the church bells were melted down.'];
    const mill = shortestAt(pub, texts, 'made blankets').date;
    expect([mill.start, mill.end, mill.basis]).toEqual(['1914-07-28', '1918-11-11', 'record']);
    const bells = shortestAt(pub, texts, 'bells were melted').date;
    expect([bells.start, bells.end]).toEqual(['1939-09-01', '1945-09-02']);
  });

  it('not a war named as a thing, nor one after which something happened, nor a sentence with a date of its own', () => {
    const pub = '1971-08-07';
    expect(shortestAt(pub, ['The Great War memorial was cleaned.'], 'memorial was cleaned').date.start).not.toBe('1914-07-28');
    expect(shortestAt(pub, ['In the Second World War\'s last winter the dam burst.'], 'dam burst').date.start).not.toBe('1939-09-01');
    expect(shortestAt(pub, ['In the First World War he was wounded in 1916.'], 'wounded').date.start).toBe('1916');
  });
});

describe('"after that <happening>" is after the happening told last', () => {
  it('a demonstrative noun after "after", or after a gerund\'s words, counts from the last dated happening', () => {
    const pub = '1977-01-02';
    const fire = events(pub, 'A barn at Odde burned down on May 2, 1970.', 'The farmers bought a fire pump after that fire.');
    const pump = fire.find((e) => e.title.includes('pump'))!.date;
    expect([pump.start, pump.end]).toEqual(['1970-05-02', '1977-01-02']);
    const rowing = shortestAt(pub, ['The old mark was set by Ola Lie in March 1968.', 'Berg took up rowing after watching Lie set that mark from the bank.'], 'took up rowing').date;
    expect(rowing.start).toBe('1968-03');
  });

  it('not "after that time" or "after that day", which the tagger or other rules read', () => {
    const pub = '1977-01-02';
    const texts = ['A barn at Odde burned down on May 2, 1970.', 'Nobody farmed the field after that point.'];
    expect(shortestAt(pub, texts, 'Nobody farmed').date.rule).not.toBe('sequence/after-that-happening');
  });
});
