import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../shared/extract/tagger';
import { events, quoteOf, shortestAt } from './event-lookup';

// Issue 8: anaphora counted from the happening in narrative focus, and spans whose other end the text leaves to
// the reader. Every sentence here was written for this test (none comes from an eval set or a probe).

const at = shortestAt;

describe('"since then" counts from the last happening the text dated', () => {
  it('not from a happening only placed against it ("after two workers were hurt")', () => {
    const texts = ['The mill was shut in 1988 after two workers were hurt in a fire.', 'Since then, the town has lost half its people.'];
    expect(at('2019-05-01', texts, 'lost half').date).toMatchObject({ start: '1988', end: '2019-05-01', rule: 'narrative-focus/since-then' });
  });
  it('an opening "since then" clause is counted even when a later clause of the sentence has a date of its own', () => {
    const texts = ['The ferry line failed in 1979.', 'Since then the islanders have rowed to the mainland, but the harbour, which was rebuilt in 2004, stays empty.'];
    const all = events('2019-05-01', ...texts);
    const rowed = all.filter((e) => quoteOf(e, texts).includes('islanders have rowed'));
    expect(rowed).toHaveLength(1);
    expect(rowed[0].date).toMatchObject({ start: '1979', end: '2019-05-01', rule: 'narrative-focus/since-then' });
    expect(all.find((e) => quoteOf(e, texts).includes('rebuilt'))?.date.start).toBe('2004');
  });
  it('a date inside the opening clause is still its own: no count from the happening before', () => {
    const texts = ['The ferry line failed in 1979.', 'Since then, fares have doubled in 2015 alone.'];
    expect(at('2019-05-01', texts, 'fares have doubled').date.rule).not.toBe('narrative-focus/since-then');
  });
});

describe('"Before that", "After that": the demonstrative is the happening told last', () => {
  const texts = ['Ines Moro opened her bakery in Tarn in 1985.', 'Before that she worked for three years as a cook in Leeds.'];
  it('"Before that … for three years" is the three years up to that happening', () => {
    expect(at('2019-05-01', texts, 'worked for three years').date).toMatchObject({ start: '1982', end: '1985', rule: 'sequence/spell-before-antecedent' });
  });
  it('the title leaves the anaphor out', () => {
    const title = at('2019-05-01', texts, 'worked for three years').title;
    expect(title).toMatch(/worked for three years/);
    expect(title).not.toMatch(/^(?:Before|That)\b/);
  });
  it('"Before that, …" with no count is before it; "After that …" runs from it to publication', () => {
    const more = ['The dam was finished in 1961.', 'Before that, the valley flooded most winters.', 'After that the farms grew larger.'];
    expect(at('2019-05-01', more, 'valley flooded').date).toMatchObject({ start: '1961', mod: 'before', rule: 'sequence/before-antecedent' });
    expect(at('2019-05-01', more, 'farms grew').date).toMatchObject({ start: '1961', end: '2019-05-01', rule: 'sequence/after-antecedent' });
  });
  it('"Before that happened, …" is the same anaphor, not a clause dated after publication', () => {
    const more = ['The dam was finished in 1961.', 'Before that happened, the valley flooded most winters.'];
    expect(at('2019-05-01', more, 'valley flooded').date).toMatchObject({ start: '1961', mod: 'before' });
  });
  it('"Before that vote, …" names a happening of its own: not read as the anaphor', () => {
    const more = ['The dam was finished in 1961.', 'Before that vote was held, the valley flooded most winters.'];
    expect(at('2019-05-01', more, 'valley flooded').date.rule ?? '').not.toMatch(/antecedent/);
  });
});

