import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 34 (lead): a past form that is also the present and the participle ("shut", "cut", "set") after a linking verb
// or an auxiliary is no past verb: "will stay shut until Thursday" is still ahead. Sentences written for this test.

const PUB = '2005-06-01'; // a Wednesday

describe('"stay shut until <weekday>" after "will" runs from publication to that day', () => {
  it.each([
    ['The gallery will stay shut until Friday.', 'gallery will stay shut', '2005-06-03'],
    ['The museum will stay shut until Thursday, the trust said.', 'museum will stay shut', '2005-06-02'],
    ['The bridge will be shut until Friday while engineers inspect it.', 'bridge will be shut', '2005-06-03'],
    ['The ferry terminal will remain shut until Monday.', 'terminal will remain shut', '2005-06-06'],
  ])('%s', (text, words, end) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date).toMatchObject({ start: PUB, end });
  });
});

describe('the same form as the clause\'s own verb is still past', () => {
  it.each([
    ['The council cut the grant on Tuesday.', 'council cut the grant', '2005-05-31'],
    ['The club shut its doors on Monday.', 'club shut its doors', '2005-05-30'],
  ])('%s', (text, words, day) => {
    expect(shortestAt(PUB, [text], words).date).toMatchObject({ start: day });
  });
});
