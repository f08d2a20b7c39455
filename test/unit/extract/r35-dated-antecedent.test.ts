import { describe, expect, it } from 'vitest';
import { events, nopub, quoteOf, shortestAt, shortestNoPub } from './event-lookup';

// Round 35 (k35): a clause that points back at a happening the text has just dated takes that date, when the
// antecedent is clear: a relative clause in the simple past right after the date that closes the clause before ("the
// flood of April 1962, which swept away the bridge"), and a past sentence whose only time is "at the time" / "at that
// point" right after a plainly dated sentence. When the antecedent is not clear the clause stays as it was. Every
// sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2005-06-10';

/** The rules of the events whose evidence holds `words`. */
function rulesAt(texts: string[], words: string, published: string | null = PUB): (string | undefined)[] {
  const all = published ? events(published, ...texts) : nopub(...texts);
  return all.filter((e) => quoteOf(e, texts).includes(words)).map((e) => e.date.rule);
}

describe('a simple-past relative clause on a dated noun takes its date', () => {
  it.each([
    ['Everyone in the valley remembers the flood of April 1962, which swept away the old bridge.', 'swept away', '1962-04'],
    ['Older residents still talk about the great fire of 1911, which destroyed half the town.', 'destroyed half', '1911'],
    ['The storm on 3 March 1988, which brought down the pier, is still talked about in the town.', 'brought down', '1988-03-03'],
    ['The council approved the plan on 4 May 2001, which angered residents of the estate.', 'angered residents', '2001-05-04'],
  ])('%s', (text, words, start) => {
    const d = shortestAt(PUB, [text], words).date;
    expect(d).toMatchObject({ start, rule: 'sequence/which-of-dated' });
    expect(d.mod).toBeUndefined();
    expect(d.yearUncertain).toBeUndefined();
  });

  it('keeps the flag of a guessed year', () => {
    const texts = ['The festival was founded in 1999. The celebrations opened with a concert on June 12, which drew about 600 people.'];
    const d = shortestNoPub(texts, 'drew about').date;
    expect(d).toMatchObject({ start: '1999-06-12', rule: 'sequence/which-of-dated', yearUncertain: true });
  });

  it.each([
    // Present: a state that holds now.
    ['He moved to Leeds in 1990, which he still calls home.', 'calls home'],
    // Past perfect: looks back from the date.
    ['The firm was founded in 1990, which had been planned for years.', 'planned for years'],
    // "was": a state, maybe still so.
    ['The miners remember the strike in 1984, which was bitter.', 'was bitter'],
    // The date does not close the clause before: the antecedent is the name, not the dated happening.
    ['In 1998 he married Ana Ruiz, who worked as a nurse.', 'worked as a nurse'],
  ])('not: %s', (text, words) => {
    expect(rulesAt([text], words)).not.toContain('sequence/which-of-dated');
  });
});

describe('"at the time" right after a dated sentence: that sentence\'s date', () => {
  it.each([
    ['The ferry sank in a gale on 4 May 1987.', 'The coastguard had issued no warning at the time.', 'no warning', '1987-05-04'],
    ['The mill burned down in March 1991.', 'At that point, the town had no fire engine.', 'no fire engine', '1991-03'],
    ['The dam gave way on 9 April 1983.', 'Most of the valley was asleep at the time, and nobody heard it go.', 'asleep', '1983-04-09'],
  ])('%s %s', (first, second, words, start) => {
    const d = shortestAt(PUB, [`${first} ${second}`], words).date;
    expect(d).toMatchObject({ start, rule: 'narrative-focus/at-that-time' });
    expect(d.yearUncertain).toBeUndefined();
  });

  it('keeps the flag of a guessed year', () => {
    const texts = ['The club was founded in 1999. The new stand opened on June 12. The club had run out of money at the time.'];
    expect(shortestNoPub(texts, 'run out of money').date).toMatchObject({ start: '1999-06-12', rule: 'narrative-focus/at-that-time', yearUncertain: true });
  });

  it.each([
    // A post held then, not a happening of that time.
    ['The mill burned down in March 1991. The director at the time, Jon Hale, resigned.', 'resigned'],
    ['The mill burned down in March 1991. The park\'s warden at that time was abroad.', 'warden'],
    // A time of its own.
    ['The mill burned down in March 1991. Its owner blamed the insurers at the time of the inquest.', 'blamed the insurers'],
    ['The mill burned down in March 1991. At the time of writing, the site remains empty.', 'site remains'],
    // A sentence between: which time is meant is not clear.
    ['The mill burned down in March 1991. Nobody was hurt. Its owner was abroad at the time.', 'owner was abroad'],
    // "then" as "in that case".
    ['If prices rise, then the council will cut services.', 'cut services'],
  ])('not: %s', (text, words) => {
    expect(rulesAt([text], words)).not.toContain('narrative-focus/at-that-time');
  });
});
