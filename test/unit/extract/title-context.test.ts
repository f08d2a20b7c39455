import { describe, expect, it } from 'vitest';
import { fullerTitle, joinedSubject, nameForNoun, namedSubject, possessorWithArticle, predicateTitle, toldInLowerCase, quotedTitle, repeatedTitle, resolvedPronoun, SPOKEN } from '../../../shared/extract/title-context';
import { clauseSubject, lastSubject, opensOnVerb, titleOpening } from '../../../shared/extract/title-syntax';
import { makeTitle, patternVerb } from '../../../shared/extract/title';

// A title opening on "he", "she", "his" or "her" says who, by the name the article gave that person before.

describe('namedSubject', () => {
  it('puts the name the text last gave the person for the pronoun', () => {
    const before = 'Greta Lindqvist, the potter who revived the old kilns of Marsh End, died on Friday. She was 91. ';
    expect(namedSubject('She was 91', before)).toBe('Greta Lindqvist was 91');
    const later = `${before}Born in a farming family, Lindqvist was the youngest of six. `;
    expect(namedSubject('She opened her first workshop', later)).toBe('Lindqvist opened her first workshop');
  });

  it('makes a possessive pronoun the name\'s possessive', () => {
    const before = 'Tobias Renn, a carpenter, built the chapel roof. ';
    expect(namedSubject('His brother finished the spire', before)).toBe("Tobias Renn's brother finished the spire");
  });

  it('passes over a name of the other kind', () => {
    // "her son, Aron," is male; the potter is the "she" the text goes on about.
    const before = 'Greta Lindqvist, the potter, died on Friday. She was 91. Her son, Aron, said she had been frail. ';
    expect(namedSubject('She sold her last pots', before)).toBe('Greta Lindqvist sold her last pots');
    // "He" after a woman and her husband is the husband.
    const married = 'Greta Lindqvist, the potter, was born on a farm. She married Olof Berg, a fisherman, in 1950. ';
    expect(namedSubject('He drowned', married)).toBe('Olof Berg drowned');
  });

  it('takes a one-word name after "as" for a person when an age follows it', () => {
    // "as" may lead into a place ("known as Port Elm"); ", 61," says a person.
    const before = 'Ilse Varnak, the head of the dockers\' union, left the court on Friday. Her supporters cheered as Varnak, 61, waved from the steps. ';
    expect(namedSubject('She thanked the jury', before)).toBe('Varnak thanked the jury');
  });

  it('passes over a relative named through the person\'s own pronoun', () => {
    const before = 'Greta Lindqvist, the potter, died on Friday. Her daughter, Elin Berg, said the cause was old age. ';
    expect(namedSubject('She studied glazes in Delft', before)).toBe('Greta Lindqvist studied glazes in Delft');
  });

  it('keeps the pronoun when the text does not show who it is', () => {
    // No name at all, and a name that is a place ("in Marsh End"), not a person.
    expect(namedSubject('He resigned', 'The board met for three hours. ')).toBe('He resigned');
    expect(namedSubject('She moved to the coast', 'The family lived in Marsh End for years. ')).toBe('She moved to the coast');
    // A name with nothing around it saying it is a person's: a team, a firm.
    expect(namedSubject('He scored twice', 'Harbour Athletic won the derby. ')).toBe('He scored twice');
  });

  it('takes a whole name opening its sentence that the text takes up with "she" or "her"', () => {
    const before = 'Marta Skog won the spring regatta on Sunday, a year after her boat sank. ';
    expect(namedSubject('She trained on the lake', before)).toBe('Marta Skog trained on the lake');
    // Only the text's own pronoun says so: a name taken up by nothing, or by "it", stays a body's.
    expect(namedSubject('She trained on the lake', 'Harbour Rowing won the spring regatta on Sunday. ')).toBe('She trained on the lake');
    expect(namedSubject('She trained on the lake', 'Harbour Rowing won the regatta, and it thanked the town. ')).toBe('She trained on the lake');
    // A heading's last words are no part of the paragraph's first name.
    const headed = 'The Ferryman of Lake Orm\n\nJonas Tell has rowed the ferry for 30 years, in his father\'s old boat. ';
    expect(namedSubject('He will retire in June', headed)).toBe('Jonas Tell will retire in June');
  });

  it('reads a name between "the" and a noun as that noun\'s modifier, not a place', () => {
    const before = 'The city has bought the Varro archive from the estate of the late Captain Ilja Varro. ';
    expect(namedSubject('He kept it in his attic', before)).toBe('Ilja Varro kept it in his attic');
  });

  it('takes no kind for a name from the pronoun after its relative ("Holm\'s wife, Ida, said she …")', () => {
    const before = 'The divers, Per Holm and Ove Lind, were found on Friday. Holm\'s wife, Ida, said ';
    expect(namedSubject('She had prayed every night', before)).toBe('She had prayed every night');
  });

  it('reads a name set off after a possessive\'s post as a person', () => {
    const before = '"We had no choice," the club\'s captain, Eva Lind, told reporters. ';
    expect(namedSubject('She said the team would stay', before)).toBe('Eva Lind said the team would stay');
  });

  it('takes the subject of the nearest sentence before a name later in it', () => {
    const before = 'Dara Moss, who joined Harbour Athletic at 16, said he would stay. ';
    expect(namedSubject('His contract ends', before)).toBe("Dara Moss's contract ends");
  });

  it('reads a name after a post or an honorific as a person of that kind', () => {
    expect(namedSubject('She will visit the mines', 'Energy Minister Petra Kolar spoke to miners. ')).toBe('Petra Kolar will visit the mines');
    expect(namedSubject('He thanked the crew', 'The captain, Mr. Hale, spoke first. ')).toBe('Mr. Hale thanked the crew');
  });

  it('leaves a title that opens on no person\'s pronoun as it is', () => {
    expect(namedSubject('It closed', 'Greta Lindqvist, the potter, died. ')).toBe('It closed');
    expect(namedSubject('Her', 'Greta Lindqvist, the potter, died. ')).toBe('Her');
  });

  it('uses the family name alone when the whole name would make the title longer than ten words', () => {
    const before = 'Anna Maria Dahl Svensson, the mayor of the town, resigned. ';
    expect(namedSubject('She handed the keys of the hall to her deputy', before)).toBe('Svensson handed the keys of the hall to her deputy');
  });
});

