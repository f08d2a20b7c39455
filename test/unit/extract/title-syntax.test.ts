import { describe, expect, it } from 'vitest';
import { finishTitle, makeTitle, titled } from '../../../shared/extract/title';
import { fittedTitle, headlineWords, MAX_WORDS, MIN_WORDS, oneClause, shapeTitle, withoutAsides, withoutLooseTail } from '../../../shared/extract/title-syntax';
import { tagger } from '../../../shared/nlp';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
/** Whether wink's tags find a verb in the title. */
function hasVerb(t: string): boolean {
  const nlp = tagger();
  const pos = nlp.readDoc(t).tokens().out(nlp.its.pos) as string[];
  return pos.some((p) => p === 'VERB' || p === 'AUX');
}

describe('shapeTitle', () => {
  it('cuts a title of more than ten words after its subject, verb and object, dropping the phrases that do not fit', () => {
    expect(makeTitle('Harbour officials have opened a new ferry terminal about ten kilometres south of the old port')).toBe(
      'Harbour officials have opened a new ferry terminal',
    );
    // "permits" is tagged a verb: a phrase that may end inside a noun phrase is left out whole.
    expect(makeTitle('The appeals court upheld a regional ban on new fishing permits for deep-sea trawlers')).toBe('Appeals court upheld a regional ban');
  });

  it('leaves out a participle phrase after the subject and finds the verb after it', () => {
    expect(makeTitle('One of the engineers thought to have designed the old bridge was seen in Lisbon')).toBe('One of the engineers was seen in Lisbon');
  });

  it('leaves out a relative clause after the subject and finds the main verb after it', () => {
    expect(makeTitle('Ferries that are due to be scrapped carry a fifth of the passengers on the northern route')).toBe('Ferries carry a fifth of the passengers');
    expect(makeTitle('Residents who lost their homes in the floods last winter can apply for grants')).toBe('Residents can apply for grants');
  });

  it('remakes a title with no verb from its clause, the subject cut to its head', () => {
    expect(shapeTitle('Cooperation among the port authorities', 'Cooperation among the port authorities, the coast guard and the navy helped stop the smugglers')).toBe(
      'Cooperation helped stop the smugglers',
    );
  });

  it('reads a present-tense verb the small model tags as a plural noun ("This month marks the …")', () => {
    expect(makeTitle('This month marks the fiftieth anniversary of the founding of the harbour town')).toBe('This month marks the fiftieth anniversary');
  });

  it('remakes a title cut between a verb and its object', () => {
    expect(shapeTitle('Radar images showed', 'Radar images showed that the glacier had retreated')).toBe('Radar images showed the glacier had retreated');
  });

  it('remakes a title left with a determiner and no noun', () => {
    expect(shapeTitle('It was a wet month, and the was the wettest part of it', 'It was a wet month, and the was the wettest part of it')).toBe('It was a wet month');
  });

  it('keeps a second verb of the same subject when it fits, with the name standing for a long subject', () => {
    expect(makeTitle("Portugal's former harbour master Rui Costa said he resigned and left the port")).toBe('Rui Costa said he resigned and left the port');
  });

  it('drops an "of" phrase closing a title still too long, but not the one a part is of', () => {
    expect(makeTitle('The weather office reported the storm had a top wind speed of 140 kilometres')).toBe(
      'Weather office reported the storm had a top wind speed',
    );
    expect(makeTitle('The council said one of the two old ferries that served the island was sold')).toMatch(/^Council said one of the/);
  });

  it('takes a past form the patterns know for the verb where the tags read a noun, before an object', () => {
    expect(makeTitle('The dam burst its walls near the village of Orlen flooding the lower fields')).toBe('Dam burst its walls near the village of Orlen');
  });

  it('does not take a plain past before "and" for a participle of the subject', () => {
    expect(shapeTitle('Fire started in a garden shed', 'The fire started in a garden shed and the houses nearby were full of smoke')).toBe(
      'Fire started in a garden shed',
    );
  });

  it('ends no title on an auxiliary whose complement was a date', () => {
    expect(shapeTitle('New closing date for claims', 'The new closing date for claims is')).toBe('New closing date for claims');
  });

  it('leaves a bare noun phrase only when its clause has no verb', () => {
    expect(shapeTitle('Collapse of the old harbour wall', 'Collapse of the old harbour wall')).toBe('Collapse of the old harbour wall');
  });

  it('leaves a title of ten words or fewer that is whole as it is', () => {
    expect(shapeTitle('The mayor opened the new bridge', 'The mayor opened the new bridge on Monday')).toBe('The mayor opened the new bridge');
    expect(shapeTitle('He died', 'He died')).toBe('He died');
  });

  it('gives every title of a set of clauses 3 to 10 words with a verb, or the whole clause when it is shorter', () => {
    const clauses = [
      'The regional water authority, which manages six reservoirs in the north, announced new limits on garden sprinklers for the summer',
      'Teachers at three schools in the eastern district walked out over pay and conditions after talks broke down',
      'Members of the city council voted to close the old swimming pool and build a new sports hall near the station',
      'A fire that started in a bakery on the high street destroyed four shops and a bank before firefighters could contain it',
      'Police said the driver of the lorry, a 45-year-old man from Leeds, had been arrested on suspicion of dangerous driving',
      'The company, which employs 2,000 people at its plant near the river, will cut a quarter of its workforce over two years',
      'Hundreds of volunteers from across the region spent the weekend clearing mud from homes along the flooded valley',
      'The minister, speaking to reporters outside parliament, promised an inquiry into the collapse of the hospital roof',
      'Shares in the airline fell by almost a third after it warned that profits would be lower than expected',
      'He resigned',
    ];
    for (const c of clauses) {
      const t = makeTitle(c);
      const n = words(t);
      if (words(c) >= MIN_WORDS) expect(n, t).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(n, t).toBeLessThanOrEqual(MAX_WORDS);
      expect(hasVerb(t), t).toBe(true);
    }
  });

  it('hands the tagger no text with a run of "//", where its URL pattern backtracks exponentially', () => {
    const attack = `The mayor said //0.A${'PP.P'.repeat(40)}\u0000 was opened today in the presence of the whole town council`;
    const before = process.cpuUsage();
    const t = shapeTitle(attack, attack);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(t).toBe(attack);
  });
});

