import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 47 (c47), counts, lengths and "since". Sentences written for these tests (none from an eval set or a probe).

describe('r47-named-part: a happening dated to a part of its time still dates what "since" names again', () => {
  const PUB = '2016-05-12';

  it('r47-named-part: "took over at the start of last year … Since her arrival the mill has …" runs from that year up to publication', () => {
    const texts = ['Mara Lent, who took over as manager at the start of last year, said the staff had "done wonders" for the place. Since her arrival the mill has opened a shop, and last summer its flour won a prize.'];
    const e = shortestAt(PUB, texts, 'Since her arrival');
    // "at the start of last year" is its first month (round 53, a53b): the stretch starts there.
    expect(e.date).toMatchObject({ start: '2015-01', end: PUB, rule: 'narrative-focus/named-again-since' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r47-named-part: "joined … in mid-2012" and, a paragraph on, "has toured twice since his arrival"', () => {
    const texts = ['Piet Koss joined the band as its drummer in mid-2012, after years in Leiden.', 'The band has toured Japan twice since his arrival.'];
    expect(shortestAt(PUB, texts, 'since his arrival').date).toMatchObject({ start: '2012', end: PUB });
  });

  it('r47-named-part: a telling only bounded ("before 2012") still names no start', () => {
    const texts = ['Piet Koss joined the band as its drummer some time before 2012.', 'The band has toured Japan twice since his arrival.'];
    const e = shortestAt(PUB, texts, 'since his arrival');
    expect(e.date.rule).not.toBe('narrative-focus/named-again-since');
  });
});

describe('r47-told-in-words: a happening told by its verb in a dated clause its title leaves out', () => {
  const PUB = '2020-06-01';

  it('r47-told-in-words: "sold fish … and married a ferryman in June 1961" dates a later "since her wedding"', () => {
    const texts = ['Nell Gorran sold fish on the quay and married a ferryman in June 1961. He joined the ferry crew two years later.', 'She has lived above the boathouse since her wedding and still rows most mornings.'];
    const e = shortestAt(PUB, texts, 'since her wedding');
    expect(e.date).toMatchObject({ start: '1961-06', end: PUB, rule: 'narrative-focus/named-again-since' });
  });

  it('r47-told-in-words: in the same paragraph, past other dated sentences, the same', () => {
    const texts = ['Nell Gorran sold fish on the quay and married a ferryman in June 1961. He joined the ferry crew two years later; he died in the hard winter, 20 years ago. She has lived above the boathouse since her wedding and still rows most mornings.'];
    expect(shortestAt(PUB, texts, 'since her wedding').date).toMatchObject({ start: '1961-06', end: PUB });
  });

  it('r47-told-in-words: a telling that comes only after the sentence is not what it names', () => {
    const texts = ['She has lived above the boathouse since her wedding and still rows most mornings.', 'Nell Gorran sold fish on the quay and married a ferryman in June 1961.'];
    const all = events(PUB, ...texts);
    const e = all.find((x) => quoteOf(x, texts).includes('since her wedding'));
    expect(e?.date.start).not.toBe('1961-06');
  });
});

describe('r47-told-since-then: "since then" closing what a dated telling reports runs up to the telling\'s day', () => {
  const PUB = '2003-03-14';

  it('r47-told-since-then: "said on Tuesday that 12 singers had been hired since then" runs from the losses to Tuesday', () => {
    const texts = ['The choir lost 18 singers in May 2001. Its conductor said on Tuesday that 12 singers had been hired since then.'];
    const e = shortestAt(PUB, texts, 'hired since then');
    expect(e.date).toMatchObject({ start: '2001-05', end: '2003-03-11', rule: 'narrative-focus/since-until-telling' });
  });

  it('r47-told-since-then: the same with a plan told after it, which keeps its own date', () => {
    const texts = ['The choir lost 18 singers in May 2001. Its conductor said on Tuesday that 12 singers had been hired since then, and that four more would audition by the end of June.'];
    expect(shortestAt(PUB, texts, 'hired since then').date).toMatchObject({ start: '2001-05', end: '2003-03-11' });
    expect(shortestAt(PUB, texts, 'four more would audition').date.start).toBe('2003-06-30');
  });

  it('r47-told-since-then: the telling itself keeps its day', () => {
    const texts = ['The choir lost 18 singers in May 2001. Its conductor said on Tuesday that 12 singers had been hired since then.'];
    const all = events(PUB, ...texts);
    const telling = all.find((x) => x.date.rule === 'weekday/past-tense/telling');
    expect(telling?.date).toMatchObject({ start: '2003-03-11' });
    expect(telling?.date.end).toBeUndefined();
  });
});