describe('namedSubject, the pronoun in the sentence a name opens', () => {
  it('names the pronoun of a clause inside the sentence whose subject is a whole name', () => {
    expect(namedSubject('She set a course record', 'Liv Hammar won the hill race on Sunday, when ')).toBe('Liv Hammar set a course record');
  });

  it('leaves it after a sentence\'s end, or when the name is no sentence\'s subject', () => {
    expect(namedSubject('He scored twice', 'Harbour Athletic won the derby on Sunday. ')).toBe('He scored twice');
    expect(namedSubject('She set a course record', 'The cup went to Liv Hammar on Sunday, when ')).toBe('She set a course record');
  });
});

describe('namedSubject, a relative clause with "his" or "her"', () => {
  it('reads it as the person\'s own when the text has named that person before', () => {
    const before = 'Rovers sold their keeper Tomas Ekberg on Friday. The club had bought Ekberg in 2015. A second keeper, Per Moss, left in May. Ekberg, who won his first cap in 2016, has played 200 games. ';
    expect(namedSubject('He is the club\'s most capped player', before)).toBe("Ekberg is the club's most capped player");
  });
});

describe('namedSubject, a whole name first read as a place', () => {
  it('names the person when the family name later opens a sentence taken up by "she"', () => {
    const before = 'Every violin in the valley was once repaired at the bench of Marit Holvik. Holvik was born in Tarse and learned the trade from her uncle. ';
    expect(namedSubject('She opened a shop in 1970', before)).toBe('Holvik opened a shop in 1970');
  });

  it('keeps the place when nothing the text says of the name is a person\'s', () => {
    const before = 'The ferry crossed to the island of Lange Holm. Holm has two harbours and a church. ';
    expect(namedSubject('She sailed home', before)).toBe('She sailed home');
    // The title's own pronoun, put after the text, is no evidence: "Holvik" never opens a sentence.
    expect(namedSubject('She opened a shop', 'Every violin was repaired at the bench of Marit Holvik. ')).toBe('She opened a shop');
  });
});

