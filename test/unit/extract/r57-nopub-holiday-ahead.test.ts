import { describe, expect, it } from 'vitest';
import { shortestAt, shortestNoPub } from './event-lookup';

// Round 57 (w57): without a publication date, a holiday told as still to come ("will reopen at Easter") is the
// coming one. When the yearless months the text tells put the writing early in the year, a spring holiday falls in
// the guessed year itself, not the year after; "next Easter" keeps the year after. Flagged either way. Every sentence
// was written for this test; 2031 is the latest year they write.

const story = [
  'The Pellmouth pier, built in 2031, was closed in January after a gale tore away its railings.',
  'Engineers began replacing the deck boards in February.',
  'The pier will reopen at Easter, the council said.',
];

describe('r57-nopub-holiday-ahead: a coming holiday placed against the guessed month of writing', () => {
  it('r57-nopub-holiday-ahead: "will reopen at Easter" in a February story is that year\'s Easter', () => {
    const ev = shortestNoPub(story, 'will reopen at Easter');
    expect(ev.date.start.slice(0, 4)).toBe('2031');
    expect(ev.date.yearUncertain).toBe(true);
  });

  it('r57-nopub-holiday-ahead: "next Easter" stays the year after', () => {
    const texts = [...story.slice(0, 2), 'A cafe will open at the far end next Easter, the council said.'];
    const ev = shortestNoPub(texts, 'next Easter');
    expect(ev.date.start.slice(0, 4)).toBe('2032');
  });

  it('r57-nopub-holiday-ahead: with the publication date, the Easter after it', () => {
    const ev = shortestAt('2033-02-20', story, 'will reopen at Easter');
    expect(ev.date.start).toBe('2033-04-17');
  });
});
