import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 48 (a48): a year counted back inside a quotation is the speaker's, not the narrator's (sentences written for
// this test).

describe('r48-a48-quoted-ago: "… five years ago," said X, whose … on 2 May', () => {
  it('a day in the attribution after the quote is not put in the quoted year', () => {
    const texts = ['"I almost sold the boat five years ago," said Hale, whose grandson was born on 2 May. "Now I never will."'];
    const e = shortestAt('2011-06-20', texts, 'grandson was born');
    expect(e.date.start).toBe('2011-05-02');
  });

  it('a day inside the same quotation still takes the quoted year', () => {
    const texts = ['"Five years ago we sank on 2 May and swam ashore," said Hale.'];
    expect(shortestAt('2011-06-20', texts, 'we sank').date.start).toBe('2006-05-02');
  });
});