describe('repeatedTitle', () => {
  it('tells an ordinal alone with the phrase before it ("his first cup and his second")', () => {
    expect(repeatedTitle("Holm's second", 'Holm won his first county cup')).toBe('Holm won his second county cup');
    expect(repeatedTitle('Her third', 'She rowed her first race')).toBe('She rowed her third race');
    // Nothing to stand for: the title stays.
    expect(repeatedTitle("Holm's second", 'Holm retired')).toBe("Holm's second");
  });

  it('gives "Again" the title of the event before it', () => {
    expect(repeatedTitle('Again', 'Ferry service was suspended')).toBe('Ferry service was suspended');
    expect(repeatedTitle('Once more', 'Dam overflowed')).toBe('Dam overflowed');
  });

  it('gives a phrase that shares the verb before it that verb, with its own figure', () => {
    expect(repeatedTitle('By four percent', 'Bus fares will rise by two percent')).toBe('Bus fares will rise by four percent');
    expect(repeatedTitle('To 30 boats', 'Fleet shrank to 45 boats')).toBe('Fleet shrank to 30 boats');
    // No such phrase in the title before: nothing to share.
    expect(repeatedTitle('By four percent', 'Bus fares will rise')).toBe('By four percent');
  });

  it('leaves any other title, or one with nothing before it, as it is', () => {
    expect(repeatedTitle('Ferry sailed again', 'Ferry service was suspended')).toBe('Ferry sailed again');
    expect(repeatedTitle('Again', undefined)).toBe('Again');
  });
});

describe('predicateTitle', () => {
  const make = (clause: string) => makeTitle(clause);
  it('makes a bare noun phrase the subject of the verb the sentence gives it', () => {
    const text = 'Nobody expected the result. The first harvest festival, in 1921, drew four thousand visitors to the square.';
    const near = text.indexOf('first harvest');
    expect(predicateTitle('First harvest festival', text, near, make, patternVerb)).toBe('First harvest festival drew four thousand visitors to the square');
  });

  it('keeps a name set off after the phrase, which says who it is', () => {
    const text = 'The mill was failing in 1998, when a retired teacher, Olga Brandt, bought it for one crown.';
    const near = text.indexOf('retired teacher');
    expect(predicateTitle('Retired teacher', text, near, make, patternVerb)).toBe('Olga Brandt bought it for one crown');
  });

  it('leaves a phrase that is not the subject of a verb after it', () => {
    // It opens a phrase of its own: the verb after it is another subject's.
    const text = 'After the flood of 1953, the town built a sea wall.';
    expect(predicateTitle('Flood', text, text.indexOf('flood'), make, patternVerb)).toBe('Flood');
    // A copula after it says what it was, often the date itself.
    const deadline = 'The first deadline was March 9.';
    expect(predicateTitle('First deadline', deadline, 0, make, patternVerb)).toBe('First deadline');
  });

  it('leaves a title that has a verb, or is longer than a heading', () => {
    const text = 'The town hall reopened in May and drew crowds.';
    expect(predicateTitle('Town hall reopened', text, 0, make, patternVerb)).toBe('Town hall reopened');
  });
});

describe('nameForNoun', () => {
  it('tells a possessive\'s noun by the name set off after it', () => {
    expect(nameForNoun('Its chairman, Piet Molen, was dismissed', patternVerb)).toBe('Piet Molen was dismissed');
    expect(nameForNoun('Their coach, Ana Lind resigned', patternVerb)).toBe('Ana Lind resigned');
  });

  it('tells a named possessor\'s noun by the name set off after it, past the words saying what the name is', () => {
    expect(nameForNoun("Marlow's harbour master, Edda Voss, closed the slipway", patternVerb)).toBe('Edda Voss closed the slipway');
    expect(nameForNoun("Torvald's sister, the cellist Anja Brek, died", patternVerb)).toBe('Anja Brek died');
    // What follows the name is a clause of its own: no title is made of it.
    expect(nameForNoun("Marlow's harbour master, Edda Voss but the crews refused", patternVerb)).toBe("Marlow's harbour master, Edda Voss but the crews refused");
  });

  it('leaves a title with no verb after the name, or no name', () => {
    expect(nameForNoun('Its chairman, Piet Molen', patternVerb)).toBe('Its chairman, Piet Molen');
    expect(nameForNoun('Its chairman was dismissed', patternVerb)).toBe('Its chairman was dismissed');
  });
});