describe('shapeTitle: who did what, in the article\'s words (issue 8, point 10)', () => {
  it('reads a past form after "he"/"she" as the verb, not as a word describing the noun after it', () => {
    expect(makeTitle('He persuaded farmers to plant hedges and to leave margins around their fields')).toBe('He persuaded farmers to plant hedges');
  });

  it('reads "since" between a helping verb and its verb as an adverb', () => {
    expect(makeTitle('He has since sold his old boat at a loss and bought a small house in town')).toBe('He has since sold his old boat at a loss');
  });

  it('keeps the phrase after the subject\'s head when the head alone leaves no title', () => {
    expect(makeTitle('A ban on night flights followed, but many cargo planes still land after dark')).toBe('Ban on night flights followed');
  });

  it('titles a clause whose complement was its date by its subject, without the bare "is also"', () => {
    expect(makeTitle('The last day for appeals against the new parking fines is also')).toBe('Last day for appeals against the new parking fines');
  });

  it('names the subject by the name set off after it, and keeps whom was told, not where', () => {
    expect(makeTitle('Its chairman, Tomas Rell, told shareholders at the meeting that the merger was off')).toBe('Tomas Rell told shareholders the merger was off');
    expect(makeTitle('Her spokesman, Ana Vidal, said in a statement that the senator would not stand again')).toBe('Ana Vidal said the senator would not stand again');
  });

  it('does not take a "that" after another preposition\'s noun for what the verb tells', () => {
    expect(makeTitle('The judge agreed with the tenants’ claim that the landlord had broken the lease')).toBe('Judge agreed with the tenants’ claim');
  });

  it('titles a short clause ending on "was" once its date is gone by its subject', () => {
    expect(shapeTitle('Old closing date was', 'Old closing date was')).toBe('Old closing date');
    expect(shapeTitle('The ferry was', 'The ferry was')).toBe('The ferry');
  });

  it('reads a plural-looking word before an infinitive as the verb ("the paper claims to have seen")', () => {
    expect(makeTitle('Alongside this report, the newspaper claims to have seen a letter from the mayor to the harbour board')).toBe(
      'Newspaper claims to have seen a letter from the mayor',
    );
  });

  it('keeps a negation between the subject and the verb when a long title is cut', () => {
    expect(makeTitle('The new owners never reopened the old mill on the river after the floods of that spring')).toBe('New owners never reopened the old mill on the river');
    expect(makeTitle('The harbour master hardly slept during the three nights of the storm that hit the coast')).toBe('Harbour master hardly slept');
  });

  it('makes no title that opens on its verb when words before the verb are no subject', () => {
    const clause = 'Now is the time to call the helpline or go online and register before the storm';
    expect(shapeTitle(clause, clause)).toBe(clause);
  });
});

