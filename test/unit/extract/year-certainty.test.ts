import { describe, expect, it } from 'vitest';
import type { NewslineEvent } from '../../../shared/document';
import { anchorHoldsYear } from '../../../shared/extract/tag-state';
import { events, quoteOf } from './event-lookup';

// Issue 8: a year is shown as certain only when the text gives it: written in the event's own clause, counted from
// the publication date by a deictic word, or counted from a date whose year is known, is where its sentence left the
// story, and was not left behind by a stretch of unsaid length. Every sentence here was written for this test (none
// comes from an eval set or a probe).

const PUB = '2021-06-10'; // a Thursday

/** The event (the shortest one) whose evidence holds `words`. */
function at(published: string | null, texts: string[], words: string): NewslineEvent {
  const found = events(published as string, ...texts).filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `no event holds “${words}”`).toBeGreaterThan(0);
  return found.sort((a, b) => quoteOf(a, texts).length - quoteOf(b, texts).length)[0];
}

describe('certain: the text gives the year', () => {
  it('a year written in the clause', () => {
    const d = at(PUB, ['The ferry company bought two new boats in 2016.'], 'bought two new boats').date;
    expect(d.start).toBe('2016');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a deictic word counted from publication: "on Monday", "last week", "a year ago"', () => {
    const texts = ['The council voted on Monday to close the library.', 'A water main burst last week under the square.', 'The shop opened a year ago in a former bank.'];
    expect(at(PUB, texts, 'voted on Monday').date).toMatchObject({ start: '2021-06-07' });
    expect(at(PUB, texts, 'voted on Monday').date.yearUncertain).toBeUndefined();
    expect(at(PUB, texts, 'burst last week').date.yearUncertain).toBeUndefined();
    const ago = at(PUB, texts, 'a year ago').date;
    expect(ago.start.slice(0, 4)).toBe('2020');
    expect(ago.yearUncertain).toBeUndefined();
  });

  it('a month and day with "last year" after them take that year, not the tense\'s guess', () => {
    const d = at(PUB, ['The new speed limit, which came into force on March 1 last year, has halved crashes.'], 'came into force').date;
    expect(d.start).toBe('2020-03-01');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a count from a year written in the sentence before, the only one it names', () => {
    const d = at(PUB, ['The orchard was planted in 1962. The first apples were picked two years later.'], 'first apples').date;
    expect(d.start).toBe('1964');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a count from the later of two years its anchor sentence names, in the order they happened', () => {
    const texts = ['Founded in 1950, the choir toured abroad for the first time in 1971. Three years later it recorded its first album.'];
    const d = at(PUB, texts, 'recorded its first album').date;
    expect(d.start).toBe('1974');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a year the clause writes confirms a count whose anchor was in doubt', () => {
    const texts = ['The dam was approved in 1958. Work stalled within months. Four years later, in 1962, the dam was finished.'];
    const d = at(PUB, texts, 'the dam was finished').date;
    expect(d.start).toBe('1962');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a month after a "since" year, with a publication date, is placed by its tense like any bare month', () => {
    const d = at(PUB, ['Ticket sales have dropped every season since 2015, and in February the theatre cut its staff.'], 'cut its staff').date;
    expect(d.start).toBe('2021-02');
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('a year named relative to publication ("last year\'s", "this year") is a written year', () => {
  it('months and days after "last year\'s" in its sentence take that year, not an older year written before', () => {
    // Published in January: the tense alone leaves a May too far back to be sure of, and 1994 is in the paragraph.
    const texts = ['The lake froze over in 1994. Divers logged last year\'s wrecks on a survey that ran from May 3 to June 9, and raised two hulls in August.'];
    expect(at('2021-01-12', texts, 'ran from May 3').date).toMatchObject({ start: '2020-05-03', end: '2020-06-09' });
    expect(at('2021-01-12', texts, 'ran from May 3').date.yearUncertain).toBeUndefined();
    expect(at('2021-01-12', texts, 'raised two hulls').date.start).toBe('2020-08');
  });
});

describe('flagged: the year is a reader\'s guess', () => {
  it('a count from a year that steps back from a later one in its sentence', () => {
    const texts = ['The orchestra moved into the new hall in the spring of 2004, under a conductor who had first led it in 1989. The first recording was made the following autumn.'];
    expect(at(PUB, texts, 'first recording').date.yearUncertain).toBe(true);
  });

  it('a count past a sentence that moved the story on by a stretch of unsaid length', () => {
    const texts = ['The road was approved by the county in 1977. Work crews were sent away within weeks; the money had run out. The first section opened the following summer.'];
    expect(at(PUB, texts, 'first section opened').date.yearUncertain).toBe(true);
  });

  it('a count from a date whose own year was a guess', () => {
    // November 20, told in the past in June, is most likely last November's, but the year is not written.
    const texts = ['The festival was held on November 20. Two days later, the organisers apologised for the queues.'];
    expect(at(PUB, texts, 'held on November 20').date.yearUncertain).toBe(true);
    expect(at(PUB, texts, 'organisers apologised').date.yearUncertain).toBe(true);
  });

  it('without a publication date, "March 1 last year" is still an event, its year a guess', () => {
    const texts = ['The road was widened in 2019. The new speed limit, which came into force on March 1 last year, has halved crashes.'];
    const d = at(null, texts, 'came into force').date;
    expect(d.start.slice(5)).toBe('03-01');
    expect(d.yearUncertain).toBe(true);
  });

  it('without a publication date, a month after a "since" year is only guessed from it', () => {
    const d = at(null, ['Ticket sales have dropped every season since 2015, and in February the theatre cut its staff.'], 'cut its staff').date;
    expect(d.yearUncertain).toBe(true);
  });

  it('without a publication date, a clause whose own "on Friday" cannot be placed is not dated certainly by another year', () => {
    const d = at(null, ['The mayor resigned on Friday over a loan scandal that began in 2017.'], 'mayor resigned').date;
    expect(d.yearUncertain).toBe(true);
  });

  it('a count made after a sentence turned the story back to a happening dated in another year', () => {
    const texts = [
      'The mayor of Delmer was freed late Wednesday, two months after she was arrested at a rally outside the town hall.',
      'Her lawyer said she was last questioned on Monday. "They have nothing," he said.',
      'Police say her speech at the rally encouraged supporters to throw stones. Photos posted online the following day showed officers beating a man.',
    ];
    const d = at('2021-02-11', texts, 'Photos posted online').date;
    expect(d.yearUncertain).toBe(true);
    expect(d.note).toContain('rally');
  });

  it('a date inside what a telling reported does not date the telling', () => {
    const texts = ['The bank cut its forecast in May, after the mint reported that exports had fallen sharply in the last quarter of last year.'];
    expect(at(PUB, texts, 'mint reported').date.yearUncertain).toBe(true);
  });
});

describe('a count from a year told as background', () => {
  it('is flagged when that year steps back from a later one its paragraph wrote in a sentence before', () => {
    const texts = ['The old mill closed in 1990. My grandfather, who had started work there in 1951, kept its bell.', 'A museum bought the bell ten years later.'];
    const d = at(PUB, texts, 'museum bought the bell').date;
    expect(d.yearUncertain).toBe(true);
  });

  it('is not flagged when the years are told in the order they happened', () => {
    const texts = ['The old mill opened in 1951. It closed in 1990.', 'A museum bought its bell ten years later.'];
    const d = at(PUB, texts, 'museum bought its bell').date;
    expect(d.start).toBe('2000');
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('a day without a year after a conjunct with a subject of its own', () => {
  it('does not borrow the other conjunct\'s year as certain', () => {
    const texts = ['The school was founded in October 2009, and its first pupils were enrolled on Nov. 2.'];
    const d = at('2021-03-01', texts, 'first pupils').date;
    expect(d.yearUncertain).toBe(true);
  });

  it('takes the tense\'s year, as a guess, when the other conjunct\'s year would put it before that conjunct\'s month', () => {
    const texts = ['Drilling started in September 2017, and the tunnel was opened on Feb. 2.'];
    const d = at('2021-03-01', texts, 'tunnel was opened').date;
    // Any February from 2018 on fits the words; the publication year's is the likeliest reading, not a certain one.
    expect(d.start).toBe('2021-02-02');
    expect(d.yearUncertain).toBe(true);
  });

  it('keeps the doubt when that conjunct is in the past perfect', () => {
    const texts = ['Drilling started in September 2017, and the old road had been closed on Feb. 2.'];
    expect(at('2021-03-01', texts, 'old road had been closed').date.yearUncertain).toBe(true);
  });
});

describe('"until" a weekday in a clause told in the past', () => {
  it('ends a stretch that runs on from the day the story is at, even past publication', () => {
    const texts = ['The storm reached the coast on Tuesday. The council shut the beach until Friday.'];
    // Published on Thursday 10 June 2021: the Friday before the storm cannot end what the storm began.
    expect(at(PUB, texts, 'shut the beach').date.start).toBe('2021-06-11');
  });

  it('across the turn of a year, the year of the day after the story\'s day', () => {
    const texts = ['A tanker ran aground on Dec. 30. The port was closed until Wednesday.'];
    // Published on Saturday 1 January 2000: the Wednesday before the grounding is 1999's; the one after, 2000's.
    const d = at('2000-01-01', texts, 'port was closed').date;
    expect(d.start).toBe('2000-01-05');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('a stretch told in the past perfect had ended before', () => {
    const texts = ['The storm reached the coast on Tuesday. The pier had been shut until Monday for repairs.'];
    expect(at(PUB, texts, 'pier had been shut').date.start).toBe('2021-06-07');
  });
});

describe('a conjunct told before a count', () => {
  it('a first conjunct with no date is not dated by a count in the next, whose subject has an aside', () => {
    const texts = ['In 2003 the ferry sank off the cape. Its four passengers were saved, and Berg, then 41, rebuilt the pier the following summer.'];
    const saved = at(PUB, texts, 'passengers were saved').date;
    expect(saved.start.slice(0, 4)).not.toBe('2004');
    expect(at(PUB, texts, 'rebuilt the pier').date.start).toBe('2004-06');
  });
});

describe('without a publication date', () => {
  it('"the following year" counts from the year in focus even when no day was told', () => {
    const texts = ['The mine closed in March 1985. Its last workers moved away the following year.'];
    const d = at(null, texts, 'last workers moved away').date;
    expect(d.start).toBe('1986');
    expect(d.yearUncertain).toBeUndefined();
  });
});

describe('anchorHoldsYear', () => {
  it('holds for a known year where its sentence left the story, whatever the distance', () => {
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false }, 6, undefined)).toBe(true);
  });
  it('fails for a guessed year, a step back, or a vague stretch told in between', () => {
    expect(anchorHoldsYear({ sentence: 3, uncertain: true, ambiguous: false }, 4, undefined)).toBe(false);
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: true }, 4, undefined)).toBe(false);
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false }, 5, 4)).toBe(false);
    // A vague stretch in the anaphor's own sentence or the anchor's does not stand between them.
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false }, 5, 5)).toBe(true);
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false }, 5, 3)).toBe(true);
  });
  it('fails for a step back from a later year of its paragraph, but only for a count in a later sentence', () => {
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false, flashback: true }, 4, undefined)).toBe(false);
    expect(anchorHoldsYear({ sentence: 3, uncertain: false, ambiguous: false, flashback: true }, 3, undefined)).toBe(true);
  });
});

