import { describe, expect, it } from 'vitest';
import { verbStems } from '../../../shared/extract/lexicon';
import { events, shortestAt } from './event-lookup';

// Round 32 (b32): a happening told with a verb and its date, later named again by a noun ("since his arrest", "after
// the merger", "before the vote", "until its closure", "the day of the fire"). Every sentence here was written for
// this test (none comes from an eval set or a probe).

const PUB = '2024-06-10';

describe('nouns of action and the verbs they come from', () => {
  it('takes off the endings English makes such nouns with', () => {
    expect(verbStems('resignation')).toContain('resign');
    expect(verbStems('explosion')).toContain('explod');
    expect(verbStems('election')).toContain('elect');
    expect(verbStems('appointment')).toContain('appoint');
    expect(verbStems('approval')).toContain('approv');
    expect(verbStems('closure')).toContain('clos');
    expect(verbStems('merger')).toContain('merg');
    expect(verbStems('disappearance')).toContain('disappear');
    expect(verbStems('discovery')).toContain('discover');
    expect(verbStems('arrest')).toEqual(['arrest']);
  });
});

describe('"since" the happening: from its date', () => {
  it('"has been held in custody since his arrest" runs from the arrest to publication', () => {
    const texts = ['Police arrested Tom Reed on March 3.', 'He has been held in custody since his arrest.'];
    expect(shortestAt(PUB, texts, 'held in custody').date).toMatchObject({ start: '2024-03-03', end: PUB });
  });

  it('"Since the merger, the group has closed 40 branches" runs from the merger', () => {
    const texts = ['The two banks merged in 2009.', 'Since the merger, the group has closed 40 branches.'];
    expect(shortestAt(PUB, texts, 'closed 40 branches').date).toMatchObject({ start: '2009', end: PUB });
  });

  it('"Since the survey the council has spent nothing" runs from a survey brought in with "a"', () => {
    const texts = ['A survey of the bridge was carried out in May 2022.', 'Since the survey the council has spent nothing on it.'];
    expect(shortestAt(PUB, texts, 'spent nothing').date).toMatchObject({ start: '2022-05', end: PUB });
  });

  it('a past perfect ("had run the office since her resignation") runs to the day the story has got to', () => {
    const texts = ['The mayor resigned on May 2. The court met on June 1.', 'Her deputy had run the office alone since her resignation.'];
    expect(shortestAt(PUB, texts, 'run the office').date).toMatchObject({ start: '2024-05-02', end: '2024-06-01' });
  });

  it('of two arrests told with different dates, the nearer one is meant', () => {
    const texts = ['Police arrested him on March 3. He was arrested again on April 9.', 'Since his arrest he has refused food.'];
    expect(shortestAt(PUB, texts, 'refused food').date).toMatchObject({ start: '2024-04-09', end: PUB });
  });
});

describe('"after" the happening: from its date, before publication when told in the past', () => {
  it('"After his arrest, Reed was moved to a prison in Leeds"', () => {
    const texts = ['Police arrested Tom Reed on March 3.', 'After his arrest, Reed was moved to a prison in Leeds.'];
    expect(shortestAt(PUB, texts, 'moved to a prison').date).toMatchObject({ start: '2024-03-03', end: PUB });
  });

  it('"Following the merger, the group closed 40 branches"', () => {
    const texts = ['The two banks merged in 2009.', 'Following the merger, the group closed 40 branches.'];
    expect(shortestAt(PUB, texts, 'closed 40 branches').date).toMatchObject({ start: '2009', end: PUB });
  });

  it('"Prices rose sharply after the vote", the vote told as "approved"', () => {
    const texts = ['Voters approved the plan on May 4.', 'Prices rose sharply after the vote.'];
    expect(shortestAt(PUB, texts, 'Prices rose').date).toMatchObject({ start: '2024-05-04', end: PUB });
  });

  it('"Many workers left the town after the sale", the sale told as "sold"', () => {
    const texts = ['The mill was sold in 1988.', 'Many workers left the town after the sale.'];
    expect(shortestAt(PUB, texts, 'Many workers left').date).toMatchObject({ start: '1988', end: PUB });
  });
});

