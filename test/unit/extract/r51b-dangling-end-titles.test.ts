import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. A cut (of the date's words, or to fit ten words) that leaves the
// title on a dangling word is mended from the evidence (title-dangling-end.ts): an infinitive's closing "to" the
// sentence ends on is kept, a helping verb joined after a whole clause goes, and a told clause cut after its
// copula gets back a short complement that holds no time.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r51b-dangling-end-titles: a title does not end on a word the cut left dangling', () => {
  it('r51b-dangling-end-titles: an infinitive the sentence closes on keeps its "to"', () => {
    const texts = ['"From Monday the fishermen won\'t need to."'];
    expect(titleAt(texts, 'need to')).toMatch(/won't need to$/);
  });

  it('r51b-dangling-end-titles: "not to" closing a told clause stays, or the title says the opposite', () => {
    const texts = ['Its chairman, Tor Vennick, said on Monday evening that he would urge the council not to, and that he expected to win.'];
    expect(titleAt(texts, 'urge the council')).toMatch(/urge the council not to$/);
  });

  it('r51b-dangling-end-titles: a helping verb joined after a whole clause goes with its complement', () => {
    const texts = ['The ferry was launched in 1903 and was for over eighty years the sole crossing of the lower Kell.'];
    const title = titleAt(texts, 'was launched');
    expect(title).toBe('Ferry was launched');
  });

  it('r51b-dangling-end-titles: a told copula gets back its short complement', () => {
    const texts = ['The keeper, Dr Brannock, said on Friday the ledger was in "astonishingly good order" apart from mould on the last leaves.'];
    expect(titleAt(texts, 'ledger')).toMatch(/said the ledger was in astonishingly good order$/);
  });

  it('r51b-dangling-end-titles: a told copula one word over ten drops the told clause\'s articles to keep its complement', () => {
    const texts = ['The keeper, Dr Ilse Brannock, said the ledger was in "astonishingly good order" apart from mould on the last few leaves.'];
    expect(titleAt(texts, 'ledger')).toBe('Dr Ilse Brannock said ledger was in astonishingly good order');
  });

  it('r51b-dangling-end-titles: a copula keeps the particle that says where a thing will be', () => {
    const texts = ['"They tell me the roof will be on by the middle of June," Mr Corvell said on Tuesday.'];
    expect(titleAt(texts, 'roof will be')).toMatch(/the roof will be on$/);
  });

  it('r51b-dangling-end-titles: "to" opening a quotation is no infinitive closed', () => {
    const texts = ['The judge said on Monday the club had lost its licence to "a careless habit of forgetting forms".'];
    expect(titleAt(texts, 'lost its licence')).not.toMatch(/\bto$/);
  });

  it('r51b-dangling-end-titles: a complement that holds a time is not given back', () => {
    const texts = ['Their last win over the rovers was on Boxing Day, and nobody at the club expects another soon.'];
    expect(titleAt(texts, 'last win')).not.toMatch(/Boxing|Day/);
  });
});
