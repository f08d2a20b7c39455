import { describe, expect, it } from 'vitest';
import { CLOCK_HOUR_WORDS, DAYBREAK_RE, HONORIFIC_ALTS, NAMED_TIME_OF_DAY_RE, parseCount, SUN_TURN_RE, tellingForms } from '../../../shared/extract/lexicon';
import { tagTimexes } from '../../../shared/extract/tagger';
import { UNTIL_BEFORE } from '../../../shared/extract/until-spans';
import { makeTitle, withoutTelling } from '../../../shared/extract/title';
import { personSubject } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Round 46: word lists that several stages wrote each for themselves are written once in lexicon.ts (the hours of a
// clock, the named times of day, the telling verbs a title reads, the honorifics); these show each caller still reads
// what it read, and the few words a caller gained.

const whole = (alts: string) => new RegExp(`^${alts}$`, 'i');

describe('r46-clock-hours: the hours in words, from lexicon', () => {
  it('r46-clock-hours: CLOCK_HOUR_WORDS are "one" to "twelve", each the count it names', () => {
    expect(CLOCK_HOUR_WORDS).toHaveLength(12);
    CLOCK_HOUR_WORDS.forEach((w, i) => expect(parseCount(w)).toBe(i + 1));
  });

  it('r46-clock-hours: the clock rule reads every hour word before "o\'clock", capitalised or not', () => {
    for (const [i, w] of CLOCK_HOUR_WORDS.entries()) {
      const got = tagTimexes(`The bell rang at ${w} o'clock.`, { dct: '2024-03-05' } as never).map((t) => t.value);
      expect(got).toContain(`2024-03-05T${String(i + 1).padStart(2, '0')}:00`);
    }
    const capital = tagTimexes("Eleven o'clock came and went.", { dct: '2024-03-05' } as never).map((t) => t.value);
    expect(capital).toContain('2024-03-05T11:00');
  });

  it('r46-clock-hours: "a quarter to twelve" counts back from the last hour word', () => {
    const got = tagTimexes('The lights failed at a quarter to twelve.', { dct: '2024-03-05' } as never).map((t) => t.value);
    expect(got).toContain('2024-03-05T11:45');
  });

  it('r46-clock-hours: "from six Friday evening to noon Saturday": an hour word between "from" and the day keeps the range', () => {
    const got = events('2024-03-08', 'The bridge was shut from six Friday evening to noon Saturday.');
    expect(got.some((e) => e.date.start === '2024-03-08' && e.date.end === '2024-03-09')).toBe(true);
  });
});

describe('r46-times-of-day: the named times of the day, from lexicon', () => {
  it('r46-times-of-day: daybreak, the sun\'s turns and all named times hold what each caller read', () => {
    for (const w of ['dawn', 'daybreak', 'first light', 'first  light', 'sunrise']) expect(whole(DAYBREAK_RE).test(w)).toBe(true);
    for (const w of ['dusk', 'nightfall', 'sunset']) expect(whole(DAYBREAK_RE).test(w)).toBe(false);
    for (const w of ['dawn', 'first light', 'dusk', 'nightfall', 'sunset']) expect(whole(SUN_TURN_RE).test(w)).toBe(true);
    for (const w of ['noon', 'midday', 'midnight']) {
      expect(whole(SUN_TURN_RE).test(w)).toBe(false);
      expect(whole(NAMED_TIME_OF_DAY_RE).test(w)).toBe(true);
    }
    expect(whole(NAMED_TIME_OF_DAY_RE).test('lunchtime')).toBe(false);
  });

  it('r46-times-of-day: "until" before a date reads every named time of day between them, "first light" and "midday" too', () => {
    for (const w of ['dawn', 'dusk', 'midnight', 'noon', 'first light', 'midday']) expect(UNTIL_BEFORE.test(`The search went on until ${w} on `)).toBe(true);
    expect(UNTIL_BEFORE.test('The search went on until lunch on ')).toBe(false);
  });

  it('r46-times-of-day: a sentence told "shortly before first light" takes the day in focus', () => {
    const got = events('2024-03-08', 'The ferry left the harbour on Tuesday. The crew reached the reef shortly before first light.');
    const crew = got.find((e) => /reef/.test(e.title));
    expect(crew?.date.start).toBe('2024-03-05');
  });
});

describe('r46-telling-forms: a title\'s telling verbs, from lexicon', () => {
  it('r46-telling-forms: each past comes with its present, and a word that is no telling verb is refused', () => {
    expect(tellingForms('said', 'stressed')).toBe('said|says|stressed|stresses');
    expect(() => tellingForms('shouted')).toThrow(/no telling verb/);
  });

  it('r46-telling-forms: "X announces it will …" is told as a headline tells it, as "X announced it will …" is', () => {
    expect(withoutTelling('The firm announced it will close the plant')).toBe('The firm will close the plant');
    expect(withoutTelling('The firm announces it will close the plant')).toBe('The firm will close the plant');
  });

  it('r46-telling-forms: a telling set off inside the clause, or closing it, goes in either tense', () => {
    expect(withoutTelling('The new ferry, she stressed, will sail in May')).toBe('The new ferry will sail in May');
    expect(withoutTelling('The new ferry, she stresses, will sail in May')).toBe('The new ferry will sail in May');
    expect(withoutTelling('The new ferry will sail in May, the council states')).toBe('The new ferry will sail in May');
  });
});

describe('r46-honorifics: the words that make a name a person\'s, from lexicon', () => {
  it('r46-honorifics: each honorific of HONORIFIC_ALTS before a family name names the subject\'s person', () => {
    for (const h of HONORIFIC_ALTS.split('|')) expect(personSubject(`${h} Pellow opened the new ward`, 'f')).toBe(`${h} Pellow`);
  });
});

describe('r46-subject-fitted: a subject too long for a title, made shorter', () => {
  it('r46-subject-fitted: a person\'s name after a long post stands for the whole subject', () => {
    const title = makeTitle('Former deputy health minister and party president Ilan Dorsey told parliament on Monday that he would resign his seat before the summer recess.');
    expect(title).toBe('Ilan Dorsey told parliament he would resign his seat');
  });
});
