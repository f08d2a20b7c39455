import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Issue 8: a date governs the clause it sits in, not its sibling conjuncts, and a telling keeps apart from what it
// tells. Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2021-06-10'; // a Thursday

function events(published: string, ...texts: string[]): { e: NewslineEvent; quote: string }[] {
  const paragraphs: Paragraph[] = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return extractEvents(paragraphs, { published }).map((e) => {
    const a = e.evidence[0];
    return { e, quote: texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end) };
  });
}

/** The event whose evidence holds `words`, the shortest such. */
function eventAt(texts: string[], words: string, published = PUB): { e: NewslineEvent; quote: string } {
  const found = events(published, ...texts).filter((x) => x.quote.includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => a.quote.length - b.quote.length)[0];
}

describe('a list of predicates, each with its own date', () => {
  const text = "The mill's owners sold the east wing in 2015, leased the west wing in April 2018 and closed the site three years later.";
  it('a predicate after a comma takes its own date, not the one before it', () => {
    expect(eventAt([text], 'sold the east wing').e.date.start).toBe('2015');
    const leased = eventAt([text], 'leased the west wing');
    expect(leased.e.date.start).toBe('2018-04');
    expect(leased.quote).not.toContain('east wing');
  });
  it('the last predicate, after "and", keeps its own count', () => {
    // Three years on from April 2018 (a month written with its year) is April 2021 (r45-years-from-month).
    expect(eventAt([text], 'closed the site').e.date.start).toBe('2021-04');
  });
  it('a list set off as an aside is cut too: "…, repainted the huts in April and opened the path last week"', () => {
    const list = 'Volunteers cleared the trail in March, repainted the huts in April and opened the path to walkers last week.';
    expect(eventAt([list], 'repainted the huts').e.date.start).toBe('2021-04');
    // Last week before Thursday 10 June 2021: Monday 31 May to Sunday 6 June.
    expect(eventAt([list], 'opened the path').e.date).toMatchObject({ start: '2021-05-31', end: '2021-06-06' });
  });
  it('a participle in -ing after a comma, with its own date, is its own event: "…through Jan. 1, reopening Jan. 3"', () => {
    const text = 'The county depot will shut from Dec. 27 through Jan. 1, reopening Jan. 3.';
    const shut = eventAt([text], 'will shut', '2021-12-10');
    expect(shut.e.date).toMatchObject({ start: '2021-12-27', end: '2022-01-01' });
    expect(eventAt([text], 'reopening', '2021-12-10').e.date.start).toBe('2022-01-03');
  });
  it('", including $9 million pledged … last month" after a "since" span is its own event, last month', () => {
    const text = 'Donors have given $60 million to the shelter since 2009, including $9 million pledged by the city last month.';
    expect(eventAt([text], 'pledged by the city').e.date.start).toBe('2021-05');
    expect(eventAt([text], 'Donors have given').e.date).toMatchObject({ start: '2009', end: PUB });
  });
  it('a participle set off before a preposition is not read as a new predicate', () => {
    // "stored in" is a participle phrase: the reopening in May stays one clause with its own date.
    const e = eventAt(['The archive reopened in May, stored in a new vault since 2019, the library said.'], 'reopened');
    expect(e.e.date.start).toBe('2021-05');
  });
});

describe('a year in one predicate does not date a month in the next', () => {
  it('"signed … in 2017 and doubled … in February": February is the recent one, and flagged as a guess', () => {
    const e = eventAt(['The cooperative signed its first export deal in 2017 and doubled its shipments in February.'], 'doubled');
    expect(e.e.date.start).toBe('2021-02');
    expect(e.e.date.yearUncertain).toBe(true);
  });
  it('a year opening the sentence still dates the months after it', () => {
    const e = eventAt(['In 2017 the cooperative signed its first export deal and in February it doubled its shipments.'], 'doubled');
    expect(e.e.date.start).toBe('2017-02');
  });
  it('a year inside a participle phrase set off by commas does not date the main clause', () => {
    const e = eventAt(['The town hall, built in 1932, was closed in March for repairs.'], 'was closed');
    expect(e.e.date.start).toBe('2021-03');
  });
  it('a month in the same predicate as the year keeps the year', () => {
    const e = eventAt(['The cooperative signed its first export deal in February 2017.'], 'signed');
    expect(e.e.date.start).toBe('2017-02');
  });
});

