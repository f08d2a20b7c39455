import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 57 (c57): "The <happening> came N units after <clause>", the clause having a subject of its own: a dated
// happening that shares only the clause's subject word is not what the count runs from, so the clause is counted back
// from the subject's happening; a clause's "that" may open the subject (countedBackFromSubject, happeningWords,
// counted-back.ts). Every sentence here was written for this test.

const at = (pub: string, texts: string[], words: string) => events(pub, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('a count after a subject naming a dated happening, read back', () => {
  it('passes over a later event that shares only the counted clause’s subject', () => {
    const texts = [
      'Harbour police at Pellmoor seized nine stolen outboard motors from a lorry load of hay bales on Tuesday.',
      'The lorry was hired in March and two more were rented in April, and police are still looking for their drivers.',
      'The seizure came two weeks after police at a nearby marina found three motors in a van parked by the slipway.',
    ];
    const ev = at('2021-05-15', texts, 'found three motors');
    expect(ev?.date.start).toBe('2021-04-27');
    expect(ev?.date.rule).toBe('sequence/counted-back-from-happening');
  });

  it('reads the subject after a clause’s "that", a frequency word beside the count dating nothing', () => {
    const texts = [
      'The Brisling ferry ran aground on a sandbank on Sunday.',
      'Skippers pointed out that the grounding came ten days after the authority’s monthly survey of the channel.',
    ];
    const ev = at('2022-09-14', texts, 'monthly survey');
    expect(ev?.date.start).toBe('2022-09-01');
  });
});
