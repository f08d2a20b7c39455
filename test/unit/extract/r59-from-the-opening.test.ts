import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (worst59): a run told "from the opening (day)" or "from the reopening" until a date starts on the day the
// article told the opening on by a verb of opening, even one still ahead; else it runs from publication as before.
// Every sentence here was written for this test.

const at = (published: string, texts: string[], words: string) =>
  events(published, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('r59-from-the-opening: a run from the opening told earlier', () => {
  it('the opening day told in the sentence before, still ahead', () => {
    const texts = ["Haverlow's new seal pool will open to the public on Saturday 11 May. Keeper talks will run from the opening day until 30 June."];
    const e = at('2019-05-01', texts, 'Keeper talks');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-11', '2019-06-30']);
  });

  it('a reopening told a paragraph before', () => {
    const texts = ['The Haverlow mill museum will reopen on 20 May after a long refit.', 'A display of its old grindstones will run from the reopening until 31 August.'];
    const e = at('2019-05-01', texts, 'display of its old grindstones');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-20', '2019-08-31']);
  });

  it('a state of being open is no opening: the run stays from publication', () => {
    const texts = ['The Haverlow cafe will stay open late on 20 May.', 'A display of old menus will run from the opening until 31 August.'];
    const e = at('2019-05-01', texts, 'display of old menus');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-01', '2019-08-31']);
  });
});