describe('joinedSubject', () => {
  it('gives a title opening on its verb the subject of the title before, with its helping verb', () => {
    expect(joinedSubject('Will reopen', 'The ferry office will be closed', opensOnVerb, patternVerb)).toBe('The ferry office will reopen');
    expect(joinedSubject('Reopen', 'Harbour library will close', opensOnVerb, patternVerb)).toBe('Harbour library will reopen');
    // An adverb before the verb is the verb's.
    expect(joinedSubject('Were lifted', 'Curfews quietly began', opensOnVerb, patternVerb)).toBe('Curfews were lifted');
  });

  it('leaves it when the title before opens on a pronoun, the verb does not agree, or the title has a subject', () => {
    expect(joinedSubject('Will reopen', 'They will close', opensOnVerb, patternVerb)).toBe('Will reopen');
    expect(joinedSubject('Was not extended', 'Grant applications closed', opensOnVerb, patternVerb)).toBe('Was not extended');
    expect(joinedSubject('Library reopened', 'Harbour library will close', opensOnVerb, patternVerb)).toBe('Library reopened');
    expect(joinedSubject('Will reopen', undefined, opensOnVerb, patternVerb)).toBe('Will reopen');
    // A copula with no participle had a subject of its own (a date: "the winter of 2020 was the wettest").
    expect(joinedSubject('Was the wettest on record', 'Harbour traffic fell', opensOnVerb, patternVerb)).toBe('Was the wettest on record');
  });
});

// "It", "they", "its" and "their" say who or what only with the clause before them: the title takes that clause's
// subject when nothing else in it could be meant.
describe('resolvedPronoun', () => {
  // The event's evidence is the sentence (or clause) holding `evidence`, in `paragraph`.
  const resolve = (title: string, paragraph: string, evidence: string) => {
    const start = paragraph.indexOf(evidence);
    return resolvedPronoun(title, paragraph, start, start + evidence.length, clauseSubject);
  };

  it('gives a pronoun opening what was told the teller', () => {
    const p = 'The Orvik Shipping Line said on Monday that it would retire three of its oldest vessels by spring.';
    expect(resolve('It would retire three of its oldest vessels', p, 'it would retire three of its oldest vessels by spring.')).toBe('Orvik Shipping Line would retire three of its oldest vessels');
  });

  it('gives a pronoun the subject of the sentence before, or of the clause before it in its own', () => {
    const p = 'The lighthouse at Garrow Point was built in 1871. It was automated in 1988.';
    expect(resolve('It was automated', p, 'It was automated in 1988.')).toBe('Lighthouse was automated');
    const q = 'The old ferry terminal closed in 1990, but it reopened as a market hall in 2004.';
    expect(resolve('It reopened as a market hall', q, 'it reopened as a market hall in 2004.')).toBe('Old ferry terminal reopened as a market hall');
    const r = 'Two bakeries on Mill Lane lost power on Sunday. They reopened on Tuesday.';
    expect(resolve('They reopened', r, 'They reopened on Tuesday.')).toBe('Two bakeries reopened');
    const s = 'The Tarn Valley choir was founded in 1950. Its first conductor was a miner.';
    expect(resolve('Its first conductor was a miner', s, 'Its first conductor was a miner.')).toBe("Tarn Valley choir's first conductor was a miner");
  });

  it('keeps the pronoun when another noun phrase of its number could be meant', () => {
    const p = 'The harbour authority inspected the crane last week. It was found to be unsafe.';
    expect(resolve('It was found to be unsafe', p, 'It was found to be unsafe.')).toBe('It was found to be unsafe');
    const q = 'Customs officers stopped two lorries near the border. They were carrying stolen copper.';
    expect(resolve('They were carrying stolen copper', q, 'They were carrying stolen copper.')).toBe('They were carrying stolen copper');
  });

  it('keeps the pronoun when the subject is of the other number, a person, or in a sentence of several clauses', () => {
    const p = 'The regional council met on Friday. They will vote in May.';
    expect(resolve('They will vote', p, 'They will vote in May.')).toBe('They will vote');
    const q = 'The finance minister said that it would take years to repay the loans.';
    expect(resolve('It would take years to repay the loans', q, 'it would take years to repay the loans.')).toBe('It would take years to repay the loans');
    const r = 'The city council met on Monday, and two members asked why the old pump was still in use. It had been due for replacement in 2015.';
    expect(resolve('It had been due for replacement', r, 'It had been due for replacement in 2015.')).toBe('It had been due for replacement');
  });

  it('keeps an "it" that stands for nothing, and one that opens its paragraph', () => {
    const p = 'Inspectors visited the pier in June. It is not clear whether it will reopen.';
    expect(resolve('It is not clear whether it will reopen', p, 'It is not clear whether it will reopen.')).toBe('It is not clear whether it will reopen');
    const q = 'It was the coldest night of the winter.';
    expect(resolve('It was the coldest night of the winter', q, q)).toBe('It was the coldest night of the winter');
  });
});

