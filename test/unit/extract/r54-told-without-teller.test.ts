import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what, never a fragment. A telling too long to title whole with its teller
// was cut to its subject, verb and object; after a telling that object is the told clause's subject ("Mrs Orrisey said a
// gale"), a fragment with no verb of its own. What was told is the title then; the evidence says who told it. Not when
// the event is the telling itself, nor when what was told opens on a pronoun (the title would have to say whom).

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r54-told-without-teller: a long telling cut to the told clause\'s subject', () => {
  it('r54-told-without-teller: the told clause is the title, with its verb', () => {
    const texts = ["The sailing club's bosun, Mrs Tibbald, said a gale in early March had already cost several crews their spare masts."];
    expect(titleAt(texts, 'early March')).toMatch(/^(?:A )?gale (?:had )?already cost several crews their spare masts$/i);
  });

  it('r54-told-without-teller: a told subject with an adjective keeps it', () => {
    const texts = ["The museum's senior curator, Dr Holmquist, said the heavy rain in late April had flooded two of its basement stores."];
    expect(titleAt(texts, 'late April')).toMatch(/^(?:The )?heavy rain (?:had )?flooded two of its basement stores$/i);
  });

  it('r54-told-without-teller: a telling that fits with its teller keeps it', () => {
    const texts = ['Mrs Tibbald said a gale in early March cost the club two masts.'];
    expect(titleAt(texts, 'early March')).toMatch(/^Mrs Tibbald said (?:a )?gale cost the club two masts$/i);
  });

  it('r54-told-without-teller: the telling itself keeps its teller', () => {
    const texts = ['The ferry will not run before Thursday at the earliest, the harbour master, Mr Jarnow, told a crowded briefing this afternoon.'];
    expect(titleAt(texts, 'this afternoon')).toMatch(/^Mr Jarnow told/);
  });
});