describe('a first conjunct with no date is not put on the second one\'s', () => {
  it('"was arrested … and will appear in court on July 2": the arrest is not on July 2', () => {
    const text = 'The driver was arrested at the scene and will appear in court on July 2.';
    const arrest = eventAt([text], 'was arrested');
    expect(arrest.quote).not.toContain('July');
    expect(arrest.e.date).toMatchObject({ mod: 'before' });
    expect(eventAt([text], 'appear in court').e.date.start).toBe('2021-07-02');
  });
  it('", and … two years later": what came first is not on the later date', () => {
    const texts = ['The old lighthouse was struck by lightning in 1987.', 'Its keeper escaped through the roof, and the council rebuilt the lamp room two years later.'];
    const escape = eventAt(texts, 'keeper escaped');
    expect(escape.quote).not.toContain('two years later');
    expect(escape.e.date.start).not.toBe('1989');
    expect(eventAt(texts, 'rebuilt the lamp room').e.date.start).toBe('1989');
  });
  it('two past predicates joined by "and" share their date', () => {
    const e = eventAt(['The mayor resigned and was replaced on Friday.'], 'resigned');
    expect(e.e.date.start).toBe('2021-06-04');
  });
});

describe('a telling and what it tells, each with its own date', () => {
  it('"said on Tuesday that it had reopened …": the saying on Tuesday, the reopening on or before it', () => {
    const text = 'The port authority said on Tuesday that it had reopened two berths.';
    const all = events(PUB, text);
    const saying = all.find((x) => x.quote.startsWith('The port authority said'));
    expect(saying?.e.date.start).toBe('2021-06-08');
    expect(saying?.e.date.mod).toBeUndefined();
    const done = all.find((x) => x.quote.includes('reopened two berths') && !x.quote.includes('said'));
    expect(done?.e.date).toMatchObject({ start: '2021-06-08', mod: 'before' });
  });
  it('a quotation with its own year, then "her brother, Tomas, said on Monday": the year is the quotation\'s, Monday the saying\'s', () => {
    const text = '"We planted the first vines here in 1962," her brother, Tomas, said on Monday.';
    const vines = eventAt([text], 'planted the first vines');
    expect(vines.e.date.start).toBe('1962');
    expect(vines.quote).not.toContain('Tomas');
    const saying = events(PUB, text).find((x) => x.quote.includes('said on Monday'));
    expect(saying?.e.date.start).toBe('2021-06-07');
  });
  it('a quotation with no date of its own, told "on Tuesday", happened by then, not on that day', () => {
    const text = '"Our father chose then that the orchard would never be sold," his daughter, Mira, said on Tuesday.';
    const chose = eventAt([text], 'father chose');
    expect(chose.e.date).toMatchObject({ start: '2021-06-08', mod: 'before' });
    expect(events(PUB, text).find((x) => x.quote.includes('said on Tuesday'))?.e.date.start).toBe('2021-06-08');
  });
  it('a telling closing the clause with its own day is not in the evidence of what it told', () => {
    const text = 'The footbridge was finished in 1932, the council said on Monday.';
    const built = eventAt([text], 'footbridge was finished');
    expect(built.e.date.start).toBe('1932');
    expect(built.quote).not.toContain('council');
    expect(events(PUB, text).find((x) => x.quote.includes('council said'))?.e.date.start).toBe('2021-06-07');
  });
});

