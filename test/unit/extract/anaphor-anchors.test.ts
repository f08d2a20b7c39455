import { describe, expect, it } from 'vitest';
import { closingTellingDay, datesSpeaking, insideQuote, pastPerfectAt } from '../../../shared/extract/anaphor-anchors';
import { tagTimexes } from '../../../shared/extract/tagger';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 24 (a24): which date an anaphor counts from when reading order alone picks the wrong one (issue 8, point 3):
// past-perfect flashbacks, a quote's "yesterday", and "have since" before a dated telling. Every sentence here was
// written for this test (none comes from an eval set or a probe).

const at = (s: string, words: string) => s.indexOf(words);

describe('the clause a date sits in, told in the past perfect', () => {
  it('"had" and a participle in the date\'s clause is a flashback; the simple past is not', () => {
    const s = 'The inspectors had last looked at the sluice gate on March 2.';
    expect(pastPerfectAt(s, at(s, 'March 2'))).toBe(true);
    const plain = 'The inspectors looked at the sluice gate on March 2.';
    expect(pastPerfectAt(plain, at(plain, 'March 2'))).toBe(false);
  });

  it('"had to" and "had a" are not the past perfect', () => {
    const s = 'The ferry had to turn back on March 2 and had a new engine fitted.';
    expect(pastPerfectAt(s, at(s, 'March 2'))).toBe(false);
  });

  it('only the date\'s own conjunct counts: ", and the next day had ordered" is one, "and the next morning the road was shut" is not', () => {
    const on = 'The inspectors had looked at the gate on March 2, and the next day had ordered new bolts.';
    expect(pastPerfectAt(on, at(on, 'the next day'))).toBe(true);
    const off = 'The inspectors had looked at the gate on March 2, and the next morning the road was shut.';
    expect(pastPerfectAt(off, at(off, 'the next morning'))).toBe(false);
  });

  it('a past perfect in a relative clause before the date\'s own verb is not the date\'s', () => {
    const s = 'The courier, who had just come back from Lisbon, was at the depot on Saturday, June 1.';
    expect(pastPerfectAt(s, at(s, 'Saturday'))).toBe(false);
  });

  it('a simple past of its own between the date and a later past perfect is the date\'s verb', () => {
    const s = 'In early May 1994 two goats squeezed through a fence that a walker had left open, and they were found two days later.';
    expect(pastPerfectAt(s, at(s, 'early May 1994'))).toBe(false);
    const passive = 'The crew, which had been formed in May, checked the valve on March 2.';
    expect(pastPerfectAt(passive, at(passive, 'March 2'))).toBe(false);
    expect(pastPerfectAt(passive, at(passive, 'May'))).toBe(true);
  });

  it('an -ed adjective after a determiner is no verb of its own', () => {
    const s = 'The inspectors had looked at the damaged gate on March 2.';
    expect(pastPerfectAt(s, at(s, 'March 2'))).toBe(true);
  });

  it('a date opening its clause takes the past perfect after it', () => {
    const s = 'On March 2 the inspectors had looked at the gate.';
    expect(pastPerfectAt(s, at(s, 'March 2'))).toBe(true);
  });

  it('a past perfect that reports speech is only shifted back from the telling, not a flashback', () => {
    const s = 'Police said the driver had fled the scene on Friday.';
    expect(pastPerfectAt(s, at(s, 'Friday'))).toBe(false);
  });
});