describe('days or weeks counted from a date given only to the month', () => {
  it('"three weeks later" after "in May 2003" is late May or June 2003, not three weeks after publication', () => {
    const texts = ['The mine was sold in May 2003, and the miners were laid off three weeks later.'];
    expect(at('2019-05-01', texts, 'miners were laid off').date).toMatchObject({ start: '2003-05', end: '2003-06' });
    expect(at('2019-05-01', texts, 'mine was sold').date).toMatchObject({ start: '2003-05' });
  });
  it('the tagger gives the stretch of months, counted from the stated month', () => {
    const ts = tagTimexes('The mine was sold in May 2003, and the miners were laid off ten days later.', { dct: '2019-05-01' });
    expect(ts[1]).toMatchObject({ value: '2003-05', exact: { start: '2003-05', end: '2003-06' }, fromStated: true });
  });
  it('after a day, the count is still to the day', () => {
    const texts = ['The mine was sold on May 3, 2003, and the miners were laid off two weeks later.'];
    expect(at('2019-05-01', texts, 'miners were laid off').date).toMatchObject({ start: '2003-05-17' });
  });
});

describe('"until <date>": the span it ends', () => {
  it('told in the present or future, from publication up to the date', () => {
    const texts = ['Residents of the east bank should boil tap water until June 12.'];
    expect(at('2020-06-01', texts, 'boil tap water').date).toMatchObject({ start: '2020-06-01', end: '2020-06-12' });
  });
  it('"will not open until", "have until … to" stay the single day', () => {
    const texts = ['The new pool will not open until June 20.', 'Tenants have until June 30 to file a claim.'];
    expect(at('2020-06-01', texts, 'new pool').date).toMatchObject({ start: '2020-06-20' });
    expect(at('2020-06-01', texts, 'new pool').date.end).toBeUndefined();
    expect(at('2020-06-01', texts, 'file a claim').date.end).toBeUndefined();
  });
  it('told in the past, from the happening told before it in the sentence up to the date', () => {
    const texts = ['The vigil began outside the cathedral on Friday evening, and mourners stayed until dawn on Saturday.'];
    // 2020-06-01 is a Monday: Friday is May 29, Saturday May 30.
    expect(at('2020-06-01', texts, 'mourners stayed').date).toMatchObject({ start: '2020-05-29', end: '2020-05-30' });
  });
  it('"from its first day until her death in 1990" counts from the sentence before, which dates that first day', () => {
    const texts = ['The library on Mill Lane opened in 1961. Edna Price ran it from its first day until her death in 1990.'];
    expect(at('2019-05-01', texts, 'Edna Price ran it').date).toMatchObject({ start: '1961', end: '1990' });
  });
  it('with no "from" pointing back, a past "until" does not reach into the sentence before', () => {
    const texts = ['The library on Mill Lane opened in 1961. Edna Price worked there until her death in 1990.'];
    expect(at('2019-05-01', texts, 'Edna Price worked').date).toMatchObject({ start: '1990' });
    expect(at('2019-05-01', texts, 'Edna Price worked').date.end).toBeUndefined();
  });
  it('with nothing dated before it, the date alone', () => {
    const texts = ['The strike lasted until March 3.'];
    expect(at('2019-05-01', texts, 'strike lasted').date).toMatchObject({ start: '2019-03-03' });
    expect(at('2019-05-01', texts, 'strike lasted').date.end).toBeUndefined();
  });
});

describe('"By <day>" told in the past perfect: from the happening told before it', () => {
  it('"By Sunday it had destroyed 40 homes" after the fire\'s start is that stretch', () => {
    const texts = ['A grass fire broke out near Olm on Wednesday, Aug. 1. By Sunday it had destroyed 40 homes.'];
    // 2018-08-08 is a Wednesday: the Sunday before is Aug. 5.
    expect(at('2018-08-08', texts, 'destroyed 40 homes').date).toMatchObject({ start: '2018-08-01', end: '2018-08-05' });
  });
  it('with nothing dated before it, on that day (round 55, onBoundDay)', () => {
    const texts = ['The river rose all week.', 'By Friday the river had burst its banks.'];
    const d = at('2018-08-08', texts, 'burst its banks').date;
    expect(d).toMatchObject({ start: '2018-08-03' });
    expect(d.mod).toBeUndefined();
  });
});

