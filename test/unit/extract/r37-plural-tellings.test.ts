import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 37 (r37): the plural present of a telling ("Residents say …", "Engineers report that …", "…, residents say.")
// is a telling as "says" and "reports" are: an event as of publication, and what it tells keeps its own date. "say"
// only where it is finite ("to say", "their say" are not), "report" only after a plural subject and before "that"
// ("a police report" is a noun). Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2024-03-08'; // a Friday

describe('"say" and "report" in the plural present', () => {
  it('"Residents say that … last week": the telling as of publication, the happening last week', () => {
    const texts = ['Residents say that the tap water turned brown last week.'];
    const told = shortestAt(PUB, texts, 'the tap water turned brown last week');
    expect(told.date.start).toBe('2024-02-26');
    expect(quoteOf(told, texts)).not.toContain('Residents');
    const say = shortestAt(PUB, texts, 'Residents say');
    expect(say.date.start).toBe('2024-03-08');
    expect(say.title).not.toMatch(/\bthat\b/);
  });

  it('"Fishermen in the bay say they … on Sunday": "that" left out before a pronoun', () => {
    const texts = ['Fishermen in the bay say they first saw the oil slick on Sunday.'];
    expect(shortestAt(PUB, texts, 'they first saw the oil slick on Sunday').date.start).toBe('2024-03-03');
    expect(shortestAt(PUB, texts, 'Fishermen in the bay say').date.start).toBe('2024-03-08');
  });

  it('"…, residents say.": a bare plural teller closing the sentence is its own telling, cut from the title', () => {
    const texts = ['The tap water turned brown on Tuesday, residents say.'];
    const told = shortestAt(PUB, texts, 'The tap water turned brown');
    expect(told.date.start).toBe('2024-03-05');
    expect(told.title).not.toMatch(/residents/i);
    expect(shortestAt(PUB, texts, 'residents say').date.start).toBe('2024-03-08');
  });

  it('"Engineers report that … on Tuesday": the failure on Tuesday, the report as of publication', () => {
    const texts = ['Engineers report that the pumping station failed on Tuesday.'];
    expect(shortestAt(PUB, texts, 'the pumping station failed on Tuesday').date.start).toBe('2024-03-05');
    expect(shortestAt(PUB, texts, 'Engineers report').date.start).toBe('2024-03-08');
  });

  it('"Doctors now report that … in February": an adverb between the subject and the verb', () => {
    const texts = ['Doctors now report that measles cases rose sharply in February.'];
    expect(shortestAt(PUB, texts, 'measles cases rose sharply in February').date.start).toBe('2024-02');
    expect(shortestAt(PUB, texts, 'Doctors now report').date.start).toBe('2024-03-08');
  });

  it('"The pier, residents say, was closed …": an aside of a bare plural teller leaves the title', () => {
    const texts = ['The old pier, residents say, was closed on Tuesday.'];
    expect(shortestAt(PUB, texts, 'The old pier').title).not.toMatch(/residents/i);
  });

  it('"a police report", "their say", "to say" are no tellings', () => {
    const report = ['A police report filed on Monday named the driver.'];
    expect(events(PUB, ...report).filter((e) => e.date.start === '2024-03-08')).toHaveLength(0);
    const say = ['It is fair to say the pumps failed on Tuesday.'];
    expect(events(PUB, ...say).filter((e) => e.date.start === '2024-03-08')).toHaveLength(0);
  });
});