describe('"after" the happening with a spell, beside a dated conjunct', () => {
  it('"After his retirement he coached for twelve years, and in 2001 the club named a stand after him"', () => {
    const texts = ['He played on until he retired in May 1980.', 'After his retirement he coached the juniors for twelve years, and in 2001 the club named a stand after him.'];
    expect(shortestAt(PUB, texts, 'coached the juniors').date).toMatchObject({ start: '1980-05', end: '1992-05' });
    expect(shortestAt(PUB, texts, 'named a stand').date).toMatchObject({ start: '2001' });
  });

  it('"Following the merger she ran the new bank for six years" counts on from the merger', () => {
    const texts = ['The two banks merged in 2003.', 'Following the merger she ran the new bank for six years.'];
    expect(shortestAt(PUB, texts, 'ran the new bank').date).toMatchObject({ start: '2003', end: '2009' });
  });

  it('"After the crash the line stayed shut for three weeks", the crash told as "collided"', () => {
    const texts = ['Two trains collided near Lund on April 2, 2012.', 'After the crash the line stayed shut for three weeks.'];
    expect(shortestAt(PUB, texts, 'the line stayed shut').date).toMatchObject({ start: '2012-04-02', end: '2012-04-22' });
  });
});

describe('"before" and "until" the happening: up to its date', () => {
  it('"Before the approval, residents had protested for months"', () => {
    const texts = ['The council approved the plan on May 4.', 'Before the approval, residents had protested for months.'];
    expect(shortestAt(PUB, texts, 'residents had protested').date).toMatchObject({ start: '2024-05-04', mod: 'before' });
  });

  it('"Before the discovery, the ship was thought lost", the discovery told as "discovered"', () => {
    const texts = ['Divers discovered the wreck on July 9, 2021.', 'Before the discovery, the ship was thought lost.'];
    expect(shortestAt(PUB, texts, 'thought lost').date).toMatchObject({ start: '2021-07-09', mod: 'before' });
  });

  it('"She had warned colleagues twice before her resignation"', () => {
    const texts = ['The minister resigned on Oct. 2, 2023.', 'She had warned colleagues twice before her resignation.'];
    expect(shortestAt(PUB, texts, 'warned colleagues').date).toMatchObject({ start: '2023-10-02', mod: 'before' });
  });

  it('"It employed 400 people until its closure"', () => {
    const texts = ['The plant closed in 2015.', 'It employed 400 people until its closure.'];
    expect(shortestAt(PUB, texts, 'employed 400 people').date).toMatchObject({ start: '2015', mod: 'before' });
  });

  it('"Until her retirement she ran the laboratory alone"', () => {
    const texts = ['Ms Hale retired in 1990.', 'Until her retirement she ran the laboratory alone.'];
    expect(shortestAt(PUB, texts, 'ran the laboratory').date).toMatchObject({ start: '1990', mod: 'before' });
  });

  it('"Lorries crossed it until the collapse"', () => {
    const texts = ['The old bridge collapsed on Jan. 8, 2019.', 'Lorries crossed it until the collapse.'];
    expect(shortestAt(PUB, texts, 'Lorries crossed it').date).toMatchObject({ start: '2019-01-08', mod: 'before' });
  });
});

describe('a stretch "from" a date "until" the happening', () => {
  it('"which she chaired from 2011 until her resignation" ends on the resignation', () => {
    const texts = ['Ms Ode resigned on March 2, 2019, after a vote of no confidence.', 'The board, which she chaired from 2011 until her resignation, met again on Friday.'];
    expect(shortestAt(PUB, texts, 'chaired from 2011').date).toMatchObject({ start: '2011', end: '2019-03-02' });
  });

  it('"ran it from 1998 until the takeover", the takeover told as "took over"', () => {
    const texts = ['A rival group took over the brewery in June 2014.', 'He ran the brewery from 1998 until the takeover, and then retired in 2016.'];
    expect(shortestAt(PUB, texts, 'ran the brewery').date).toMatchObject({ start: '1998', end: '2014-06' });
  });

  it('"played for the club from 1990 until his transfer" is left alone when no transfer was told', () => {
    const texts = ['He played for the club from 1990 until his transfer.'];
    expect(shortestAt(PUB, texts, 'played for the club').date.end).toBeUndefined();
  });
});

