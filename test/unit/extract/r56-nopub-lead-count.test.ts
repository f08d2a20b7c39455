import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Round 56 (w56): without a publication date, a headline or lead that counts the years of a stretch ending in the
// story ("shuts up shop after 54 years", "blooms again after 31 years") names the year of writing from the year the
// body marks as the run's start ("opened the shop in 1969") or the gap's last time ("last flowered there in 1990"),
// when that sentence names the same thing as the headline or lead. Every date resting on it stays flagged.
// Sentences written for this test.

function nopubWithTitle(title: string, body: string[]): { all: NewslineEvent[]; texts: string[] } {
  const texts = [title, ...body];
  const paragraphs = texts.map((text, i) => ({ id: `p${i + 1}`, text, ...(i === 0 ? { role: 'title' } : {}) }) as Paragraph);
  return { all: extractEvents(paragraphs, { published: null }), texts };
}

function yearOf(title: string, body: string[], words: string): string | undefined {
  const { all, texts } = nopubWithTitle(title, body);
  const found = all.filter((e) => {
    const a = e.evidence[0];
    return texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end).includes(words);
  });
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  expect(found[0].date).toMatchObject({ yearUncertain: true });
  return found[0].date?.start.slice(0, 4);
}

describe('r56-nopub-lead-count: a run counted in the headline, its start in the body', () => {
  it('r56-nopub-lead-count: "shuts up shop after 54 years" with "opened the shop in 1969" is 2023', () => {
    const y = yearOf(
      "Quillmont's clock repairer shuts up shop after 54 years",
      [
        'Mr Tamble will turn the sign on his clock repair shop in Bellhaven Lane for the last time on Saturday.',
        'He opened the shop in 1969 with tools bought from a retiring watchmaker.',
        'A new front window went in during 1998.',
        'He mended the town hall clock on Tuesday.',
      ],
      'mended the town hall clock',
    );
    expect(y).toBe('2023');
  });

  it("r56-nopub-lead-count: another thing's opening, which the headline does not name, counts nothing", () => {
    const y = yearOf(
      'Ferry skipper steps ashore after 30 years',
      ['Hamlin Corriland steers the Dunstray ferry on its final crossing on Friday.', 'A yacht marina opened beside the bay in 1985.', 'The harbour wall was rebuilt in 2001.', 'He carried a wedding party over on Monday.'],
      'carried a wedding party',
    );
    expect(y).not.toBe('2015');
  });
});

describe('r56-nopub-lead-count: a gap closed now, counted from its last time before', () => {
  it('r56-nopub-lead-count: "blooms again after 31 years" with "last flowered there in 1990" is 2021', () => {
    const y = yearOf(
      'Ghost orchid blooms again after 31 years',
      [
        'A ghost orchid has flowered in a beech wood above Stennaford.',
        'The orchid last flowered there in 1990, when a warden photographed a single spike.',
        'The wood was bought by a trust in 2004.',
        'Volunteers fenced the plants on Monday.',
      ],
      'fenced the plants',
    );
    expect(y).toBe('2021');
  });

  it('r56-nopub-lead-count: "for the first time in 25 years" with "held every spring until 1996" is 2021', () => {
    const y = yearOf(
      'Pancake race back on the Marrowfen green',
      [
        'The Marrowfen pancake race will be run on the green on Tuesday for the first time in 25 years.',
        'The race was held every spring until 1996, when the green was dug up for a drain.',
        'The old pans were found in a church cupboard in 2008.',
        'The parish council agreed the date on Wednesday.',
      ],
      'agreed the date',
    );
    expect(y).toBe('2021');
  });
});

describe('r56-nopub-lead-count: a later sentence telling a day near the writing may count too', () => {
  it('r56-nopub-lead-count: "erupted on Nov. 14, its first eruption in 33 years" with "last erupted in May 1988" is 2021', () => {
    const y = yearOf(
      'Ash falls on villages below the mountain',
      [
        'Families below the Corrach peak were moved to a school hall as ash fell on their roofs.',
        'The road to the upper farms was shut by the police.',
        'The volcano erupted on Nov. 14, its first eruption in 33 years, sending a plume over the valley.',
        'Corrach last erupted in May 1988, when a lava flow cut the coast road.',
        'A new harbour wall was finished in 1995.',
        'Scientists flew over the crater on Sunday.',
      ],
      'flew over the crater',
    );
    expect(y).toBe('2021');
  });
});
