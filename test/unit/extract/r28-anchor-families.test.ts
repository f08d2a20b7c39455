import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 28 (c28): anchors for families left open in probes 4 and 14 to 17. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a question-and-answer interview is told on the day of the visit', () => {
  const pub = '2024-05-15'; // a Wednesday; the Friday before is May 10, the Tuesday before that May 7
  const texts = [
    'Orla Penhale closes the village bakery at the end of the month. We visited her at the bakery on Friday.',
    'Who will take over?',
    'My nephew. He started on Tuesday and burned the first batch. Yesterday he got it right.',
  ];

  it('a past weekday in an answer is the one before the visit, not before publication', () => {
    expect(shortestAt(pub, texts, 'started on Tuesday').date).toMatchObject({ start: '2024-05-07' });
  });

  it('"yesterday" in an answer is the day before the visit', () => {
    expect(shortestAt(pub, texts, 'got it right').date).toMatchObject({ start: '2024-05-09' });
  });

  it('a paragraph that answers no question still counts from publication', () => {
    const plain = [texts[0], 'Her nephew started on Tuesday and burned the first batch.'];
    expect(shortestAt(pub, plain, 'started on Tuesday').date).toMatchObject({ start: '2024-05-14' });
  });
});

describe('a weekday said on that same weekday is a week away', () => {
  const pub = '2024-05-15'; // a Wednesday; the Monday before is May 13

  it('"They will move on Monday" said at a Monday visit is the Monday after', () => {
    const texts = [
      'The last three pupils leave Ashcombe school this week. We spoke to their teacher on Monday.',
      'Where do the children go next?',
      'To the school in Harnby. They will move there on Monday, by bus.',
    ];
    expect(shortestAt(pub, texts, 'move there on Monday').date).toMatchObject({ start: '2024-05-20' });
  });
});

describe('"last week" in an answer is the week before the visit', () => {
  const pub = '2024-05-15'; // a Wednesday; the visit on Saturday May 11; the week before it is April 29 to May 5

  it('counts the week from the visit, not from publication', () => {
    const texts = [
      'Tamsin Oake rings the church bells for the last time on Sunday. We talked to her in the tower on Saturday.',
      'Do the bells still surprise you?',
      'A rope snapped last week, in the middle of a wedding.',
    ];
    expect(shortestAt(pub, texts, 'rope snapped').date).toMatchObject({ start: '2024-04-29', end: '2024-05-05' });
  });
});

describe('a spell of years told beside a dated clause ends at its date, whatever the tense', () => {
  const pub = '2024-05-15'; // a Wednesday; the Sunday after is May 19

  it('"retires on Sunday, after 22 years as harbour master" runs 22 years up to Sunday', () => {
    const texts = ['Edda Marrish retires on Sunday, after 22 years as harbour master at Colnby.'];
    const spell = shortestAt(pub, texts, '22 years as harbour master');
    expect(spell.date).toMatchObject({ start: '2002-05-19', end: '2024-05-19' });
    expect(shortestAt(pub, texts, 'retires on Sunday').date).toMatchObject({ start: '2024-05-19' });
  });

  it('a second spell joined on by "and" is a stretch of its own', () => {
    const texts = ['Edda Marrish retires on Sunday, after 22 years as harbour master and 35 years on the quays.'];
    expect(shortestAt(pub, texts, '35 years on the quays').date).toMatchObject({ start: '1989-05-19', end: '2024-05-19' });
  });

  it('a spell that opens the sentence ends at the date after it', () => {
    const texts = ['After 40 years of mending nets on the quay, Bran Oakes closes his shed at the end of the month.'];
    expect(shortestAt(pub, texts, '40 years of mending nets').date).toMatchObject({ start: '1984-05', end: '2024-05' });
  });
});

describe('a role given as a noun phrase with "since" holds up to now', () => {
  const pub = '2024-05-15';

  it('"Ivo Crane, my foreman since 1996." runs from 1996 to publication', () => {
    const texts = ['Who runs the boatyard when you are away?', 'Ivo Crane, my foreman since 1996. He knows every hull on the slip.'];
    expect(shortestAt(pub, texts, 'foreman since 1996').date).toMatchObject({ start: '1996', end: '2024-05-15' });
  });

  it('"the worst storm since 1987" is no state up to now', () => {
    const texts = ['The gale on Friday was the worst storm since 1987.'];
    expect(shortestAt(pub, texts, 'worst storm').date.end).not.toBe('2024-05-15');
  });
});

describe('a possessive day\'s happening keeps where it happened in its evidence', () => {
  const pub = '2024-05-16'; // a Thursday; the Tuesday before is May 14

  it('"after Tuesday\'s blast at the Ridgeway refinery" quotes the place too', () => {
    const texts = ['Firefighters on Thursday put out the last fires after Tuesday\'s blast at the Ridgeway oil refinery, and the owners closed the site.'];
    const blast = events(pub, ...texts).find((e) => e.date.start === '2024-05-14')!;
    expect(quoteOf(blast, texts)).toBe("after Tuesday's blast at the Ridgeway oil refinery");
  });
});

describe('a weekday declared a day of something is still ahead', () => {
  const pub = '2024-05-16'; // a Thursday; the Monday after is May 20

  it('"declared Monday a public holiday" is the Monday to come', () => {
    const texts = ['After the team won the cup on Wednesday, the governor declared Monday a public holiday.'];
    expect(shortestAt(pub, texts, 'declared Monday').date).toMatchObject({ start: '2024-05-20' });
  });
});

describe('"a week tomorrow" is a week on from tomorrow', () => {
  const pub = '2024-05-15'; // a Wednesday; tomorrow is May 16

  it('"The fair opens a week tomorrow" is May 23', () => {
    const texts = ['The Corran Bridge fair opens a week tomorrow, the organisers said.'];
    expect(shortestAt(pub, texts, 'fair opens').date).toMatchObject({ start: '2024-05-23' });
  });
});

describe('"for a week tomorrow" is a stay that starts tomorrow', () => {
  it('"leaves for a week tomorrow" is tomorrow', () => {
    const texts = ['The ferry crew leaves for a week tomorrow, the harbour office said.'];
    expect(shortestAt('2024-05-15', texts, 'crew leaves').date).toMatchObject({ start: '2024-05-16' });
  });
});

describe('a leading spell told in the past makes one event, not two', () => {
  it('"After 12 years of work, the bridge opened in 1981" has one event for the work', () => {
    const texts = ['After 12 years of work on the piers, the Harl bridge opened to traffic in 1981.'];
    const work = events('2024-05-15', ...texts).filter((e) => quoteOf(e, texts).includes('12 years of work') && !quoteOf(e, texts).includes('opened'));
    expect(work).toHaveLength(1);
    expect(work[0].date).toMatchObject({ start: '1969', end: '1981' });
  });
});