describe('quotes and the day they were spoken on', () => {
  it('a position after an opening quote mark, and before its close, is inside the quote', () => {
    const p = 'We spoke to her on Monday. "Yesterday I delivered twins," she said.';
    expect(insideQuote(p, 0, at(p, 'Yesterday'))).toBe(true);
    expect(insideQuote(p, 0, at(p, 'she said'))).toBe(false);
    expect(insideQuote(p, 0, at(p, 'Monday'))).toBe(false);
  });

  it('an interview\'s or a telling\'s day says when someone spoke; a meeting\'s or a happening\'s does not', () => {
    for (const s of ['We spoke to the midwife on Monday.', 'In an interview on Monday, the keeper was cheerful.', 'The keeper told the Courier on Monday.']) expect(datesSpeaking(s, at(s, 'Monday'))).toBe(true);
    const s = 'The lighthouse keeper retired on Monday.';
    expect(datesSpeaking(s, at(s, 'Monday'))).toBe(false);
  });

  it('a telling that closes the quote names the weekday it was said on', () => {
    // Counted back from Wednesday 12 June 2024: Tuesday is June 11.
    const dct = { y: 2024, m: 6, d: 12 };
    const s = '"Yesterday the last ewe lambed," the farmer said on Tuesday.';
    expect(closingTellingDay(s, at(s, 'Yesterday') + 9, dct)).toEqual({ y: 2024, m: 6, d: 11 });
    const inverted = '"Yesterday the last ewe lambed," said Tomas Brell on Tuesday.';
    expect(closingTellingDay(inverted, at(inverted, 'Yesterday') + 9, dct)).toEqual({ y: 2024, m: 6, d: 11 });
    const none = '"Yesterday the last ewe lambed," the farmer said.';
    expect(closingTellingDay(none, at(none, 'Yesterday') + 9, dct)).toBeNull();
  });
});

describe('a count after a past-perfect flashback counts from the day the story is at', () => {
  const pub = '2024-06-12'; // a Wednesday; Friday is June 7

  it('"the next morning" after a flashback to March 2 is the morning after the story\'s Friday', () => {
    const texts = ['On Friday the canal bank gave way near Orm Lock. The inspectors had last looked at the sluice gate on March 2. The next morning the towpath was shut.'];
    expect(shortestAt(pub, texts, 'towpath was shut').date.start).toBe('2024-06-08');
  });

  it('"that evening" after a flashback is the story day\'s evening, not the flashback\'s', () => {
    const texts = ['The harbour wall cracked on Friday. Divers had inspected it on April 14, finding nothing amiss. That evening the quay was cleared of cars.'];
    expect(shortestAt(pub, texts, 'quay was cleared').date.start).toBe('2024-06-07');
  });

  it('"two days later" after a flashback counts from the story\'s Friday too', () => {
    const texts = ['On Friday the water main under Calder Street burst. The crew had last checked the valve on March 2. Two days later the road was closed.'];
    expect(shortestAt(pub, texts, 'road was closed').date.start).toBe('2024-06-09');
  });

  it('a flashback to a bare year does not make "that evening" a day of that year', () => {
    const texts = ['On Friday the water main under Calder Street burst. It had last been inspected in 2019. That evening, the road was closed to traffic.'];
    expect(shortestAt(pub, texts, 'road was closed').date.start).toBe('2024-06-07');
  });

  it('a past perfect in a relative clause after the date\'s own simple past opens no flashback', () => {
    const texts = ['Six goats broke out of the Hollin farm on Friday.', 'In early May 1994 two goats squeezed through a fence that a walker had left open, and they were found two days later on the golf course.'];
    expect(shortestAt(pub, texts, 'found two days later').date.start).toBe('1994-05');
  });

  it('a count whose own clause stays in the past perfect goes on counting in the flashback', () => {
    const texts = ['On Friday the canal bank gave way near Orm Lock. The inspectors had looked at the sluice gate on March 2, and the next day had ordered new bolts.'];
    const tagged = tagTimexes(texts[0], { dct: pub });
    expect(tagged.find((t) => t.text === 'the next day')?.value).toBe('2024-03-03');
  });

  it('without a story day before it, the flashback\'s day is the one counted from (as before)', () => {
    const tagged = tagTimexes('The inspectors had last looked at the gate on March 2. The next morning they sent a report.', { dct: pub });
    expect(tagged.find((t) => t.text === 'The next morning')?.value).toBe('2024-03-03');
  });

  it('a day still ahead of publication is no story to step back from', () => {
    const tagged = tagTimexes('Free clinics will open on June 20. The fair had last run on March 2. The next morning the hall was swept.', { dct: pub });
    expect(tagged.find((t) => t.text === 'The next morning')?.value).toMatch(/^2024-03-03/);
  });

  it('a past perfect that is not a step back (a day after the story\'s) leaves the story where it is', () => {
    const tagged = tagTimexes('The repairs began on March 2. By March 9 the crews had finished the sluice. The next day the canal reopened.', { dct: pub });
    expect(tagged.find((t) => t.text === 'The next day')?.value).toBe('2024-03-10');
  });
});

