import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 33 (d33): public days a reader dates from the record, when the story is in their years. Every sentence here
// was written for this test (none comes from an eval set or a probe).

describe('public days told in a story of their years', () => {
  it('"on Coronation Day" after a date of the late 1940s is 2 June 1953, flagged as a reading', () => {
    const texts = ['He came home from the army in 1947 and took over the bakery.', 'On Coronation Day he baked a cake shaped like a crown for the street party.'];
    const d = shortestAt('1990-05-02', texts, 'cake shaped').date;
    expect(d.start).toBe('1953-06-02');
    expect(d.yearUncertain).toBe(true);
  });

  it('"watched the Coronation" in a life dated to 1952', () => {
    const texts = ['The family bought their first car in 1952.', 'They watched the Coronation through the window of the radio shop.'];
    expect(shortestAt('2001-11-20', texts, 'radio shop').date.start).toBe('1953-06-02');
  });

  it('"on VE Day" after a date of the war years is 8 May 1945', () => {
    const texts = ['She joined the land army in 1942.', 'On VE Day she rode a tractor into the village with a flag tied to the exhaust.'];
    expect(shortestAt('1998-03-11', texts, 'rode a tractor').date.start).toBe('1945-05-08');
  });

  it('"on VJ Day" likewise is 15 August 1945', () => {
    const texts = ['The ship left for the Far East in 1944.', 'On VJ Day the crew painted the funnel white.'];
    expect(shortestAt('1998-03-11', texts, 'painted the funnel').date.start).toBe('1945-08-15');
  });

  it('not in a story of other years: "VE Day" told among dates of the 1990s is the yearly remembrance', () => {
    const texts = ['The legion moved to a new hall in 1994.', 'On VE Day the veterans marched past the war memorial.'];
    expect(shortestAt('1996-06-01', texts, 'veterans marched').date.start).not.toBe('1945-05-08');
  });

  it('not a street named for it', () => {
    const texts = ['The shop opened in 1950.', 'It moved to the Coronation Road in the following years, the owner said.'];
    expect(shortestAt('1996-06-01', texts, 'Coronation Road').date.start).not.toBe('1953-06-02');
  });

  it('"in the war years" after a date of the 1930s is read as 1939 to 1945, as "during the war" is', () => {
    for (const opening of ['In the war years', 'Throughout the war years', 'During the war years']) {
      const texts = ['She qualified as a nurse in 1936.', `${opening} she ran a first-aid post in the crypt.`];
      expect(shortestAt('1990-05-02', texts, 'first-aid post').date).toMatchObject({ start: '1939', end: '1945', yearUncertain: true });
    }
  });
});