describe('oneClause', () => {
  it('cuts a present verb joined to a past one: it tells of now, not of the date', () => {
    expect(oneClause('The mill opened and employs 40 people')).toBe('The mill opened');
  });

  it('cuts a passive left after a whole clause when the words between them went with the date', () => {
    expect(oneClause('Lund joined the town council was put')).toBe('Lund joined the town council');
  });

  it('keeps two verbs of one tense, a clause told or a relative clause', () => {
    expect(oneClause('The ferry sank and was raised')).toBe('The ferry sank and was raised');
    expect(oneClause('Inspectors said the bridge was closed')).toBe('Inspectors said the bridge was closed');
    expect(oneClause('Police arrested a man who was charged')).toBe('Police arrested a man who was charged');
    expect(oneClause('Smith founded the firm and runs it')).toBe('Smith founded the firm and runs it');
  });
});

// A title still over ten words when every other pass is done is cut where a phrase or a clause ends.
describe('fittedTitle', () => {
  it('cuts at the last phrase boundary within ten words, keeping the verb and its object', () => {
    const t = 'The night ferry ran aground on a sandbank near the mouth of the river Tarn';
    expect(fittedTitle(t)).toBe('The night ferry ran aground on a sandbank');
    expect(words(fittedTitle(t))).toBeLessThanOrEqual(MAX_WORDS);
  });

  it('takes out an aside between the subject and its verb before cutting anything', () => {
    expect(fittedTitle("The town's new bridge, promised before the last election, has still not been finished")).toBe("The town's new bridge has still not been finished");
  });

  it('cuts a noun phrase with no verb after its head and the phrases that fit', () => {
    expect(fittedTitle('Three weeks of repairs to the sea wall along the harbour front of Dunmere')).toBe('Three weeks of repairs to the sea wall');
  });

  it('never cuts inside a told clause before its verb', () => {
    expect(fittedTitle('Harbour officials said the storm wall would be finished before the winter tides returned')).toBe('Harbour officials said the storm wall would be finished');
  });

  it('fits the drafted part of a title joined of two to what the other part leaves', () => {
    expect(fittedTitle('Deadline: Now is the time to send in your forms or call the county office')).toBe('Deadline: Now is the time to send in your forms');
  });

  it('leaves a title of ten words or fewer as it is', () => {
    expect(fittedTitle('The ferry ran aground near the mouth of the river')).toBe('The ferry ran aground near the mouth of the river');
  });
});

