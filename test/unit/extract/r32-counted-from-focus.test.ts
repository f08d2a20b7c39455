import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 32 (d32): stretches and counts measured from something told earlier. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('"the first N units" of something the text started', () => {
  it('"In the first ten days" after a strike that began on a day runs ten days from that day', () => {
    const texts = ['The dock strike began on May 2.', 'In the first ten days, forty ships were turned away.'];
    expect(shortestAt('2015-06-10', texts, 'forty ships').date).toMatchObject({ start: '2015-05-02', end: '2015-05-11' });
  });

  it('"during its first year" of a firm founded in 1990 is 1990 to 1991', () => {
    const texts = ['The boatyard was founded in 1990. During its first year it sold only six hulls.'];
    expect(shortestAt('2015-06-10', texts, 'six hulls').date).toMatchObject({ start: '1990', end: '1991' });
  });

  it('"within the first hour" after an opening on a day is that day', () => {
    const texts = ['The bakery opened on Monday. Within the first hour, 300 people had queued for bread.'];
    const d = shortestAt('2015-06-10', texts, '300 people').date;
    expect(d.start).toBe('2015-06-08');
    expect(d.end).toBeUndefined();
  });

  it('a conjunct of a dated sentence counts from a birth told in the paragraph before, flagged as a reading', () => {
    const texts = ['The foals were born on April 9 at the stud.', 'Grooms have watched the mare since March, and they kept visitors away for the first two weeks.'];
    expect(shortestAt('2015-06-10', texts, 'kept visitors away').date).toMatchObject({ start: '2015-04-09', end: '2015-04-22', yearUncertain: true });
  });

  it('from an arrest dated only to a month, three weeks reach into the month after', () => {
    const texts = ['The editor was arrested in November 2019.', 'He wrote later, saying that he had been kept in a dark room for the first three weeks.'];
    expect(shortestAt('2020-03-02', texts, 'kept in a dark room').date).toMatchObject({ start: '2019-11', end: '2019-12' });
  });

  it('a plain happening ("visited") starts nothing: the sentence keeps its own placing', () => {
    const texts = ['The inspectors visited the mill on May 2. In the first ten days, forty faults were logged.'];
    expect(shortestAt('2015-06-10', texts, 'forty faults').date.rule).not.toBe('sequence/first-stretch-from-start');
  });

  it('in the same sentence, "and in the first ten days" runs from the clause\'s date', () => {
    const texts = ['The walkout began on May 2, and in the first ten days forty looms stood idle.'];
    expect(shortestAt('2015-06-10', texts, 'forty looms').date).toMatchObject({ start: '2015-05-02', end: '2015-05-11' });
  });
});

describe('"another N years", "a further N months", "N more weeks" counted on from the date in focus', () => {
  it('"He spent another five years abroad" after a release in 2014 is 2014 to 2019', () => {
    const texts = ['The poet was jailed in 2010 and freed in 2014. He spent another five years abroad.'];
    expect(shortestAt('2021-06-10', texts, 'another five years').date).toMatchObject({ start: '2014', end: '2019' });
  });

  it('"for a further six years" after a ship was laid up in 1961', () => {
    const texts = ['The liner was laid up in 1961. It rusted in the harbour for a further six years.'];
    expect(shortestAt('2021-06-10', texts, 'rusted in the harbour').date).toMatchObject({ start: '1961', end: '1967' });
  });

  it('"for three more weeks" after talks opened on a day', () => {
    const texts = ['The talks opened on March 3. They dragged on for three more weeks.'];
    expect(shortestAt('2015-06-10', texts, 'dragged on').date).toMatchObject({ start: '2015-03-03', end: '2015-03-24' });
  });

  it('a habit over the stretch: "came in every morning for another four years"', () => {
    const texts = ['The editor retired in March 1975. She still came in every morning for another four years.'];
    expect(shortestAt('2021-06-10', texts, 'every morning').date).toMatchObject({ start: '1975-03', end: '1979-03' });
  });

  it('in the same sentence: "and spent another five years abroad"', () => {
    const texts = ['The painter was released in 2004 and spent another five years abroad.'];
    expect(shortestAt('2021-06-10', texts, 'spent another five years').date).toMatchObject({ start: '2004', end: '2009' });
  });

  it('in the same sentence: "and served three more years"', () => {
    const texts = ['The mayor was re-elected in 2001 and served three more years before she retired.'];
    expect(shortestAt('2021-06-10', texts, 'served three more years').date).toMatchObject({ start: '2001', end: '2004' });
  });

  it('in the same sentence: ", and it stood empty for another ten years"', () => {
    const texts = ['The tannery closed in 1931, and it stood empty for another ten years.'];
    expect(shortestAt('2021-06-10', texts, 'stood empty').date).toMatchObject({ start: '1931', end: '1941' });
  });

  it('not told of what is to come ("will stay for another two years")', () => {
    expect(events('2021-06-10', 'The coach joined in 2019. He will stay for another two years.').some((e) => e.date.rule === 'sequence/next-from-date')).toBe(false);
  });
});

