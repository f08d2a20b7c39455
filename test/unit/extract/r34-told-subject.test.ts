import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';
import { finishTitle, titleDraft } from '../../../shared/extract/title';

// A telling that names whom it told ("told the court", "told investigators", "warned residents") and then what was
// told, with its own subject and no "that" between them (or one the title drops): the tagger's pass read the told
// clause from whom it was told, took that noun phrase for the clause's subject and lost the clause's own ("X told
// the court visited the site", "X told reporters began to fall"). Every sentence here was written for this test.

const PUB = '2024-03-14';

function titlesOf(text: string): string[] {
  const paragraphs: Paragraph[] = [{ id: 'p1', role: 'body', text } as Paragraph];
  return extractEvents(paragraphs, { published: PUB }).map((e) => e.title);
}

const made = (clause: string) => {
  const drafted = titleDraft(clause, { telling: true });
  return finishTitle(drafted.title, drafted);
};

describe("a telling that names whom it told keeps the told clause's own subject", () => {
  it.each([
    ['A neighbour, Rosa Lind, told the inquiry she had heard shouting on March 2.', /told the inquiry she heard shouting/],
    ['A witness, Tom Hale, told police he saw two men on the roof on Friday.', /told police he saw two men/],
    ['The pilot told air traffic controllers he had lost an engine on Tuesday.', /told air traffic controllers he lost an engine/],
    ['The ferry captain, Olga Strand, told the harbour board she had turned back twice that week on Monday.', /told the harbour board she turned back/],
  ])('“%s”', (text, title) => {
    const all = titlesOf(text);
    expect(all.some((t) => title.test(t)), all.join(' | ')).toBe(true);
    // Never the teller and whom it told run straight into the told clause's verb.
    for (const t of all) expect(t).not.toMatch(/told (?:the inquiry|police|air traffic controllers|the harbour board) (?:heard|saw|lost|turned)\b/);
  });

  it.each([
    ['The engineer warned residents the old bridge could close', 'Engineer warned residents the old bridge could close'],
    ['The coach told his players their season had ended', 'Coach told his players their season ended'],
    ['A clerk assured voters every ballot would be counted by hand', 'Clerk assured voters every ballot would be counted by hand'],
  ])('the tagger keeps both noun phrases: “%s”', (clause, title) => {
    expect(made(clause)).toBe(title);
  });

  it('a long one names the person by the name after the post, not a fragment', () => {
    const t = made('President Ada Brook told parliament she would sign no such treaty while in office');
    expect(t).toBe('Ada Brook told parliament she would sign no such treaty');
  });

  it("a body's name is not cut to its last two words", () => {
    const t = made('The World Meteorological Organization said it recorded the warmest March for the northern hemisphere on record');
    expect(t).toMatch(/^World Meteorological Organization said/);
  });

  it('"told reporters crews replaced …" (a noun told to, then the told subject) is read as before', () => {
    expect(made('Mayor Jan Holt told reporters crews replaced the pipe')).toBe('Mayor Jan Holt told reporters crews replaced the pipe');
  });
});