describe('a participle phrase opening the sentence keeps its date to itself', () => {
  it('"Having turned down a smaller bid in March, the family agreed … on Tuesday": two events, two dates', () => {
    const text = 'Having turned down a smaller bid in March, the family agreed to the sale on Tuesday.';
    expect(eventAt([text], 'smaller bid').e.date.start).toBe('2021-03');
    const agreed = eventAt([text], 'agreed to the sale');
    expect(agreed.e.date.start).toBe('2021-06-08');
    expect(agreed.quote).not.toContain('March');
  });
  it('a main clause with no date of its own is not put in the phrase\'s month', () => {
    const text = 'Having turned down a smaller bid in March, the family said the new terms were fair.';
    const said = events(PUB, text).find((x) => x.quote.startsWith('the family said'));
    expect(said?.e.date.start).not.toBe('2021-03');
    expect(said?.e.date.mod).toBe('before');
  });
  it('"Speaking … on Monday, the minister said … on May 3": what was told keeps May 3', () => {
    const text = 'Speaking at the harbour on Monday, the minister said the pier had been damaged when a trawler hit it on May 3.';
    expect(eventAt([text], 'Speaking at the harbour').e.date.start).toBe('2021-06-07');
    expect(eventAt([text], 'trawler hit it').e.date.start).toBe('2021-05-03');
  });
  it('a prepositional phrase opening the sentence ("During the storm on Monday, …") still dates the clause', () => {
    const e = eventAt(['During the storm on Monday, the pier was damaged.'], 'pier was damaged');
    expect(e.e.date.start).toBe('2021-06-07');
  });
});

describe('a fronted phrase of order ("After …, ") does not take the main clause\'s own date', () => {
  it('"Following the collapse of talks in 2019, the two sides signed a deal in May 2021": the deal is in May 2021', () => {
    const text = 'Following the breakdown of talks in 2018, the two unions signed a pact in May 2020.';
    expect(eventAt([text], 'signed a pact').e.date).toMatchObject({ start: '2020-05' });
    expect(eventAt([text], 'signed a pact').e.date.mod).toBeUndefined();
    expect(eventAt([text], 'breakdown of talks').e.date.start).toBe('2018');
  });
  it('with no date of its own, the main clause is still after the phrase\'s date', () => {
    const e = eventAt(['After the landslide in 2017, the village rebuilt its school.'], 'rebuilt its school');
    expect(e.e.date).toMatchObject({ start: '2017', mod: 'after' });
  });
});

describe('a year after "for" is what the clause is about, not when it happened', () => {
  it('"posted a profit for 2011 on April 20": the day dates the event, in the publication year', () => {
    const texts = ['The brewery posted a profit of 3 million euros for 2011 on April 20, its best result in a decade.'];
    const d = eventAt(texts, 'posted a profit', '2012-05-02').e.date;
    expect(d.start).toBe('2012-04-20');
    expect(d.yearUncertain).toBeUndefined();
  });
  it('with the other date in another clause, the year dates its own', () => {
    const texts = ['The currency fell sharply last week after data showed the trade deficit for 2019 had reached 3 percent.'];
    expect(eventAt(texts, 'deficit for 2019', '2020-02-14').e.date.start).toBe('2019');
  });
  it('alone, the year still dates its clause', () => {
    const texts = ['The brewery posted a profit for 2011, its best result in a decade.'];
    expect(eventAt(texts, 'posted a profit', '2012-05-02').e.date.start).toBe('2011');
  });
});

describe('the tense of a date after its verb is not taken from a clause past a comma', () => {
  it('"will go on display in August, in a show she helped to plan": the future', () => {
    const texts = ['Her sketchbooks, which she sold to the city in 1991, will go on display in August, in a show she helped to plan.'];
    const d = eventAt(texts, 'will go on display', '2006-04-10').e.date;
    expect(d.start).toBe('2006-08');
  });
});

describe('"the previous summer" counts back from the date in focus, not from publication', () => {
  it('after "in April 1985", the summer of 1984', () => {
    const texts = ['The club appealed in April 1985, after the league rejected its first bid the previous summer.'];
    const d = eventAt(texts, 'rejected its first bid', '1990-05-02').e.date;
    expect(d.start).toBe('1984-06');
    expect(d.end).toBe('1984-08');
  });
  it('after a month later in the year, that same year\'s season', () => {
    const texts = ['The mill shut in November 1971. Its owners had lost their biggest buyer the preceding spring.'];
    expect(eventAt(texts, 'lost their biggest buyer', '1990-05-02').e.date.start).toBe('1971-03');
  });
});
