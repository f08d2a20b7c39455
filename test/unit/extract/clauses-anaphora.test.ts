import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 23: a second predicate that shares its subject and carries its own date, "the night before" with no object,
// and a stretch "until" a date that carries on from the sentence before. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a second predicate with no subject of its own, dated alone and told in another tense, is split off', () => {
  const pub = '2024-06-12';

  it('a present perfect "since" after a simple past: the stretch is the second\'s, the first is not on it', () => {
    const texts = ['Shares of the bakery chain dropped 6 percent in morning trading and have shed nearly a third of their worth since January.'];
    const found = events(pub, ...texts);
    const shed = found.find((e) => quoteOf(e, texts).startsWith('have shed'));
    expect(shed?.date).toMatchObject({ start: '2024-01', end: '2024-06-12' });
    expect(shed?.title).toMatch(/chain have shed nearly a third/);
    const dropped = found.find((e) => quoteOf(e, texts).includes('dropped 6 percent'));
    expect(dropped?.title).toMatch(/dropped 6 percent/);
    expect(dropped?.date.start).toBe('2024-06-12');
    expect(dropped?.date.end).toBeUndefined();
    expect(dropped?.date.mod).toBeUndefined();
  });

  it('the first, beside a perfect up to now, is on the day in focus when the story tells of a recent one', () => {
    const texts = ['The bakery chain reported a quarterly loss on Tuesday. Its shares dropped 6 percent on the news and have shed nearly a third of their worth since January.'];
    expect(shortestAt(pub, texts, 'dropped 6 percent').date.start).toBe('2024-06-11');
  });

  it('a day in focus long before publication is another story\'s: the first is then on the publication day', () => {
    const texts = ['The bakery chain was founded on March 3, 1990. Its shares dropped 6 percent on the news and have shed nearly a third of their worth since January.'];
    expect(shortestAt(pub, texts, 'dropped 6 percent').date.start).toBe('2024-06-12');
  });

  it('a simple past with its own year after a present: only the second is on the year', () => {
    const texts = ['The lighthouse museum is open every weekend and built a new gallery in 2019.'];
    const added = shortestAt(pub, texts, 'built a new gallery');
    expect(quoteOf(added, texts).startsWith('built')).toBe(true);
    expect(added.date.start).toBe('2019');
    expect(added.title).toMatch(/^Lighthouse museum built a new gallery/);
  });

  it('one tense for both predicates keeps them one event on the date', () => {
    const texts = ['The harbour master resigned and left the island on Friday.'];
    const found = events(pub, ...texts);
    expect(found).toHaveLength(1);
    expect(found[0].date.start).toBe('2024-06-07');
  });

  it('a participle sharing a perfect\'s auxiliary ("has flooded … and cut off …") is not a simple past of its own', () => {
    const texts = ['The river has flooded forty farms and cut off two villages since Sunday.'];
    const found = events(pub, ...texts);
    expect(found).toHaveLength(1);
    expect(found[0].date).toMatchObject({ start: '2024-06-09', end: '2024-06-12' });
  });

  it('"and" inside a relative clause of the subject, or between nouns, splits nothing', () => {
    const relative = ['Tenants who lost their flats and have lived in a hotel since March are suing the landlord.'];
    expect(events(pub, ...relative).filter((e) => /^Tenants who lost/.test(quoteOf(e, relative)))).toHaveLength(1);
    const nouns = ['The co-op has sold bread and baked goods at the market since 2015.'];
    const found = events(pub, ...nouns);
    expect(found).toHaveLength(1);
    expect(found[0].date.start).toBe('2015');
  });
});

describe('"the night before", "the evening before" with nothing after them count back from the day in focus', () => {
  it('a night before a day the article states is the night of the day before it', () => {
    const texts = ['The ferry ran aground off Skerra on April 9, 2023. The crew had reported a faulty pump the night before.'];
    expect(shortestAt('2023-05-02', texts, 'reported a faulty pump').date.start).toBe('2023-04-08');
  });

  it('opening a sentence, "the evening before" counts from the weekday told just before', () => {
    const pub = '2024-06-12'; // a Wednesday
    const texts = ['The new library opened on Saturday.', 'On the evening before, volunteers shelved the last of the books.'];
    expect(shortestAt(pub, texts, 'volunteers shelved').date.start).toBe('2024-06-07');
  });

  it('a when-clause after "…, after <something> the night before," tells of the date before that phrase', () => {
    const texts = ['The ferry log shows the busiest crossing was on May 2, after a strike the day before, when 900 cars crossed.'];
    const found = events('2024-06-12', ...texts).find((e) => quoteOf(e, texts).startsWith('900 cars'));
    expect(found?.date.start).toBe('2024-05-02');
  });

  it('"the night before the vote" has a happening after it: it is no count back from the focus', () => {
    const texts = ['The council voted on May 20, 2024. Protesters camped outside the night before the vote was held in the hall.'];
    expect(shortestAt('2024-06-12', texts, 'camped outside').date.start).not.toBe('2024-05-19');
  });
});