describe('lengths counted back to a later dated item', () => {
  it('", ending a three-month standoff" after a deal on Monday: the three months up to Monday', () => {
    const texts = ['The brewer agreed on Monday to sell its pubs, ending a three-month standoff with its lenders.'];
    expect(shortestAt('2015-06-10', texts, 'three-month standoff').date).toMatchObject({ start: '2015-03-08', end: '2015-06-08' });
  });

  it('", ending ten days of strikes" after a return on a day', () => {
    const texts = ['The dockers voted on Monday to return, ending ten days of strikes at the port.'];
    expect(shortestAt('2015-06-10', texts, 'ten days of strikes').date).toMatchObject({ start: '2015-05-30', end: '2015-06-08' });
  });

  it('"after a six-week trial" closing a dated clause', () => {
    const texts = ['The jury convicted the banker on Friday after a six-week trial.'];
    expect(shortestAt('2015-06-10', texts, 'six-week trial').date).toMatchObject({ start: '2015-04-25', end: '2015-06-05' });
  });

  it('not what is still to come ("will reopen on Monday, ending a two-week closure")', () => {
    expect(events('2015-06-10', 'The ferry will reopen on Monday, ending a two-week closure.').some((e) => e.date.rule === 'sequence/spell-before-date')).toBe(false);
    expect(events('2015-06-10', 'The dockers went back to work on Monday, ending ten days of strikes.').some((e) => e.date.rule === 'sequence/spell-before-date' && e.date.end! > '2015-06-10')).toBe(false);
  });

  it('"for the six weeks before the regatta", a conjunct of a dated clause, runs up to the regatta', () => {
    const texts = ['The crew won the regatta on Sunday.', 'They came fourth in July and trained hard for the six weeks before the regatta, often at dawn.'];
    expect(shortestAt('2009-10-14', texts, 'trained hard').date).toMatchObject({ start: '2009-08-30', end: '2009-10-10' });
  });

  it('"In the ten days before the final, …" opening a sentence', () => {
    const texts = ['The cup final was played on Sunday. In the ten days before the final, the squad trained in the hills.'];
    expect(shortestAt('2009-10-14', texts, 'trained in the hills').date).toMatchObject({ start: '2009-10-01', end: '2009-10-10' });
  });

  it('"had complained for the three weeks before the breach"', () => {
    const texts = ['The dyke broke on March 4. Farmers had complained for the three weeks before the breach.'];
    expect(shortestAt('2009-10-14', texts, 'Farmers had complained').date).toMatchObject({ start: '2009-02-11', end: '2009-03-03' });
  });
});

describe('where a past-perfect "since" stretch ends: a when-clause with a date of its own', () => {
  it('"had been losing money since 1999 when a fire destroyed the plant in 2003": the losing is 1999 to 2003', () => {
    const texts = ['The cannery had been losing money since 1999 when a fire gutted the plant in 2003.'];
    expect(shortestAt('2015-06-10', texts, 'losing money').date).toMatchObject({ start: '1999', end: '2003' });
    expect(shortestAt('2015-06-10', texts, 'a fire gutted').date).toMatchObject({ start: '2003' });
  });

  it('with a comma before "when", and months', () => {
    const texts = ['The footbridge had been shut since March, when it collapsed into the river in June.'];
    expect(shortestAt('2015-10-10', texts, 'had been shut').date).toMatchObject({ start: '2015-03', end: '2015-06' });
    expect(shortestAt('2015-10-10', texts, 'collapsed into the river').date).toMatchObject({ start: '2015-06' });
  });

  it('"had lived in the flat since 1971 when the council sold it in 1990"', () => {
    const texts = ['The widow had lived in the flat since 1971 when the council sold it in 1990.'];
    expect(shortestAt('2015-06-10', texts, 'lived in the flat').date).toMatchObject({ start: '1971', end: '1990' });
  });

  it('a date inside a relative clause of the when-clause is not the when-clause\'s own', () => {
    const texts = ['The divers had been trapped since Friday, when a pump failed in a shaft that had been dug in 1951.'];
    const fail = shortestAt('2015-06-10', texts, 'a pump failed').date;
    expect(fail.start).not.toBe('1951');
  });

  it('a when-clause with no date of its own still happened at the date before it', () => {
    const texts = ['He moved to Bergen in 1985, when his father found work at the yard.'];
    expect(shortestAt('2015-06-10', texts, 'his father found work').date).toMatchObject({ start: '1985' });
  });
});

describe('"the first N days of" a period named, whatever the tense', () => {
  it('"during the first 30 days of the flood period" in a present sentence runs 30 days from the period\'s start', () => {
    const texts = ['The governor declared an emergency for the flooding from March 3 to March 9.', 'Grants are available for clean-up work done during the first 30 days of the flood period.'];
    expect(shortestAt('2015-06-10', texts, 'clean-up work').date).toMatchObject({ start: '2015-03-03', end: '2015-04-01' });
  });
});
