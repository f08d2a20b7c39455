import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../shared/extract';

const para = (text: string, id: string) => ({ id, role: 'body' as const, text });

// A quote closed by a spoken occasion on a day ("…," she said in an interview Monday.) is told on that day, and what it
// says in the present perfect holds then: it is not pushed before the day as something written and given out on it
// would be ("…, the ministry said in a report issued on Monday", r37-written-tellings).
describe('a quote closed by a spoken occasion on its day', () => {
  it.each([
    ['"We\'ve come to the stage where we know what we want to put before the planning board," Inspector Rae said in a telephone interview Monday.'],
    ['"I\'ve told the board what I want to do before the vote," the chairman said in a radio interview on Monday.'],
    ['"We have reached the point where we can name a suspect," Inspector Rae said in a telephone interview Monday.'],
  ])('%s', (text) => {
    const events = extractEvents([para(text, 'p1')], { published: '2022-05-17' });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect([e.date.start, e.date.mod ?? null, e.date.rule]).toEqual(['2022-05-16', null, expect.stringMatching(/^weekday\/past-tense/)]);
  });
});