// ti17: more places a pronoun's subject is found, each still agreeing in number and kind.
describe('resolvedPronoun, nearer antecedents', () => {
  const resolve = (title: string, paragraph: string, evidence: string) => {
    const start = paragraph.indexOf(evidence);
    return resolvedPronoun(title, paragraph, start, start + evidence.length, clauseSubject);
  };

  it('reads the pronoun opening the sentence when the evidence starts further on in it', () => {
    const p = 'The libraries will open from 10 a.m. to 5 p.m. on weekdays. They will be shut on Easter Monday, and from 20 December to 3 January.';
    expect(resolve('They will be shut', p, 'from 20 December to 3 January.')).toBe('Libraries will be shut');
  });

  it('reads past a verb or a date joined to the same subject in the sentence before', () => {
    const p = 'Both ferries will stop on Friday, 4 July, and will sail again on Monday. They will also stop on 1 August.';
    expect(resolve('They will also stop', p, 'They will also stop on 1 August.')).toBe('Both ferries will also stop');
    // A second clause with a subject of its own still keeps the pronoun.
    const q = 'Both ferries will stop on Friday, and the buses will run late. They will also stop on 1 August.';
    expect(resolve('They will also stop', q, 'They will also stop on 1 August.')).toBe('They will also stop');
  });

  it('takes the clause before a semicolon when only a time is between', () => {
    const p = 'The pool is open from 7 a.m. to 9 p.m.; from November through February it shuts at 6 p.m.';
    expect(resolve('It shuts at 6 p.m', p, 'from November through February it shuts at 6 p.m.')).toBe('Pool shuts at 6 p.m');
  });

  it('names an "it" by the thing a relative clause or a participle before its subordinator tells of', () => {
    const p = 'The lane is named after the old tannery, which stood by the river from 1820 until it burned down in 1911.';
    expect(resolve('It burned down', p, 'it burned down in 1911.')).toBe('Old tannery burned down');
    const q = 'By the weekend the mill, shuttered since it was sold in 1990, will be a museum.';
    expect(resolve('It was sold', q, 'it was sold in 1990,')).toBe('Mill was sold');
    // Not a person, nor a plural.
    const r = 'The crowd cheered the old mayor, who waited at the gate until it opened in 1990.';
    expect(resolve('It opened', r, 'it opened in 1990.')).toBe('It opened');
  });

  it('gives "they" a group\'s noun, and reads "ever since" as no second clause', () => {
    const p = 'The choir, thirty singers from the valley, set out for Vienna on Monday. They sang in the cathedral two days later.';
    expect(resolve('They sang in the cathedral', p, 'They sang in the cathedral two days later.')).toBe('Choir sang in the cathedral');
    const q = 'The bakery was bought by a cooperative in 1975 and has been run by its members ever since. It moved to a new site in 2001.';
    expect(resolve('It moved to a new site', q, 'It moved to a new site in 2001.')).toBe('Bakery moved to a new site');
  });

  it('reads a relative clause of place set off by commas, and a subordinator before a date, as no second clause', () => {
    const p = 'The reading room, where the maps are kept, has been closed since 2 March for repairs. It will reopen in May.';
    expect(resolve('It will reopen', p, 'It will reopen in May.')).toBe('Reading room will reopen');
  });

  it('reads an adjective closing a measure as no noun phrase of its own', () => {
    const p = 'The whale was about twelve metres long. It swam into the bay in 2019.';
    expect(resolve('It swam into the bay', p, 'It swam into the bay in 2019.')).toBe('Whale swam into the bay');
  });
});

