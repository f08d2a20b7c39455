import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 59 (then59): a past-perfect flashback opened by a day counted back from the story's day, and a second count
// back told beside it in the same sentence, both count from the story's day (parallel clauses share their origin), not
// the second from the first. Sentences written for this test.

const PUBLISHED = '2019-03-20';
const story = 'The Halvik lifeboat was launched at dawn on March 14, 2019.';

describe('r59-sibling-count-back: two counts back in one flashback sentence', () => {
  it('r59-sibling-count-back: "the night before" after "three days before" counts from the story day', () => {
    const texts = [story, 'The trawler had lost power three days before, and its skipper had radioed the coastguard the night before.'];
    expect(shortestAt(PUBLISHED, texts, 'lost power').date).toMatchObject({ start: '2019-03-11' });
    expect(shortestAt(PUBLISHED, texts, 'radioed the coastguard').date).toMatchObject({ start: '2019-03-13' });
    expect(shortestNoPub(texts, 'radioed the coastguard').date).toMatchObject({ start: '2019-03-13' });
  });

  it('r59-sibling-count-back: a flashback day written out is still what the count beside it goes from', () => {
    const texts = [story, 'The trawler had lost power on March 10, and its skipper had radioed the coastguard the night before.'];
    expect(shortestAt(PUBLISHED, texts, 'radioed the coastguard').date).toMatchObject({ start: '2019-03-09' });
  });
});
