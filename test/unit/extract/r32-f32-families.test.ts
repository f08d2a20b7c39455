import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 32 (f32): happenings a reader dates from the public record, not from the article. Every sentence here was
// written for this test (none comes from an eval set or a probe).

describe('"the war" left unnamed, in a life the story has placed between 1919 and 1945', () => {
  it('"During the war" after a date in the 1930s is 1939 to 1945', () => {
    const texts = ['Marta Leng was born in 1908 and joined the county surveyor in 1931.', 'During the war she charted the coastal minefields.'];
    expect(shortestAt('1990-05-04', texts, 'charted the coastal').date).toMatchObject({ start: '1939', end: '1945', rule: 'world-knowledge/unnamed-war', yearUncertain: true });
  });

  it('"throughout the war" mid-sentence, after a move in 1927', () => {
    const texts = ['The family moved the forge to Hallow Street in 1927.', 'It stayed open throughout the war, shoeing horses for the army.'];
    expect(shortestAt('1988-02-11', texts, 'shoeing horses').date).toMatchObject({ start: '1939', end: '1945' });
  });

  it('"Through the war" after a date in 1940 itself', () => {
    const texts = ['He took over the parish choir in 1940.', 'Through the war he kept it singing with only six boys.'];
    expect(shortestAt('1979-10-01', texts, 'six boys').date).toMatchObject({ start: '1939', end: '1945' });
  });

  it('after a date in 1916 "the war" could be the first: no record date', () => {
    const texts = ['He enlisted in 1916 at the age of seventeen.', 'During the war he drove an ambulance near the front.'];
    expect(shortestAt('1975-03-03', texts, 'drove an ambulance').date.rule).not.toMatch(/^world-knowledge/);
  });

  it('after a date in 1982 "the war" is some later war: no record date', () => {
    const texts = ['She joined the paper as a reporter in 1982.', 'During the war she filed stories from the islands.'];
    expect(shortestAt('2001-03-03', texts, 'filed stories').date.rule).not.toMatch(/^world-knowledge/);
  });

  it('"the war in" a named place is not the unnamed war', () => {
    const texts = ['He qualified as a surgeon in 1938.', 'During the war in the desert he ran a field hospital.'];
    expect(shortestAt('1985-03-03', texts, 'field hospital').date.rule).not.toBe('world-knowledge/unnamed-war');
  });
});

describe('the first crewed moon landing', () => {
  it('"on the night the first men landed on the moon" is 20 July 1969', () => {
    const texts = ['The cinema opened in 1958.', 'On the night the first men landed on the moon, the owner set up a television in the foyer.'];
    expect(shortestAt('2005-06-01', texts, 'set up a television').date).toMatchObject({ start: '1969-07-20', rule: 'world-knowledge/moon-landing' });
  });

  it('"the day Armstrong walked on the moon" is 20 July 1969', () => {
    const texts = ['The shop has sold radios since 1961.', 'It sold forty sets the day Armstrong walked on the moon.'];
    expect(shortestAt('2005-06-01', texts, 'forty sets').date).toMatchObject({ start: '1969-07-20' });
  });

  it('"the year men first set foot on the moon" is 1969', () => {
    const texts = ['The brass band was founded in 1950.', 'It won the county cup in the year men first set foot on the moon.'];
    expect(shortestAt('2005-06-01', texts, 'county cup').date).toMatchObject({ start: '1969' });
  });

  it('a story published before 1969 gets no record date', () => {
    const texts = ['The club was founded in 1950.', 'Members joked about the night men landed on the moon.'];
    expect(shortestAt('1965-06-01', texts, 'Members joked').date.rule).not.toMatch(/^world-knowledge/);
  });

  it('"the summer they walked on the moon" is the summer of 1969', () => {
    const texts = ['The kiosk has sold ices on the pier since 1952.', 'Its best season was the summer they walked on the moon.'];
    expect(shortestAt('2003-06-01', texts, 'best season').date).toMatchObject({ start: '1969-06', rule: 'season/moon-landing' });
  });

  it('"the summer that Armstrong stepped on the moon" is the summer of 1969', () => {
    const texts = ['She opened the guest house in 1960.', 'She took on two extra maids the summer that Armstrong stepped on the moon.'];
    expect(shortestAt('2003-06-01', texts, 'two extra maids').date).toMatchObject({ start: '1969-06' });
  });

  it('a winter named by the landing is not dated by it', () => {
    const texts = ['She opened the guest house in 1960.', 'It shut for a month in the winter they landed on the moon.'];
    expect(shortestAt('2003-06-01', texts, 'shut for a month').date.rule).not.toBe('season/moon-landing');
  });
});
