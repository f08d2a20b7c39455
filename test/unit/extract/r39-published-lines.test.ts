import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { findPublished } from '../../../shared/extract/published';

// Round 39: more of the lines where an article says when it went out, so that fewer articles open with no date. Every
// line here was written for this test.

const para = (id: string, text: string, role: Paragraph['role'] = 'body'): Paragraph => ({ id, role, text });
const article = (...texts: string[]): Paragraph[] => [para('p1', 'Footbridge at Rill Lane to close', 'title'), ...texts.map((t, i) => para(`p${i + 2}`, t))];
const found = (...texts: string[]) => findPublished(article(...texts))[0];

describe('an "Issued …" sentence after the issuer\'s name, at the top', () => {
  it('reads the date, with or without its weekday and "on"', () => {
    expect(found('Kelham Police, media desk. Issued Monday 3 March 2014.', 'The bridge will close.')).toMatchObject({ date: '2014-03-03', source: 'release-date' });
    expect(found('Harbour Board press office. Released Tuesday, 8 April 1997', 'The bridge will close.')?.date).toBe('1997-04-08');
    expect(found('Office of the Mayor of Dunmore. Published on 12 June 2003.', 'The bridge will close.')?.date).toBe('2003-06-12');
  });

  it('not a clause that only opens on such a word, nor a date told in a sentence of the story', () => {
    expect(found('Released on 3 June 1998, the album sold a million copies.', 'It was his last.')).toBeUndefined();
    expect(found('The council met. It issued a warning on 3 June 1998 about the bridge.', 'It was closed.')).toBeUndefined();
  });
});

describe('a header line that sets a section, a date and a byline side by side', () => {
  it('reads the piece that is only a date', () => {
    expect(found('Opinion | Thursday 2 October 2008 | By Ann Lee', 'The bridge will close.')).toMatchObject({ date: '2008-10-02', source: 'date-line' });
    expect(found('Sport · 14 March 2021 · Tom Vale', 'The bridge will close.')?.date).toBe('2021-03-14');
    expect(found('Local news • Words by Per Hall • May 9, 2016', 'The bridge will close.')?.date).toBe('2016-05-09');
  });

  it('not a date inside a longer piece', () => {
    expect(found('Scores | Teams that won on 14 March 2021 | More', 'The bridge will close.')).toBeUndefined();
  });
});

describe('a notice signed with a name and an office, closing on its date', () => {
  it('reads the date in the last paragraph', () => {
    const body = 'The road will shut on Monday for repairs.';
    expect(findPublished(article(body, 'P. Harlow, Clerk to the Council 3 February 2016'))[0]).toMatchObject({ date: '2016-02-03', source: 'sign-off' });
    expect(found(body, 'Mary Stone, Chief Executive, Orley Water 17 August 2009.')?.date).toBe('2009-08-17');
    expect(found(body, 'By order of the Board, T. Vance, Secretary 1 May 1987')?.date).toBe('1987-05-01');
  });

  it('not a sentence of the story, a headline-cased clause, or a line above the last', () => {
    const body = 'The road will shut on Monday for repairs.';
    expect(found(body, 'The exhibition closes on 3 February 2016')).toBeUndefined();
    expect(found(body, 'Tickets Go On Sale 3 February 2016')).toBeUndefined();
    expect(found(body, 'P. Harlow, Clerk to the Council 3 February 2016', 'Residents may write to the council with their views.')).toBeUndefined();
  });
});
