import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { finishTitle, titleDraft } from '../../../shared/extract/title';

// A telling whose told clause has an aside set off by commas between its subject and its verb ("said the new
// coalition, which holds two seats, could collapse"): the title stopped on the told clause's subject ("Economists
// said the new coalition"), its verb lost past the aside, whether the clause was cut before the aside (a relative
// clause, a participle phrase) or the title was cut at the aside's comma. Every sentence here was written for this test.

const PUB = '2024-03-14';

function eventsOf(text: string) {
  const paragraphs: Paragraph[] = [{ id: 'p1', role: 'body', text } as Paragraph];
  return extractEvents(paragraphs, { published: PUB });
}

const made = (clause: string) => {
  const drafted = titleDraft(clause, { telling: true });
  return finishTitle(drafted.title, drafted);
};

describe("a telling's title keeps the told clause's verb past an aside after its subject", () => {
  it.each([
    // A relative clause after the told subject, the telling dated before "that".
    ['Engineers said on Tuesday that the old viaduct, which opened in 1890, would be closed in May.', 'Engineers said the old viaduct would be closed'],
    // The telling undated, the told clause dated after the aside.
    ['Economists said the new coalition, which holds a majority of two seats, could collapse before the summer.', 'Economists said the new coalition could collapse'],
    // "whose" opening the aside, and a modal verb after it.
    ['The harbour master said on Friday that the old ferry, whose engines failed twice last winter, would be sold.', 'Harbour master said the old ferry would be sold'],
  ])('“%s”', (text, title) => {
    const titles = eventsOf(text).map((e) => e.title);
    expect(titles, titles.join(' | ')).toContain(title);
    // Never the teller and the told clause's subject alone.
    for (const t of titles) expect(t).not.toMatch(/said the (?:old viaduct|new coalition|old ferry)$/);
  });

  it('a phrase after the told subject that holds a date of its own', () => {
    const titles = eventsOf('The museum said the letters, from a collection first catalogued in 1931, were almost certainly genuine.').map((e) => e.title);
    expect(titles, titles.join(' | ')).toContain('Museum said the letters were almost certainly genuine');
  });

  it.each([
    ['The board said the two reactors, the oldest in the country, will be shut down', 'Board said the two reactors will be shut down'],
    ['Tom Reed said the stadium’s new stand, built by a local firm, would open', 'Tom Reed said the stadium’s new stand would open'],
    ["The council said the footbridge, damaged by last winter's storms, would reopen", 'Council said the footbridge would reopen'],
    ['Police said the driver of the lorry, a man from the town, had been arrested', 'Police said the driver of the lorry was arrested'],
  ])('the tagger reads past the aside: “%s”', (clause, title) => {
    expect(made(clause)).toBe(title);
  });

  it.each([
    // "and" opens a second clause, not an aside: nothing runs on.
    ['The mayor said on Monday that the bridge, and the road beside it, would close in June.'],
    // What was told has its verb before the comma: the title is left as it was.
    ['The coach said on Sunday that the team played well, which pleased the owners, and would rest in May.'],
  ])('no run-on where the told clause is no subject before an aside: “%s”', (text) => {
    for (const e of eventsOf(text)) expect(e.title.split(' ').length).toBeLessThanOrEqual(10);
  });

  it('only the title changes: the telling keeps its day, what was told its own', () => {
    const events = eventsOf('Engineers said on Tuesday that the old viaduct, which opened in 1890, would be closed in May.');
    const dates = events.map((e) => e.date.start).sort();
    expect(dates).toEqual(['1890', '2024-03-12', '2024-05'].sort());
  });
});