describe('the antecedent in narrative focus (issue 8, family 3)', () => {
  it('"<month> of that year" is that month of the year in focus, not of the publication year', () => {
    const texts = ['The bakery opened in March 1987. It hired its first apprentice in September of that year.'];
    const d = at(PUB, texts, 'first apprentice').date;
    expect(d.start).toBe('1987-09');
    expect(d.yearUncertain).toBeUndefined();
  });

  it('"two summers ago" is the summer before last, counted from publication', () => {
    const d = at(PUB, ['A fox was first seen in the park two summers ago.'], 'fox was first seen').date;
    expect(d).toMatchObject({ start: '2019-06', end: '2019-08' });
  });

  it('days counted after a season are days of its year, even past a quote dated by its telling', () => {
    const texts = [
      'A walker picked up the coin on the ridge two summers ago. Her son posted photos of it the next morning. "I nearly threw it back," she said on Tuesday.',
      'A museum expert came to see the coin a week later.',
    ];
    const photos = at(PUB, texts, 'posted photos').date;
    expect(photos.start).toBe('2019');
    expect(photos.yearUncertain).toBeUndefined();
    expect(at(PUB, texts, 'museum expert').date.start).toBe('2019');
  });

  it('a day counted while a year told paragraphs back and a day told before it give different years is flagged', () => {
    const texts = [
      'The diver reached the wreck on May 3, in clear water.',
      'The ship had sunk in 1911 with a cargo of coal.',
      'Her brother phoned the harbour master that same evening. The harbour master came out a week later.',
    ];
    expect(at(PUB, texts, 'phoned the harbour master').date.yearUncertain).toBe(true);
    expect(at(PUB, texts, 'came out').date.yearUncertain).toBe(true);
  });
});