describe('irregular pairs: "born" is a birth, "married" a marriage', () => {
  it('"Crowds gathered at the palace after her birth"', () => {
    const texts = ['The princess was born on May 3, 1990.', 'Crowds gathered at the palace after her birth.'];
    expect(shortestAt(PUB, texts, 'Crowds gathered').date).toMatchObject({ start: '1990-05-03', end: PUB });
  });

  it('"Before their marriage, she had lived in Oslo"', () => {
    const texts = ['The couple married in June 2001.', 'Before their marriage, she had lived in Oslo.'];
    expect(shortestAt(PUB, texts, 'lived in Oslo').date).toMatchObject({ start: '2001-06', mod: 'before' });
  });
});

describe('"the day of" the happening: its day', () => {
  it('"On the day of the fire, workers left early"', () => {
    const texts = ['Fire broke out at the mill on Jan. 5.', 'On the day of the fire, workers left early.'];
    expect(shortestAt(PUB, texts, 'workers left early').date).toMatchObject({ start: '2024-01-05' });
  });

  it('"The shop had closed early the day of the crash"', () => {
    const texts = ['Two lorries crashed on the ring road on Feb. 12.', 'The shop had closed early the day of the crash.'];
    expect(shortestAt(PUB, texts, 'closed early').date).toMatchObject({ start: '2024-02-12' });
  });

  it('"Voters queued for hours on the day of the election"', () => {
    const texts = ['She was elected mayor on May 2, 2019.', 'Voters queued for hours on the day of the election.'];
    expect(shortestAt(PUB, texts, 'Voters queued').date).toMatchObject({ start: '2019-05-02' });
  });
});

describe('a conjunct that names the happening again beside a dated one', () => {
  it('"has stayed shut since the fire, and the land was sold last month": two events', () => {
    const texts = ['Fire destroyed the bakery on Aug. 3, 2022.', 'The shop has stayed shut since the fire, and the land was sold last month.'];
    expect(shortestAt(PUB, texts, 'stayed shut').date).toMatchObject({ start: '2022-08-03', end: PUB });
    expect(shortestAt(PUB, texts, 'the land was sold').date).toMatchObject({ start: '2024-05' });
  });

  it('"said the firm failed in 2009, and that he had repaid £900 since his arrest": the second conjunct', () => {
    const texts = ['Police arrested Tom Reed on March 3. His trial opened on June 4.', 'His lawyer said his firm failed in 2009, and that he had repaid £900 since his arrest.'];
    expect(shortestAt(PUB, texts, 'repaid £900').date).toMatchObject({ start: '2024-03-03', end: '2024-06-04' });
    expect(shortestAt(PUB, texts, 'failed in 2009').date).toMatchObject({ start: '2009' });
  });
});

describe('a sudden happening the text never tells by its verb is the story\'s lead, as a guess', () => {
  it('"and many who fled after the storm have not returned": from the lead\'s day, flagged', () => {
    const texts = ['Gales tore the roofs off forty houses in Brill on Sunday night, and power lines came down across the valley. The town hall took in 200 people that week, and many who fled after the storm have not returned.'];
    const e = shortestAt('2024-06-12', texts, 'many who fled');
    expect(e.date).toMatchObject({ start: '2024-06-09', end: '2024-06-12', yearUncertain: true });
  });

  it('"After the blast the street was closed", the blast never told as "exploded"', () => {
    const texts = ['Windows shattered across Hale Street on March 2 when a gas main went up.', 'After the blast the street was closed to traffic.'];
    expect(shortestAt(PUB, texts, 'closed to traffic').date).toMatchObject({ start: '2024-03-02', end: PUB, yearUncertain: true });
  });

  it('not for "since": a stretch from a guessed happening would be a made-up start', () => {
    const texts = ['Windows shattered across Hale Street on March 2 when a gas main went up.', 'Since the blast the street has been closed to traffic.'];
    expect(events(PUB, ...texts).filter((e) => /named-again/.test(e.date.rule ?? ''))).toEqual([]);
  });

  it('"after the council has voted" is a clause, not a happening named', () => {
    const texts = ['Council approved the budget on March 2.', 'The work will start after the council has voted again.'];
    expect(events(PUB, ...texts).filter((e) => /named-again/.test(e.date.rule ?? ''))).toEqual([]);
  });
});

