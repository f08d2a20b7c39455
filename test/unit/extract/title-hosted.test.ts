import { describe, expect, it } from 'vitest';
import { fullerTitle, hostedTitle, namedObject, namedSubject, repeatedTitle } from '../../../shared/extract/title-context';
import { clauseParts, clauseSubject, lastSubject, phraseFragment, titleOpening } from '../../../shared/extract/title-syntax';
import { makeTitle, patternVerb } from '../../../shared/extract/title';

// Issue 8 point 10: a title is never a fragment. A phrase cut from its clause with the date ("At the clinic",
// "Except", "And") is told with the clause it hangs on. Sentences written for these tests.

describe('phraseFragment', () => {
  it('finds a phrase with no verb that opens on a preposition or an adverb', () => {
    expect(phraseFragment('At the old ferry terminal', patternVerb)).toBe('phrase');
    expect(phraseFragment('Down from 12 percent', patternVerb)).toBe('phrase');
    expect(phraseFragment('Twice because of fog', patternVerb)).toBe('phrase');
    expect(phraseFragment('Closest to the coast at dawn', patternVerb)).toBe('phrase');
    expect(phraseFragment('- by post to the parish office', patternVerb)).toBe('phrase');
    expect(phraseFragment('Except', patternVerb)).toBe('except');
    expect(phraseFragment('But', patternVerb)).toBe('joint');
  });

  it('leaves a noun phrase naming a happening, and a title with its verb', () => {
    expect(phraseFragment('Collapse of the old pier', patternVerb)).toBeNull();
    expect(phraseFragment('In old age he painted', patternVerb)).toBeNull();
    expect(phraseFragment('About half of the boats stayed in port', patternVerb)).toBeNull();
  });
});

describe('clauseParts', () => {
  it('gives the subject, the verb group, its negated form and the object', () => {
    expect(clauseParts('The library is open from 9 am to 6 pm,')).toMatchObject({ subject: 'The library', verbs: 'is open', negated: 'is not open' });
    expect(clauseParts('Wheat prices fell 3 percent in May from a year before,')).toMatchObject({ subject: 'Wheat prices', verbs: 'fell', object: '3 percent' });
    expect(clauseParts('The ferry will sail closest to the island')?.object).toBe('');
  });

  it('gives nothing for a text with no verb', () => {
    expect(clauseParts('The old pier and the boat sheds')).toBeNull();
  });
});

describe('hostedTitle', () => {
  const hosted = (title: string, paragraph: string, evidence: string) => hostedTitle(title, paragraph, paragraph.indexOf(evidence), patternVerb);

  it('titles a clause of its own inside the phrase', () => {
    const p = 'Hundreds of farmers blocked the ring road on Friday, in the longest blockade since the new tax took effect two years ago.';
    expect(hosted('In the longest blockade', p, 'in the longest blockade')).toBe('New tax took effect');
  });

  it('tells the phrase with the subject and verb of the clause it hangs on', () => {
    const p = 'The inspector, a retired engineer from the coast, was at the pumping station on Monday, and at the dam the following day.';
    expect(hosted('At the dam', p, 'at the dam the following day')).toBe('Inspector was at the dam');
    const q = 'Bread prices climbed 4.2 percent in March from a year before, the bureau said, down from 5.1 percent in February.';
    expect(hosted('Down from 5.1 percent', q, 'down from 5.1 percent in February')).toBe('Bread prices climbed 4.2 percent, down from 5.1 percent');
  });

  it('cuts the phrase at a preposition to fit ten words, never leaving the word that led on', () => {
    const p = 'The regional match had already been delayed twice: first by a burst pipe, and again on 2 May because of heavy snow.';
    expect(hosted('Again because of heavy snow', p, 'again on 2 May because of heavy snow')).toBe('Regional match had already been delayed again');
  });

  it('says the clause does not hold for "except", of a relative clause\'s antecedent', () => {
    const p = 'Tenants may write to the housing office, which is open from 10 am to 3 pm on weekdays, except on 1 May.';
    expect(hosted('Except', p, 'except on 1 May')).toBe('Housing office is not open');
    const q = 'Visitors can ring the harbour desk on 0161 555 0199, which is staffed every day, except on 24 December.';
    expect(hosted('Except', q, 'except on 24 December')).toBe('Harbour desk is not staffed');
  });

  it('gives a conjunction alone the clause before it', () => {
    const p = 'The two walkers built a shelter of branches three days later, in the evening, and a gale kept them there.';
    expect(hosted('And', p, 'in the evening, and')).toBe('Two walkers built a shelter of branches');
  });

  it('leaves a noun phrase naming a happening as it is', () => {
    const p = 'After the collapse of the old pier in 1988, the town built a new one.';
    expect(hosted('Collapse of the old pier', p, 'After the collapse of the old pier in 1988')).toBe('Collapse of the old pier');
  });
});

