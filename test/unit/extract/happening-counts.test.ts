import { describe, expect, it } from 'vitest';
import type { NewslineEvent } from '../../../shared/document';
import { events, shortestAt } from './event-lookup';

/** Every piece of an event's evidence, joined. */
const allQuoted = (e: NewslineEvent, texts: string[]) => e.evidence.map((a) => texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end)).join(' … ');


// Issue 8: events counted from a happening the article names ("a week before the vote", "a year after his
// retirement"), and the phrases a count sets off. Every sentence here was written for this test (none comes from an
// eval set or a probe).

describe('a count set off after the clause\'s date names only its own phrase', () => {
  it('"in 1990, three years after the flood, with a concert that …": the count stops at its comma', () => {
    const text = 'The town last marked the anniversary in 1990, three years after the flood, with a concert that filled the square.';
    const flood = shortestAt('2020-05-04', [text], 'the flood');
    expect(flood.date).toMatchObject({ start: '1987', rule: 'count-from-clause/after' });
    expect(flood.title).not.toMatch(/concert/);
    const marked = events('2020-05-04', text).filter((e) => allQuoted(e, [text]).includes('with a concert'));
    expect(marked.map((e) => e.date.start)).toEqual(['1990']);
  });
});

describe('a count from a happening the article dated', () => {
  it('"Two days before the breach, engineers had warned …": a count opening the sentence, told by the verb after it', () => {
    const texts = ['The harbour wall was breached on March 3, 2019.', 'Two days before the breach, engineers had warned the council that the stones were loose.'];
    expect(shortestAt('2020-01-10', texts, 'engineers had warned').date).toMatchObject({ start: '2019-03-01', rule: 'sequence/counted-from-happening' });
  });
});

describe('a happening no dated event names, right after the day the story told last', () => {
  it('"Two weeks before the demolition, …" after the day the cinema was pulled down: that day, as a guess', () => {
    const texts = ['Workers pulled down the old cinema on Tuesday, May 5, 2015.', 'Two weeks before the demolition, a film club had held a farewell screening there.'];
    expect(shortestAt('2016-01-10', texts, 'farewell screening').date).toMatchObject({ start: '2015-04-21', rule: 'sequence/counted-from-happening', yearUncertain: true });
  });
  it('another dated happening told between them: no guess', () => {
    const texts = ['Workers pulled down the old cinema on Tuesday, May 5, 2015.', 'The council sold the site in 2016.', 'Two weeks before the demolition, a film club had held a farewell screening there.'];
    expect(shortestAt('2017-01-10', texts, 'farewell screening').date.rule).not.toBe('sequence/counted-from-happening');
  });
  it('a noun naming a time, not a happening, is not guessed ("a week before the weekend")', () => {
    const texts = ['Workers pulled down the old cinema on Tuesday, May 5, 2015.', 'A week before the weekend, a film club had held a farewell screening there.'];
    expect(shortestAt('2016-01-10', texts, 'farewell screening').date.rule).not.toBe('sequence/counted-from-happening');
  });
});

describe('"the day (morning, night) after" a happening the phrase names', () => {
  it('"told of it the day after it was published": a day on from the publishing the text dated', () => {
    const texts = ['The board published its report on March 3, 2021.', 'Staff were told of it the day after it was published, which left them little time.'];
    expect(shortestAt('2021-06-01', texts, 'Staff were told').date).toMatchObject({ start: '2021-03-04', rule: 'sequence/counted-from-happening' });
  });
  it('"the night before the launch": a day back', () => {
    const texts = ['The rocket was launched on Friday, Oct. 8, 2021.', 'Engineers had checked the fuel lines the night before the launch.'];
    expect(shortestAt('2021-12-01', texts, 'checked the fuel').date).toMatchObject({ start: '2021-10-07', rule: 'sequence/counted-from-happening' });
  });
});

describe('counts of hours, and counts inside a telling', () => {
  it('"forty-eight hours before the sinking": two days back; "three hours after": the same day', () => {
    const texts = ['The ferry sank on Friday, Oct. 8, 2021.', 'The crew had checked the pumps forty-eight hours before the sinking.', 'Divers reached the wreck three hours after the sinking.'];
    expect(shortestAt('2021-12-01', texts, 'checked the pumps').date).toMatchObject({ start: '2021-10-06', rule: 'sequence/counted-from-happening' });
    expect(shortestAt('2021-12-01', texts, 'Divers reached').date).toMatchObject({ start: '2021-10-08', rule: 'sequence/counted-from-happening' });
  });
  it('"said on Friday that his father had walked on the pier two days before his death": the count\'s day, not only before the telling', () => {
    const texts = ['The old keeper died on Thursday, Oct. 7, 2021.', 'His son said on Friday that his father had walked on the pier two days before his death.'];
    expect(shortestAt('2021-12-01', texts, 'walked on the pier').date).toMatchObject({ start: '2021-10-05', rule: 'sequence/counted-from-happening' });
  });
});

describe('the happening named is looked for further back than the last few events', () => {
  it('"fifty years after the strike", named again after fourteen other dated events', () => {
    const years = Array.from({ length: 14 }, (_, i) => `The choir toured the north in ${1940 + 2 * i}.`);
    const texts = ['The dockers went on strike on May 3, 1936.', years.join(' '), 'A bench was put up on the quay fifty years after the strike.'];
    expect(shortestAt('2001-01-10', texts, 'A bench was put up').date).toMatchObject({ start: '1986', rule: 'sequence/counted-from-happening' });
  });
});

describe('a conjunct counted from the happening of the clause before it', () => {
  it('"She retired in 1960, and the city gave her its silver medal a year after her retirement": 1960, then 1961', () => {
    const texts = ['Ada Quill joined the orchestra in 1931. She retired in 1960, and the city gave her its silver medal a year after her retirement.'];
    const medal = shortestAt('2001-01-10', texts, 'silver medal');
    expect(medal.date).toMatchObject({ start: '1961', rule: 'sequence/counted-from-happening' });
    const retired = shortestAt('2001-01-10', texts, 'She retired');
    expect(retired.date.start).toBe('1960');
    expect(retired.title).not.toMatch(/medal/);
  });
  it('a conjunct with a date of its own keeps it', () => {
    const texts = ['She retired in 1960, and the city gave her its silver medal in 1965, five years after her retirement.'];
    expect(shortestAt('2001-01-10', texts, 'silver medal').date.start).not.toBe('1961');
  });
  it('the first conjunct\'s title drops its dates as a dated clause\'s does, and keeps its other phrases', () => {
    const texts = ['He was elected in a landslide in 1990, and the party named him leader two years after his election.'];
    expect(shortestAt('2001-01-10', texts, 'named him leader').date.start).toBe('1992');
    expect(shortestAt('2001-01-10', texts, 'He was elected').title).toMatch(/landslide/);
    const mill = ['The mill closed on March 3, 1931, and the town bought the site two years after the mill closed.'];
    expect(shortestAt('2001-01-10', mill, 'bought the site').date.start).toBe('1933');
    expect(shortestAt('2001-01-10', mill, 'The mill closed').title).not.toMatch(/March|1931/);
  });
  it('a number in the conjunct that is no date does not stop the count: only a tagged date does', () => {
    const texts = ['He left the band in 1971, and the 40 members of his old choir sang at his door two years after his departure.'];
    expect(shortestAt('2001-01-10', texts, 'sang at his door').date).toMatchObject({ start: '1973', rule: 'sequence/counted-from-happening' });
  });
});
