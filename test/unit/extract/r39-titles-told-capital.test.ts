import { describe, expect, it } from 'vitest';
import { toldInLowerCase } from '../../../shared/extract/title-context';
import { events } from './event-lookup';

// Issue 8, point 10: a telling's title goes on mid-title with what was told. A told clause that opened its sentence
// kept the capital of its first word when that word was no article or pronoun ("Rescuers said Five climbers …"); a
// word the article also writes in lower case, or one that opens news copy, is lowered; a name keeps its capital.
// Every sentence here was written for this test.

describe('what was told goes on in lower case after its teller', () => {
  it('lowers a word the text also writes in lower case', () => {
    const text = 'The ferry was late again. Harbour staff said the storm had passed.';
    expect(toldInLowerCase('Harbour staff said Storm damage closed the quay', () => text)).toBe('Harbour staff said storm damage closed the quay');
    expect(toldInLowerCase('Coroner said Ladders were left unsecured', () => 'Two ladders stood by the wall.')).toBe('Coroner said ladders were left unsecured');
  });

  it('lowers a number word or a noun that opens news copy', () => {
    expect(toldInLowerCase('Coastguard said Three walkers were winched to safety')).toBe('Coastguard said three walkers were winched to safety');
    expect(toldInLowerCase('Council says Residents can apply for grants')).toBe('Council says residents can apply for grants');
    expect(toldInLowerCase('Minister added Every school would get a nurse')).toBe('Minister added every school would get a nurse');
  });

  it('keeps the capital of a name', () => {
    expect(toldInLowerCase('Police said Brannock was questioned twice', () => 'Brannock, a farmer, lived alone.')).toBe('Police said Brannock was questioned twice');
    expect(toldInLowerCase('Coach said Harlow Rovers deserved the win')).toBe('Coach said Harlow Rovers deserved the win');
  });

  it('lowers the told opening in an extracted title', () => {
    const titles = events('2024-09-12', 'Six fishermen were rescued from a sinking trawler off Tarn Head on Tuesday, the coastguard said on Wednesday.').map((e) => e.title);
    for (const t of titles) expect(t).not.toMatch(/said Six/);
    const more = events('2024-09-12', 'Fire crews were called to the mill at dawn. Volunteers said on Monday that Crews had worked through the night.').map((e) => e.title);
    for (const t of more) expect(t).not.toMatch(/said Crews/);
  });
});