describe('repeatedTitle and "both"', () => {
  it('takes the title before for "both", its dates gone', () => {
    expect(repeatedTitle('Both', 'Members may vote at two hustings')).toBe('Members may vote at two hustings');
  });
});

describe('"by then" is kept with its preposition, and the aside it opens goes', () => {
  it('does not leave "by" leading nowhere', () => {
    expect(makeTitle('Okafor, by then promoted to captain, sailed the last convoy home and refused any medal.')).toBe('Okafor sailed the last convoy home and refused any medal');
    expect(makeTitle('The mill, by then owned by a bank, closed')).toBe('Mill closed');
  });
});

describe('who a pronoun stands for', () => {
  it('never gives "it" a name set off with an age', () => {
    expect(clauseSubject('Marek, 52, recorded “Grey Hills” in 1980.', false, false)).toBeNull();
  });

  it('does not read the kind of a name from a pronoun inside a quotation, nor name a quoted pronoun by its teller', () => {
    const before = 'The chess master Pavel Hrun died on Friday. His pupils included the champion Nadia Vell, who visited him often.\n\n"';
    expect(namedSubject('He loved the endgame', before)).toBe('He loved the endgame');
  });

  it('passes over a name told through another person\'s "her": the text goes on about that person', () => {
    const before = 'Sara Lind, an architect, designed nine schools. "She never used a computer," said Eva Moss, who worked in her studio for years.\n\nSeveral of her schools were later pulled down. ';
    expect(namedSubject('She wrote to the council each time', before)).toBe('Sara Lind wrote to the council each time');
  });
});

describe('a quotation\'s teller', () => {
  it('is not who a later "she" stands for when the text goes on about someone of that kind named often', () => {
    const before = 'Irma Falk, the weaver, died on Monday. Falk learned to weave at nine. Falk sold her first rug in 1950, and she never retired. Falk taught until 2001.\n\n"She could name every dye she ever used," said Tove Lund, the museum\'s curator.\n\n';
    expect(namedSubject('She gave her looms to the museum', before)).toBe('Falk gave her looms to the museum');
  });
});

describe('a telling too long to title whole', () => {
  it('is titled by what was told when that is whole', () => {
    expect(makeTitle('The Orlen regional water and sewerage authority said the reservoir was built to hold 9 million litres of water.')).toBe('Reservoir was built to hold 9 million litres of water');
  });

  it('is not cut before the infinitive its last noun takes', () => {
    expect(makeTitle('Maria Sandoval, a historian at the Ostrand Institute, says one of the governor\'s greatest feats was his ability to quietly keep the province out of two wars.')).toMatch(/…$|to quietly keep/);
  });

  it('is titled by its subject, verb and object when a name set off after the subject says who', () => {
    expect(makeTitle('Its chairman, Tomas Ekdal, told journalists that the 4 percent offer made on Monday was "an insult to every driver in the country."')).toBe('Tomas Ekdal told journalists');
  });
});

describe('fullerTitle, a verb after a comma', () => {
  const fuller = (title: string, paragraph: string, evidence: string) => {
    const start = paragraph.indexOf(evidence);
    return fullerTitle(title, paragraph, start, () => paragraph.slice(0, start), titleOpening, lastSubject, patternVerb);
  };

  it('gives a listed verb with an object the subject of the list', () => {
    const p = 'The crew painted the hull in May, launched it in June and sailed it to Orsk in July.';
    expect(fuller('Launched it', p, 'launched it in June')).toBe('The crew launched it');
    const q = 'Why did the pier close? The town, which had owned the pier since 1890, sold it the next year.';
    expect(fuller('Sold it', q, 'sold it the next year')).toBe('The town sold it');
  });

  it('gives an -ing form closing a clause that clause\'s subject and helping verb', () => {
    const p = 'The baths will be shut for repairs from 3 March to 10 April, reopening 11 April.';
    expect(fuller('Reopening', p, 'reopening 11 April.')).toBe('The baths will reopen');
  });
});