describe('"yesterday", "today" and "this morning" in a quote count from when it was said', () => {
  const pub = '2024-06-12'; // a Wednesday; Monday is June 10

  it('after "We spoke to her on Monday.", a quoted "yesterday" is Sunday', () => {
    const texts = ['We spoke to the midwife on Monday. "Yesterday I delivered twins in the back of a taxi," she said.'];
    expect(shortestAt(pub, texts, 'delivered twins').date.start).toBe('2024-06-09');
  });

  it('a telling that closes the quote with its weekday dates the quote\'s "this morning"', () => {
    const tagged = tagTimexes('"This morning the first swallows came back to the barn," the warden said on Monday.', { dct: pub });
    expect(tagged.find((t) => /this morning/i.test(t.text))?.value).toMatch(/^2024-06-10/);
  });

  it('a quote with no day of speaking given counts from publication, as before', () => {
    const tagged = tagTimexes('The warden was cheerful. "Today the first swallows came back," she said.', { dct: pub });
    expect(tagged.find((t) => t.text === 'Today')?.value).toBe('2024-06-12');
  });

  it('outside a quote, "yesterday" counts from publication even after an interview\'s day', () => {
    const tagged = tagTimexes('We spoke to the warden on Monday. Yesterday the barn roof was mended.', { dct: pub });
    expect(tagged.find((t) => t.text === 'Yesterday')?.value).toBe('2024-06-11');
  });
});

describe('"have since" before a dated telling runs from the happening before it to the telling', () => {
  const pub = '2024-06-12'; // Tuesday is June 11

  it('"…have since rebuilt the wheel, the manager said on Tuesday" is a stretch from May to Tuesday', () => {
    const texts = ['A storm tore the big wheel at Selmouth pier off its axle in May. Engineers have since rebuilt the wheel, the pier manager said on Tuesday.'];
    const found = events(pub, ...texts);
    const rebuilt = found.find((e) => quoteOf(e, texts).startsWith('Engineers have since'));
    expect(rebuilt?.date).toMatchObject({ start: '2024-05', end: '2024-06-11' });
    const said = found.find((e) => quoteOf(e, texts).includes('said on Tuesday'));
    expect(said?.date.start).toBe('2024-06-11');
  });

  it('"told reporters on Tuesday" is a past telling, so the stretch ends on that Tuesday, not the next', () => {
    const texts = ['A storm tore the big wheel at Selmouth pier off its axle in May. Engineers have since rebuilt the wheel, the pier manager told reporters on Tuesday.'];
    const rebuilt = events(pub, ...texts).find((e) => quoteOf(e, texts).startsWith('Engineers have since'));
    expect(rebuilt?.date).toMatchObject({ start: '2024-05', end: '2024-06-11' });
  });

  it('a simple past before the same telling is no stretch from the happening before it', () => {
    const texts = ['A storm tore the big wheel at Selmouth pier off its axle in May. Engineers rebuilt the wheel, the pier manager said on Tuesday.'];
    const rebuilt = events(pub, ...texts).find((e) => quoteOf(e, texts).startsWith('Engineers rebuilt'));
    expect(rebuilt?.date.end).toBeUndefined();
    expect(rebuilt?.date.start).not.toBe('2024-05');
  });
});