// ti17: cuts that left fragments.
describe('fittedTitle and shapeTitle: no fragment left by a cut', () => {
  it('does not cut between two adjectives of one noun, and cuts before a relative "that"', () => {
    expect(fittedTitle('The seal slept on a flat, sunny rock that the tide left bare every evening')).toBe('The seal slept on a flat, sunny rock');
  });

  it('ends on the participle, not on a time noun whose clause was cut', () => {
    expect(fittedTitle('Its second bridge was opened the year the railway reached the northern valley towns')).toBe('Its second bridge was opened');
  });

  it('keeps the verb of a clause a wh-word opens inside the title', () => {
    const t = makeTitle('It is how voters learn what their council is doing in their name');
    expect(t).not.toBe('It is how voters');
    expect(fittedTitle(t)).toBe('It is how voters learn what their council is doing');
  });

  it('adds no phrase whose noun is a wh-word opening a clause', () => {
    expect(makeTitle('The old clerk spent six years in prison for what the court called forging the ledgers')).toBe('Old clerk spent six years in prison');
  });

  it('keeps "that" as a determiner after a verb that tells nothing', () => {
    expect(headlineWords('The mayor said she had waited years to ask that question of the board')).not.toContain('ask question');
  });
});

// Cut at an aside's comma, a title is its subject alone; without the aside it has its verb.
describe('fittedTitle: a headline\'s words before a cut', () => {
  it('drops the "the"s inside a title of more than ten words, and the "that" of what a verb tells, when that fits', () => {
    expect(fittedTitle('Auditors said the harbour office spent the whole of its budget')).toBe('Auditors said harbour office spent whole of its budget');
    expect(fittedTitle('Divers found that the wreck lay on its side in deep water')).toBe('Divers found wreck lay on its side in deep water');
  });
  it('names a teller given with a post by the name alone', () => {
    expect(fittedTitle('Coroner Ilse Marten Brandt said the two climbers died of cold on the ridge')).toBe('Marten Brandt said two climbers died of cold on ridge');
  });
  it('keeps a body\'s name whole, "the" before a name, and "that" opening a relative clause', () => {
    expect(headlineWords('Harbour Port Authority said the ferry that sank was full')).toBe('Harbour Port Authority said ferry that sank was full');
  });
  it('cuts the headline\'s words when the whole title could not be cut', () => {
    expect(fittedTitle('Harriet decided that the mill would never again be left idle for a season')).toBe('Harriet decided mill would never again be left idle');
  });
});

describe('withoutAsides', () => {
  it('drops noun-phrase asides between the subject and its verb, and an "of" phrase after a name', () => {
    const { title, drafted } = titled('Mayor Ilse Varn of the northern river town, chair of the regional flood board, named a new harbour warden.');
    expect(title).toBe('Mayor Ilse Varn of the northern river town');
    expect(finishTitle(title, drafted)).toBe('Mayor Ilse Varn named a new harbour warden');
  });

  it('takes a name set off after a post for the subject', () => {
    expect(withoutAsides('head of the harbour board, Pia Mork Lund, announced the closure')).toBe('Pia Mork Lund announced the closure');
  });

  it('is null when no aside stands before the verb', () => {
    expect(withoutAsides('The harbour board announced the closure')).toBeNull();
    expect(withoutAsides('Smith, Jones and Brown won the race')).toBeNull();
  });
});

// The date's removal may leave a clause begun without its verb, or an apposition cut mid-phrase, at a title's end.
describe('withoutLooseTail', () => {
  it('drops a joined clause that lost its verb', () => {
    expect(withoutLooseTail('The council fined the firm, and Smith')).toBe('The council fined the firm');
  });

  it('drops a noun phrase after the last noun that ends on no noun', () => {
    expect(withoutLooseTail('The judge fined the driver a sum many')).toBe('The judge fined the driver');
  });

  it('keeps an apposition that ends on its noun, and a title with no such tail', () => {
    expect(withoutLooseTail('Rana Oduya married Peter Lund, a boatbuilder')).toBe('Rana Oduya married Peter Lund, a boatbuilder');
    expect(withoutLooseTail('Police arrested a man')).toBe('Police arrested a man');
  });
});