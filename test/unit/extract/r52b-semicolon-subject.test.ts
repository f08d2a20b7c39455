import { describe, expect, it } from 'vitest';
import { lastSubject } from '../../../shared/extract/title-syntax';
import { shortestAt } from './event-lookup';

// A verb joined by "and" takes the subject of the clause it ends; a semicolon closes a sentence of its own, so no
// clause before it lends its subject when the clause after it gives none the finder can read.

const PUB = '2024-06-14';

describe('r52b-semicolon-subject: no subject from across a semicolon', () => {
  it('r52b-semicolon-subject: the finder stops at the semicolon', () => {
    expect(lastSubject('The first warden of the marsh, Yelvert Baskette, retired in 1988; his successor, Yssa Strackby, left for Lisbon in 1994 and')).toBeNull();
  });

  it('r52b-semicolon-subject: the title does not name the first clause\'s subject', () => {
    const texts = ['The first warden of the marsh, Yelvert Baskette, retired in 1988; the next warden, Yssa Strackby, moved to Lisbon in 1994 and wrote a book about its herons in 2001.'];
    const title = shortestAt(PUB, texts, 'wrote a book').title;
    expect(title).not.toMatch(/warden of the marsh wrote|first warden wrote/i);
    expect(title).toMatch(/wrote a book/);
  });

  it('r52b-semicolon-subject: a clause after the semicolon still gives its own subject', () => {
    expect(lastSubject('The ferry stopped in May; the harbour board sold the boat in June and')?.subject).toMatch(/harbour board/);
  });
});