describe('a present perfect whose subject an aside dates the start of', () => {
  it('"The strike, which began on July 2, has closed three ports": from the start up to publication', () => {
    const texts = ['The dock strike, which began on July 2, has closed three ports.'];
    expect(at('2018-08-08', texts, 'closed three ports').date).toMatchObject({ start: '2018-07-02', end: '2018-08-08', rule: 'sequence/since-start-until-publication' });
  });
  it('a simple past beside such an aside keeps its own reading', () => {
    const texts = ['The dock strike, which began on July 2, closed three ports.'];
    expect(at('2018-08-08', texts, 'closed three ports').date.rule ?? '').not.toBe('sequence/since-start-until-publication');
  });
});

describe('"for N days before <doing>": the days up to the day in focus', () => {
  it('"The council debated for three days before approving the budget" after a dated vote', () => {
    const texts = ['The city council approved the budget on Friday.', 'Members had debated for three days before approving it.'];
    // 2020-06-01 is a Monday: Friday is May 29; three days up to it are May 27-29.
    expect(at('2020-06-01', texts, 'debated').date).toMatchObject({ start: '2020-05-27', end: '2020-05-29', rule: 'sequence/spell-before-focus' });
  });
});

describe('a happening brought in with "a" and named again with "the"', () => {
  it('"at the march" takes the date of the clause that brought in "a march"', () => {
    const texts = ['Police detained Ivo Lenz at a march in the old town on May 3.', 'His banner at the march called for new elections.'];
    expect(at('2020-06-01', texts, 'His banner').date).toMatchObject({ start: '2020-05-03', rule: 'narrative-focus/named-happening' });
  });
  it('a noun not brought in before gets no date from it', () => {
    const texts = ['Police detained Ivo Lenz in the old town on May 3.', 'His banner at the march called for new elections.'];
    expect(at('2020-06-01', texts, 'His banner').date.rule).not.toBe('narrative-focus/named-happening');
  });
});

describe('a count back from a part of a day', () => {
  it('"late Tuesday, three months after she was detained" counts from Tuesday', () => {
    const texts = ['Lena Varo left the prison late Tuesday, three months after she was detained at the border.'];
    expect(at('2021-03-17', texts, 'detained at the border').date).toMatchObject({ start: '2020-12', rule: 'count-from-clause/after' });
  });
});

describe('"since" told in a past perfect that a telling put into the past', () => {
  it('"told investors that the firm had lost money since fuel prices rose in 2019" runs to publication', () => {
    const texts = ['Its founder told investors that the airline had lost money since fuel prices rose in 2019.'];
    expect(at('2023-05-16', texts, 'lost money').date).toMatchObject({ start: '2019', end: '2023-05-16' });
  });
  it('with no telling, a past perfect "since" stays open: it ran up to a past time the text may not give', () => {
    const texts = ['The airline had lost money since fuel prices rose in 2019.'];
    expect(at('2023-05-16', texts, 'lost money').date).toMatchObject({ start: '2019', mod: 'after' });
  });
  it('"since fuel prices rose" is a clause of its own, a noun before the plural subject', () => {
    const texts = ['The airline has lost money since fuel prices rose in 2019.'];
    expect(at('2023-05-16', texts, 'fuel prices rose').date).toMatchObject({ start: '2019' });
    expect(at('2023-05-16', texts, 'lost money').date).toMatchObject({ start: '2019', end: '2023-05-16' });
  });
});

describe('a conjunct closed by a bare "since"', () => {
  it('"… in March and has been empty since." runs from that date to publication', () => {
    const texts = ['The hotel shut its doors in March and has been empty since.'];
    expect(at('2020-09-01', texts, 'has been empty').date).toMatchObject({ start: '2020-03', end: '2020-09-01' });
    expect(at('2020-09-01', texts, 'shut its doors').date.end).toBeUndefined();
  });
  it('"since" followed by its own object is not bare', () => {
    const texts = ['The hotel shut its doors in March and has been empty since the owners left.'];
    expect(at('2020-09-01', texts, 'has been empty').date.rule ?? '').not.toBe('sequence/since-until-publication');
  });
});