// "Its" and "their" reach further than "it" and "they": the objects of the clause before, and of its prepositions,
// are candidates too; the possessive is named when one candidate alone is of its number.
describe('resolvedPronoun, possessives', () => {
  const resolve = (title: string, paragraph: string, evidence: string) => {
    const start = paragraph.indexOf(evidence);
    return resolvedPronoun(title, paragraph, start, start + evidence.length, clauseSubject);
  };

  it('names a possessive by the one candidate of its number, past an object of the other and a phrase of time', () => {
    const p = 'Surveyors mapped the old quarry over two weeks in June. Their report was published in August.';
    expect(resolve('Their report was published', p, 'Their report was published in August.')).toBe("Surveyors' report was published");
  });

  it('names it by the object when the subject is of the other number', () => {
    const p = 'The ministry will open four new clinics next spring. Their addresses will be posted online.';
    expect(resolve('Their addresses will be posted online', p, 'Their addresses will be posted online.')).toBe("New clinics' addresses will be posted online");
  });

  it('keeps the possessive when two candidates are of its number, or one is of a number that does not show', () => {
    const p = 'The builders showed the inspectors the new wing. Their report was filed on Friday.';
    expect(resolve('Their report was filed', p, 'Their report was filed on Friday.')).toBe('Their report was filed');
    // "works" may be one or many: "its manager" may be the works'.
    const q = 'The council ordered the works shut. Its manager resigned in May.';
    expect(resolve('Its manager resigned', q, 'Its manager resigned in May.')).toBe('Its manager resigned');
  });

  it('reads a relative clause\'s antecedent for the possessive, in the clause before it', () => {
    const p = 'The brewery will also sell its warehouse on the quay, which opened in 1954.';
    expect(resolve('Its warehouse opened', p, 'which opened in 1954.')).toBe("Brewery's warehouse opened");
  });

  it('leaves a dateline opening the paragraph out of the clause it reads', () => {
    const p = 'KERRSTON (Valley Wire) - Dock workers in the northern port will return on Monday after their union accepted a new offer.';
    expect(resolve('Their union accepted a new offer', p, 'after their union accepted a new offer.')).toBe("Dock workers' union accepted a new offer");
  });
});

