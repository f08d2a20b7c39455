import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 59 (worst59): a run told "from the opening (day)" or "from the reopening" until a date starts on the day the
// article told the opening on by a verb of opening, even one still ahead; else it runs from publication as before.
// Every sentence here was written for this test.

const at = (published: string, texts: string[], words: string) =>
  events(published, ...texts).find((e) => quoteOf(e, texts).includes(words));

describe('r59-from-the-opening: a run from the opening told earlier', () => {
  it('the opening day told in the sentence before, still ahead', () => {
    const texts = ["Haverlow's new otter enclosure opens its gates on Saturday 11 May. Feeding demonstrations are to go on from the opening day till 30 June."];
    const e = at('2019-05-01', texts, 'Feeding demonstrations');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-11', '2019-06-30']);
  });

  it('a reopening told a paragraph before', () => {
    const texts = ['The Haverlow mill museum will reopen on 20 May after a long refit.', 'A show of its old grindstones is on from the reopening until 31 August.'];
    const e = at('2019-05-01', texts, 'show of its old grindstones');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-20', '2019-08-31']);
  });

  it('a state of being open is no opening: the run stays from publication', () => {
    const texts = ['The Haverlow cafe stays open till ten on 20 May.', 'A show of old menus is on from the opening until 31 August.'];
    const e = at('2019-05-01', texts, 'show of old menus');
    expect([e?.date.start, e?.date.end]).toEqual(['2019-05-01', '2019-08-31']);
  });
});
