import { describe, expect, it } from 'vitest';
import { namedSubject, resolvedPronoun } from '../../../shared/extract/title-context';
import { clauseSubject, soleCandidate } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who. A pronoun opening a title is given its antecedent's name when the text makes
// it clear, and kept when it does not.

/** The title resolvedPronoun gives `title`, whose evidence opens at `lead` in `paragraph`. */
function resolved(paragraph: string, title: string, lead: string): string {
  const start = paragraph.indexOf(lead);
  return resolvedPronoun(title, paragraph, start, paragraph.length, clauseSubject, soleCandidate);
}

describe('a teller that told of itself by the pronoun is what the next sentence\'s pronoun stands for', () => {
  it('names a body that said "it" would do something', () => {
    expect(resolved('Harlow Motors said on Monday that it would shut its plant in Dell. Its shares fell 5 percent.', 'Its shares fell 5 percent', 'Its shares')).toBe("Harlow Motors's shares fell 5 percent");
    expect(resolved('The Orrin Valley Trust said last week that it had bought the farm. It will open the land to walkers.', 'It will open the land to walkers', 'It will')).toBe('Orrin Valley Trust will open the land to walkers');
    expect(resolved('The Pellan Mining Company announced that it had found copper near Orsk. It will open a mine there.', 'It will open a mine there', 'It will')).toBe('Pellan Mining Company will open a mine there');
  });

  it('names a group that said "they" would, and a body named after its noun', () => {
    expect(resolved('Dock workers in Varne said on Tuesday that they would not accept the offer. They walked out on Wednesday.', 'They walked out on Wednesday', 'They walked')).toBe('Dock workers walked out on Wednesday');
    expect(resolved('The carrier, Norvik Air, said on Friday that it would drop the route. Its chief executive resigned.', 'Its chief executive resigned', 'Its chief')).toBe("Norvik Air's chief executive resigned");
  });

  it('keeps the pronoun when what was told has a subject of its own', () => {
    // "the regulator" or "the talks" may be what the pronoun stands for as well as the teller.
    expect(resolved('Harlow Motors said the regulator would rule in May. It will appeal.', 'It will appeal', 'It will')).toBe('It will appeal');
    expect(resolved('The union said on Monday that the talks had failed. They will resume next week.', 'They will resume next week', 'They will')).toBe('They will resume next week');
  });

  it('keeps the pronoun after a telling that follows another verb of the same subject', () => {
    // "it" is the mill, the first verb's object, not the inspectors.
    expect(resolved('Inspectors visited the mill and confirmed that it was unsafe. It closed in May.', 'It closed in May', 'It closed')).toBe('It closed in May');
  });

  it('keeps an "it" that stands for nothing', () => {
    expect(resolved('The weather office said that it would rain all week. It rained.', 'It rained', 'It rained')).toBe('It rained');
    expect(resolved('The weather office said that it would snow in the hills. It will snow again on Friday.', 'It will snow again on Friday', 'It will')).toBe('It will snow again on Friday');
    expect(resolved('Harlow Motors said that it would cut jobs. It is expected that the plant will close.', 'It is expected that the plant will close', 'It is expected')).toBe('It is expected that the plant will close');
  });

  it('keeps the pronoun when the teller is a pronoun itself', () => {
    expect(resolved('She said that it would be hard. It closed in May.', 'It closed in May', 'It closed')).toBe('It closed in May');
  });

  it('names the teller in a whole article', () => {
    const text = 'The Marrow Gate Brewery said on Tuesday that it would close its oldest malt house. It will sell the building next year.';
    const titles = events('2024-03-05', text).map((e) => e.title);
    expect(titles.some((t) => /^(?:The )?Marrow Gate Brewery will sell the building/.test(t))).toBe(true);
  });
});

describe('a person named as the subject of the sentence just before the title\'s', () => {
  it('is the "he" or "she" opening the next sentence', () => {
    expect(namedSubject('She retired', 'Ingrid Solberg ran the village bakery for forty years. On Monday she')).toBe('Ingrid Solberg retired');
    expect(namedSubject('He sailed for Orvik', 'Anton Bergmann spent the winter on the boat. In April ')).toBe('Anton Bergmann sailed for Orvik');
  });

  it('is one whose aside says whose things the sentence is about', () => {
    expect(namedSubject('He was 91', 'Tobias Marsh, whose ferries crossed the fjord for half a century, died on Sunday in Lorne. ')).toBe('Tobias Marsh was 91');
    expect(namedSubject('She was born in Kell', 'Hedda Morrow, whose quilts hang in the county museum, died on Monday. ')).toBe('Hedda Morrow was born in Kell');
  });

  it('is not one with another name between, nor a body', () => {
    expect(namedSubject('He retired', 'Tobias Marsh sold the ferry company in 1990. Greta Lind bought it. ')).toBe('He retired');
    expect(namedSubject('He resigned', 'Harwick Ferries cut its timetable in May. ')).toBe('He resigned');
    // Two sentences back, with no pronoun of the text's own between, is too far to be sure.
    expect(namedSubject('He resigned', 'Anton Bergmann spent the winter on the boat. The harbour froze in January. In April ')).toBe('He resigned');
  });
});

describe('the teller of a told clause that opens on its pronoun', () => {
  it('takes a possessive as its own', () => {
    expect(resolved('Harlow Motors said on Monday that its profit fell by a third.', 'Its profit fell by a third', 'its profit')).toBe("Harlow Motors's profit fell by a third");
    expect(resolved('The Orrin Valley Trust said last week that its membership had doubled.', 'Its membership doubled', 'its membership')).toBe("Orrin Valley Trust's membership doubled");
    expect(resolved('Kessel Rail announced that its trains would run again from Monday.', 'Its trains would run again', 'its trains')).toBe("Kessel Rail's trains would run again");
  });

  it('is a name with a plural\'s possessive mark in it', () => {
    expect(resolved("The Brewery Workers' Union said it would meet the new owners.", 'It would meet the new owners', 'it would')).toBe("Brewery Workers' Union would meet the new owners");
    expect(resolved("The Dockers' Guild said on Friday that it would strike.", 'It would strike', 'it would')).toBe("Dockers' Guild would strike");
    expect(resolved("The Growers' Co-operative said it had sold the orchard.", 'It sold the orchard', 'it had')).toBe("Growers' Co-operative sold the orchard");
  });

  it('is no teller the pronoun cannot stand for', () => {
    // A person is never "it"; a plural is never "it".
    expect(resolved('Mrs. Rusek said that it had been sold.', 'It was sold', 'it had')).toBe('It was sold');
    expect(resolved('Dr Anna Rusek said on Monday that its roof had fallen in.', 'Its roof fell in', 'its roof')).toBe('Its roof fell in');
    expect(resolved('The farmers said that it would rain.', 'It would rain', 'it would')).toBe('It would rain');
  });
});