// Under three words, a title takes from the article's words around it: the subject of the clause it goes on, the
// article the text gives its noun, a person's whole name.
describe('fullerTitle', () => {
  const fuller = (title: string, paragraph: string, evidence: string, before?: string) => {
    const start = paragraph.indexOf(evidence);
    return fullerTitle(title, paragraph, start, () => before ?? paragraph.slice(0, start), titleOpening, lastSubject, patternVerb);
  };

  it('gives a verb opening its evidence the subject set off before it by a relative clause, an age or an appositive', () => {
    const p = 'Ansgar Lind, whose ferries crossed the fjord for forty years, died on Monday at his home in Brekke.';
    expect(fuller('Died at his home in Brekke', p, 'died on Monday')).toBe('Ansgar Lind died at his home in Brekke');
    const q = 'Orvik, 58, who has run the mill since 1990, was elected mayor on Sunday.';
    expect(fuller('Was elected mayor', q, 'was elected mayor')).toBe('Orvik was elected mayor');
    const r = 'The keeper, a retired sailor from Hull, rowed out to the wreck at dawn.';
    expect(fuller('Rowed out to the wreck', r, 'rowed out')).toBe('The keeper rowed out to the wreck');
    const b = 'The bridge, opened in 1931 by the queen, was closed in 1980.';
    expect(fuller('Was closed', b, 'was closed')).toBe('The bridge was closed');
  });

  it('leaves it when more than one thing is set off before it', () => {
    const p = 'The oldest of the boats, the Swan, which was built in 1890, sank in the storm.';
    expect(fuller('Sank in the storm', p, 'sank in the storm')).toBe('Sank in the storm');
  });

  it('gives a perfect participle opening its sentence the subject after its comma', () => {
    const p = 'Having moved in May from a small office by the port, the charity opened a second shop.';
    expect(fuller('Having moved', p, p)).toBe('Charity moved');
    const q = 'Having retired in 2001, he wrote three books about the valley.';
    expect(fuller('Having retired', q, q)).toBe('He retired');
    // The main clause's own subject, not that of a clause it tells.
    const r = 'Having voted against the plan in March, the club\'s members said it was dead and asked that the board resign.';
    expect(fuller('Having voted against the plan', r, r)).toBe("Club's members voted against the plan");
    // An irregular participle is no past form ("having lost"): the title stays.
    expect(fuller('Having lost the vote', 'Having lost the vote in May, the members left.', 'Having lost the vote in May, the members left.')).toBe('Having lost the vote');
  });

  it('gives a family name alone the first whole name outside a heading, not a heading\'s words run into it', () => {
    const before = 'Harbour Museum Buys Tamsen Sea Charts\n\nThe museum has bought the charts of the late Captain Ola Tamsen. ';
    const p = 'Tamsen sailed in 1920.';
    expect(fuller('Tamsen sailed', p, 'Tamsen sailed in 1920.', before)).toBe('Ola Tamsen sailed');
  });

  it('gives a title opening on its verb the subject of the clause it is joined to, phrases and all', () => {
    const p = 'Peace talks between the two towns stalled in March, resumed in April and broke down in June.';
    expect(fuller('Broke down', p, 'broke down in June.')).toBe('Peace talks between the two towns broke down');
  });

  it('gives a plain verb that clause\'s helping verb', () => {
    const p = 'The museums will shut at noon on Friday and stay shut on Saturday.';
    expect(fuller('Stay shut', p, 'stay shut on Saturday.')).toBe('The museums will stay shut');
  });

  it('gives no subject to a participle set off by a comma alone: it describes the noun before it', () => {
    const p = 'Invoices worth 2 million crowns, paid between 2012 and 2014, were never checked.';
    expect(fuller('Paid', p, 'paid between 2012 and 2014')).toBe('Paid');
  });

  it('gives a noun the article its evidence gives it, or the antecedent of its relative clause', () => {
    expect(fuller('Dam burst', 'The dam burst on 4 May.', 'The dam burst on 4 May.')).toBe('The dam burst');
    const p = 'The tower, which fell in 1902, was never rebuilt.';
    expect(fuller('Tower fell', p, 'which fell in 1902')).toBe('The tower fell');
    // "The mayor elected" would read as a noun phrase: the article only where the text puts it before the title's words.
    const q = 'Elected in 2010, the mayor built a new library.';
    expect(fuller('Mayor elected', q, 'Elected in 2010')).toBe('Mayor elected');
  });

  it('gives a family name alone the whole name the text gave before', () => {
    const before = 'Greta Lindqvist, the potter who revived the old kilns, died on Friday. Born on a farm, Lindqvist threw her first pot at nine. ';
    expect(fuller('Lindqvist retired', 'She retired in 1990.', 'She retired in 1990.', before)).toBe('Greta Lindqvist retired');
  });

  it('gives a longer title opening on its verb the joined clause\'s subject too, cut to ten words', () => {
    const p = 'The council met on Monday and approved the budget.';
    expect(fuller('Approved the budget', p, 'approved the budget.')).toBe('The council approved the budget');
    const q = 'The county highways office expects more snow this week and said the road would not reopen before the spring thaw.';
    expect(fuller('Said the road would not reopen before the spring thaw', q, 'said the road')).toBe('The county highways office said the road would not reopen');
  });

  it('leaves a longer title whose evidence does not open on its verb after a conjunction as it is', () => {
    const p = 'The council met on Monday. Approved the budget, the members went home.';
    expect(fuller('Approved the budget', p, 'Approved the budget')).toBe('Approved the budget');
  });

  it('tells a gerund after "before", "after" or "since" with the subject of the clause it hangs on, in its time', () => {
    const p = 'The coach ran the youth side for four years before leaving for a post in Lisbon in 2015.';
    expect(fuller('Leaving for a post in Lisbon', p, 'leaving for a post')).toBe('The coach left for a post in Lisbon');
    const q = 'The mobile clinic will stop in Pelt on Monday before moving to Varn on May 3.';
    expect(fuller('Moving to Varn', q, 'moving to Varn')).toBe('The mobile clinic will move to Varn');
    const r = 'The gallery reopens on Friday after being closed since June 2.';
    expect(fuller('Being closed', r, 'being closed')).toBe('The gallery was closed');
  });
});