describe('a happening told again by its subject and its verb ("since the roof fell in")', () => {
  it('"has been shut since the mill closed", the closing told as "The mill closed in 1988"', () => {
    const texts = ['The mill closed in 1988.', 'The station has been shut since the mill closed.'];
    expect(shortestAt(PUB, texts, 'station has been shut').date).toMatchObject({ start: '1988', end: PUB });
  });

  it('"After the council voted, campaigners marched to the town hall"', () => {
    const texts = ['The council voted on May 4 to shut the baths.', 'After the council voted, campaigners marched to the town hall.'];
    expect(shortestAt(PUB, texts, 'campaigners marched').date).toMatchObject({ start: '2024-05-04', end: PUB });
  });

  it('"Walkers used the towpath until the roof fell in", the roof told as "part of it fell in"', () => {
    const texts = ['The roof was the weak point. In January part of it fell in during a gale.', 'Walkers used the towpath until the roof fell in.'];
    expect(shortestAt(PUB, texts, 'Walkers used the towpath').date).toMatchObject({ start: '2024-01', mod: 'before' });
  });

  it('"Before the dam broke, farmers had moved their herds", a past perfect', () => {
    const texts = ['The dam broke on Feb. 9.', 'Before the dam broke, farmers had moved their herds uphill.'];
    expect(shortestAt(PUB, texts, 'farmers had moved').date).toMatchObject({ start: '2024-02-09', mod: 'before' });
  });

  it('another subject with a plain verb is not the same happening ("since the bank closed" after "the mill closed")', () => {
    const texts = ['The mill closed in 1988.', 'The village has had no cash machine since the bank closed.'];
    expect(events(PUB, ...texts).filter((e) => /named-again/.test(e.date.rule ?? ''))).toEqual([]);
  });
});

describe('an aside that names the happening again, in a dated sentence', () => {
  it('"The towpath, closed to walkers since the roof fell in, will reopen next month": the aside is its own event', () => {
    const texts = ['In January part of the roof fell in during a storm.', 'The towpath, closed to walkers since the roof fell in, will reopen next month.'];
    expect(shortestAt(PUB, texts, 'closed to walkers').date).toMatchObject({ start: '2024-01', end: PUB });
    expect(shortestAt(PUB, texts, 'will reopen next month').date).toMatchObject({ start: '2024-07' });
  });

  it('"The pier, shut since the storm struck, was sold on Monday"', () => {
    const texts = ['A storm struck the coast on Jan. 12.', 'The pier, shut to visitors since the storm struck, was sold on Monday.'];
    expect(shortestAt(PUB, texts, 'shut to visitors').date).toMatchObject({ start: '2024-01-12', end: PUB });
  });
});

describe('what is left alone', () => {
  it('a counted phrase stays a count ("Three days after his arrest, he was charged")', () => {
    const texts = ['Police arrested Tom Reed on March 3.', 'Three days after his arrest, he was charged.'];
    expect(shortestAt(PUB, texts, 'he was charged').date).toMatchObject({ start: '2024-03-06' });
  });

  it('a happening the text never told ("Following his release on bail")', () => {
    const texts = ['Police arrested Tom Reed on March 3.', 'Following his release on bail, he flew home.'];
    expect(shortestAt(PUB, texts, 'he flew home').date.rule).not.toMatch(/named-again/);
  });

  it('a clause of its own after "after" that retells nothing told ("After the council voted, he left")', () => {
    const texts = ['The board met on May 4.', 'After the council voted, he left the hall.'];
    expect(shortestAt(PUB, texts, 'left the hall').date.rule).not.toMatch(/named-again/);
  });

  it('a present or future clause ("expects to sell more than before the fire")', () => {
    const texts = ['The theatre burned down on Nov. 26, 2016.', 'The theatre says it expects to sell 180 seats a night, against 140 before the fire.'];
    expect(events(PUB, ...texts).filter((e) => /named-again/.test(e.date.rule ?? ''))).toEqual([]);
  });

  it('the remarks made after a hearing ("the lawyer said after the hearing")', () => {
    const texts = ['The court held a hearing on May 2.', 'He will appeal, the lawyer said after the hearing.'];
    expect(events(PUB, ...texts).filter((e) => /named-again/.test(e.date.rule ?? ''))).toEqual([]);
  });
});
