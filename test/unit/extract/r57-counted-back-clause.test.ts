import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 57 (c57): "The <happening> came N units after <clause>", the clause having a subject of its own: a dated
// happening that shares only the clause's subject word is not what the count runs from, so the clause is counted back
// from the subject's happening; a clause's "that" may open the subject (countedBackFromSubject, happeningWords,
// counted-back.ts). Every sentence here was written for this test.

const at = (pub: string, texts: string[], words: string) => events(pub, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('a count after a subject naming a dated happening, read back', () => {
  it('passes over a dated event that shares only the counted clause’s subject', () => {
    const texts = [
      'Harbour police at Pellmoor raided a boatyard and recovered nine stolen outboard motors on Tuesday.',
      'In April coastguards searched two sheds beside the yard.',
      'The raid came twelve days after coastguards at a nearby marina spotted three motors in a van parked by the slipway.',
    ];
    const ev = at('2021-05-15', texts, 'spotted three motors');
    expect(ev?.date.start).toBe('2021-04-29');
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