// A title in a speaker's own words ("We need …", "This has been …") says who did it only with its teller.
describe('quotedTitle', () => {
  it('puts the teller after the quotation before its words', () => {
    const p = 'The river rose again overnight. “We have never seen water this high,” said Councillor Pia Rand on Friday.';
    const start = p.indexOf('“');
    expect(SPOKEN.test('We have never seen water this high')).toBe(true);
    expect(quotedTitle('We have never seen water this high', p, start)).toBe('Pia Rand said we have never seen water this high');
    const q = '"This was our best harvest in twenty years," he said.';
    expect(quotedTitle('This was our best harvest in twenty years', q, 0)).toBe('He said this was our best harvest in twenty years');
  });

  it('puts a teller the patterns left at the title\'s end first', () => {
    expect(quotedTitle('We heard it on the radio said Omar Little', '', 0)).toBe('Omar Little said we heard it on the radio');
  });

  it('leaves a quotation with no teller after it, a title not from the quotation, and one that would be too long', () => {
    const p = 'The coach was calm. "We will win it back next year."';
    expect(quotedTitle('We will win it back', p, p.indexOf('"'))).toBe('We will win it back');
    const q = 'We rebuilt the school, the mayor said, and the roads followed.';
    expect(quotedTitle('We rebuilt the school', q, 0)).toBe('We rebuilt the school');
    const r = '"We think the contract should be signed before the start of the summer season," said Jon Barr.';
    expect(quotedTitle('We think the contract should be signed before the summer season', r, 0)).toBe('We think the contract should be signed before the summer season');
  });
});

describe('possessorWithArticle', () => {
  it('gives a common noun\'s possessive opening a title the article its paragraph gives it, as the paragraph writes it', () => {
    const p = 'The orchard\'s new owners planted 200 pear trees in March. The growers\' union objected.';
    expect(possessorWithArticle("Orchard's new owners planted 200 pear trees", p)).toBe("The orchard's new owners planted 200 pear trees");
    expect(possessorWithArticle("Growers' union objected", p)).toBe("The growers' union objected");
    expect(possessorWithArticle("Harbour's Board met", 'The Harbour’s Board met on Friday.')).toBe("The Harbour's Board met");
  });

  it('leaves a name\'s possessive, a noun the paragraph gives no "the", and a title of ten words', () => {
    expect(possessorWithArticle("Varga's second title came in 2015", 'Varga won again. Varga\'s second title came in 2015.')).toBe("Varga's second title came in 2015");
    expect(possessorWithArticle("Farm's barn burned", 'A farm\'s barn burned on the hill. Other farms were spared.')).toBe("Farm's barn burned");
    const ten = "Mill's owners sold the last of the looms to collectors";
    expect(possessorWithArticle(ten, "The mill's owners sold the last of the looms to collectors.")).toBe(ten);
  });
});

describe('toldInLowerCase', () => {
  it('lowers the capital an article or a pronoun had at its sentence\'s start once a teller is put before it', () => {
    expect(toldInLowerCase('Coast guard said A trawler sank off the cape')).toBe('Coast guard said a trawler sank off the cape');
    expect(toldInLowerCase('Mira Holt said They would rebuild the pier')).toBe('Mira Holt said they would rebuild the pier');
  });

  it('leaves a name, and a capital that opens no clause', () => {
    expect(toldInLowerCase('Mayor said Anna Vik would lead the inquiry')).toBe('Mayor said Anna Vik would lead the inquiry');
    expect(toldInLowerCase('Coach said The Rovers')).toBe('Coach said The Rovers');
  });
});
