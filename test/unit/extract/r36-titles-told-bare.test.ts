import { describe, expect, it } from 'vitest';
import { patternVerb } from '../../../shared/extract/title';
import { fullerTitle } from '../../../shared/extract/title-context';
import { lastSubject, titleOpening } from '../../../shared/extract/title-syntax';

// Issue 8, point 10: a title is never a telling without its teller ("Said the wind dropped"). A telling verb right
// after an aside set off after the sentence's subject takes that subject, also when the subject's name holds an
// honorific's full stop or a letter past ASCII, when a phrase of circumstance opens the sentence, and when the aside
// holds a number written with a comma; a name too long for the title is told by its family name.

/** The title fullerTitle gives `title`, whose evidence opens at `lead` in `paragraph`. */
function fuller(paragraph: string, title: string, lead: string): string {
  return fullerTitle(title, paragraph, paragraph.indexOf(lead), () => paragraph.slice(0, paragraph.indexOf(lead)), titleOpening, lastSubject, patternVerb);
}

describe('a telling after an aside takes the subject before the aside', () => {
  it('a name with a letter past ASCII', () => {
    const p = 'The river fell overnight. Inspector Zoë Ångström, who is leading the search, said on Tuesday the dogs had found a trail.';
    expect(fuller(p, 'Said the dogs found a trail', 'said on Tuesday')).toBe('Inspector Zoë Ångström said the dogs found a trail');
  });

  it('a fronted phrase of circumstance before the subject', () => {
    const p = 'The shop closed in May. In a letter to the board on Monday, Hilda Marsh, who ran it for 30 years, said she had lost everything.';
    expect(fuller(p, 'Said she lost everything', 'said she')).toBe('Hilda Marsh said she lost everything');
  });

  it('an aside holding a number written with a comma', () => {
    const p = 'The shop closed in May. Hilda Marsh, whose insurer paid out £12,000, said the flood had ruined her stock.';
    expect(fuller(p, 'Said the flood ruined her stock', 'said the')).toBe('Hilda Marsh said the flood ruined her stock');
  });

  it('a name too long for the title is told by its family name', () => {
    const p = 'The vote was close. Alderman Mr. J. R. Pellow, who has chaired the committee since 1990, said on Friday that the hall would lose its old market.';
    expect(fuller(p, 'Said the hall would lose its old market', 'said on Friday')).toBe('Pellow said the hall would lose its old market');
  });

  it('keeps a telling whose subject is not set off before it', () => {
    const p = 'The vote was close, and after the count the clerk left the hall and said the result would stand.';
    expect(fuller(p, 'Said the result would stand', 'said the')).not.toMatch(/^Hall said/);
  });
});