describe('a telling too long to title whole, its teller by its head noun', () => {
  it('keeps the teller when teller and what was told fit ten words', () => {
    expect(makeTitle('The Western Isles Ferry and Harbour Company announced that the new ferry would carry 90 cars from next spring.')).toMatch(/^[A-Z][a-z]+(?: [A-Z][a-z]+)* announced (?:the )?new ferry would carry 90 cars$/);
  });
});

describe('a name alone', () => {
  const hosted = (title: string, paragraph: string, evidence: string) => hostedTitle(title, paragraph, paragraph.indexOf(evidence), patternVerb);

  it('is told with the clause before it', () => {
    const p = 'ORSK -- Flood relief offices in Varn and Tull will be closed Monday, May 26, for Remembrance Day, the Northern Relief Board announced today.';
    expect(hosted('Northern Relief Board', p, 'for Remembrance Day, the Northern Relief Board')).toBe('Flood relief offices will be closed');
  });

  it('stands for the subject of a copula it closes, cut at a preposition', () => {
    const p = 'The last day to send claims for storm damage to homes and farms to the Coastal Recovery Office is May 30.';
    expect(hosted('Coastal Recovery Office', p, p)).toBe('Last day to send claims for storm damage');
  });
});

describe('namedObject', () => {
  const named = (title: string, paragraph: string, evidence: string, before?: string) => {
    const start = paragraph.indexOf(evidence);
    return namedObject(title, paragraph, start, () => before ?? paragraph.slice(0, start));
  };

  it('names "it" by the object of the clause before it in the sentence', () => {
    const p = 'She failed her driving test in 2019 and passed it the next summer.';
    expect(named('Lind passed it', p, 'passed it the next summer')).toBe('Lind passed her driving test');
    const q = 'The club, which had rented the boathouse since 1950, bought it in 1999.';
    expect(named('Club bought it', q, 'bought it in 1999')).toBe('Club bought the boathouse');
  });

  it('leaves "it" when the clause before has no object that is a thing', () => {
    const p = 'The mayor met Anna Vik in March and thanked it later.';
    expect(named('Mayor thanked it', p, 'thanked it later')).toBe('Mayor thanked it');
  });

  it('names a closing "her" by the woman the text last named, not one the title names', () => {
    const before = 'Edda Rask, a painter, sued the gallery in 1990. She said she had not been paid. ';
    const p = 'She sued after the gallery\'s owner, Paul Dahl, refused to pay her.';
    expect(named('Paul Dahl refused to pay her', p, 'refused to pay her', before + p.slice(0, p.indexOf('refused')))).toBe('Paul Dahl refused to pay Rask');
  });

  it('takes no name from a heading for a closing "him"', () => {
    const before = 'The Woman Who Rowed for Mr. Fennick in Winter\n\nAgda Lorn built her first boat at 15. She married a fisherman in 1961 and ';
    const p = 'She married a fisherman in 1961 and every summer sailed the coast with him.';
    expect(named('Lorn sailed the coast with him', p, 'sailed the coast', before)).toBe('Lorn sailed the coast with him');
  });
});

describe('namedObject leaves a subject "it", a told clause and a plural', () => {
  const named = (title: string, paragraph: string, evidence: string) => namedObject(title, paragraph, paragraph.indexOf(evidence), () => paragraph.slice(0, paragraph.indexOf(evidence)));

  it('leaves "it" that is a told clause\'s subject, or the same subject going on', () => {
    expect(named('Board has said it wants to sell', 'The owner sold the mill, and the board has said it wants to sell', 'the board has said it wants')).toBe('Board has said it wants to sell');
    const p = 'By noon it had flooded 40 farms, and the wind pushed it across the dyke.';
    expect(named('Wind pushed it across the dyke', p, 'the wind pushed it')).toBe('Wind pushed it across the dyke');
  });

  it('leaves "it" for a plural or a time', () => {
    expect(named('Crews repaired it', 'The storm damaged 40 roofs, and crews repaired it', 'crews repaired it')).toBe('Crews repaired it');
    expect(named('Council named it the Lantern', 'The council met last month and named it the Lantern', 'named it the Lantern')).toBe('Council named it the Lantern');
  });
});