describe('a stretch "until" a date starts at the date told in the sentence before when "then" carries it on', () => {
  const pub = '2024-12-12';

  it('"It then stalled until the autumn" runs from the approval to the autumn', () => {
    const texts = ['The county approved the ring road on 3 May. It then stalled until the autumn.'];
    expect(shortestAt(pub, texts, 'stalled').date).toMatchObject({ start: '2024-05-03', end: '2024-09' });
  });

  it('"after that … until October" the same, the month its end', () => {
    const texts = ['The county approved the ring road on 3 May. After that the scheme sat idle until October.'];
    expect(shortestAt(pub, texts, 'sat idle').date).toMatchObject({ start: '2024-05-03', end: '2024-10' });
  });

  it('without "then" a stretch "until" a date need not have begun with the sentence before', () => {
    const texts = ['The county approved the ring road on 3 May. The old bridge was closed until October.'];
    const closed = shortestAt(pub, texts, 'was closed').date;
    expect(closed.start).toBe('2024-10');
    expect(closed.end).toBeUndefined();
  });

  it('"the then-mayor" is no "then" of the narration', () => {
    const texts = ['The county approved the ring road on 3 May. The then-mayor kept the scheme idle until October.'];
    expect(shortestAt(pub, texts, 'kept the scheme').date.start).toBe('2024-10');
  });

  it('a season after "until the" with nothing before it stays the season', () => {
    const texts = ['The coastal path was closed until the spring.'];
    expect(shortestAt(pub, texts, 'coastal path').date).toMatchObject({ start: '2024-03', end: '2024-05' });
  });
});

describe('a noun unlike its verb names the happening a dated clause told ("the theft" of what was stolen)', () => {
  const pub = '2024-06-12';

  it('"two days after the theft" counts from the day a thing was taken from somewhere', () => {
    const texts = ['A bronze bell was taken from the chapel on March 3. A farmer found it in a ditch two days after the theft.'];
    expect(shortestAt(pub, texts, 'found it in a ditch').date.start).toBe('2024-03-05');
  });

  it('"the crash" counts from "collided", "the vote" from "approved"', () => {
    const crash = ['A tram and a bus collided near the station on May 10. The line reopened four days after the crash.'];
    expect(shortestAt(pub, crash, 'line reopened').date.start).toBe('2024-05-14');
    const vote = ['The assembly approved the new charter on April 4. Street parties began three days after the vote.'];
    expect(shortestAt(pub, vote, 'Street parties').date.start).toBe('2024-04-07');
  });

  it('a verb with no such sense ("took office") is no theft: at most a guess, flagged', () => {
    const texts = ['The mayor took office on January 8. Thieves broke into the town hall two weeks after the theft.'];
    const d = shortestAt(pub, texts, 'broke into').date;
    expect(d.start !== '2024-01-22' || d.yearUncertain === true).toBe(true);
  });
});

describe('"have since" in a sentence that dates another clause runs on from the happening told before', () => {
  const pub = '2024-06-12';

  it('a "have since" conjunct before ", and" with its own dated clause: from the date before up to publication', () => {
    const texts = ['A storm wrecked the pier in April 2021. The trustees have since repaired it, and the café reopened in May 2023.'];
    const repaired = shortestAt(pub, texts, 'have since repaired');
    expect(repaired.date).toMatchObject({ start: '2021-04', end: '2024-06-12' });
    expect(shortestAt(pub, texts, 'café reopened').date.start).toBe('2023-05');
  });

  it('the same before a relative clause set off that holds the date', () => {
    const texts = ['The choir lost its hall to a fire in March 2022. Its members have since collected 40,000 pounds, which the council matched on 2 May.'];
    expect(shortestAt(pub, texts, 'have since collected').date).toMatchObject({ start: '2022-03', end: '2024-06-12' });
  });

  it('"has" with no "since" before the conjunct keeps the sentence\'s own dates', () => {
    const texts = ['A storm wrecked the pier in April 2021. The trustees have repaired it, and the café reopened in May 2023.'];
    expect(shortestAt(pub, texts, 'have repaired').date.end).not.toBe('2024-06-12');
  });
});

describe('"since <the noun>" opening a sentence, and "have since" with a re- participle', () => {
  const pub = '2024-06-12';

  it('"Since the closure, the village has slowly lost …" runs from the day the mill "closed" up to publication', () => {
    const texts = ['The county ordered the mill closed in 2009.', 'Since the closure, the village has slowly lost its school and its shop.'];
    expect(shortestAt(pub, texts, 'village has slowly lost').date).toMatchObject({ start: '2009', end: '2024-06-12' });
  });

  it('"have since rebuilt" is a present perfect: the conjunct runs from the happening before', () => {
    const texts = ['A storm wrecked the pier in April 2021. The trustees have since rebuilt it, and the café reopened in May 2023.'];
    expect(shortestAt(pub, texts, 'have since rebuilt').date).toMatchObject({ start: '2021-04', end: '2024-06-12' });
  });
});
