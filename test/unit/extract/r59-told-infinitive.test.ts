import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (found59): an infinitive of telling ("came forward to say that …", "rang to tell police that …") whose told
// clause, with its own subject and verb, holds a date of its own: the telling keeps its date, the told happening takes
// the other. Every sentence here was written for this test.

describe('what an infinitive telling tells', () => {
  it('takes its own day, with a long object between', () => {
    const texts = ['A cyclist came forward yesterday evening to say that he had passed a grey van in a lay-by near the Fellbeck quarry on Saturday night, its lights off.'];
    const all = events('2004-03-10', ...texts);
    const passed = all.find((e) => quoteOf(e, texts).includes('had passed a grey van'));
    expect(passed?.date.start).toBe('2004-03-06');
    const came = all.find((e) => quoteOf(e, texts).includes('came forward'));
    expect(came?.date.start).toBe('2004-03-09');
  });

  it('reads "to tell" with its object', () => {
    const texts = ['A neighbour phoned on Tuesday to tell the police that she had heard glass breaking at the Pindlebrook shop in the early hours of Sunday.'];
    const heard = events('2004-03-11', ...texts).find((e) => quoteOf(e, texts).includes('had heard glass'));
    expect(heard?.date.start).toBe('2004-03-07');
  });
});
