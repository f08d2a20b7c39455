import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 40 (c40): counts and stretches that counted from the wrong time. "Two years after that" opening a sentence goes
// on from the time just told, as "two years later" does, and "for three days after that" is the stretch of those days;
// a year after "since <a noun>" starts a stretch and does not move the story off the month in focus; a state told as
// now ("is no longer …, eighteen months after …") counts back from publication; a perfect in a relative clause after a
// date does not make that date a flashback. Every sentence here was written for this test (none comes from an eval set
// or a probe).

describe('r40-after-that: a count "after that" opening its sentence goes on from the time told', () => {
  it('r40-after-that: "Two years after that the owner built …" is two years after the year told', () => {
    const t = ['The old tannery on Brook Lane burned down in 1911. Two years after that the owner built a new one on the hill.'];
    const e = shortestAt('2020-06-01', t, 'built a new one');
    expect([e.date.start, e.date.end]).toEqual(['1913', undefined]);
  });

  it('r40-after-that: "For three days after that, …" is the three days after the day told, not the third alone', () => {
    const t = ['A burst main flooded the Corn Street cellars on 4 March 2019. For three days after that, firefighters pumped water out of the basements, and the street reopened on 9 March.'];
    const e = shortestAt('2019-03-20', t, 'firefighters pumped');
    expect([e.date.start, e.date.end]).toEqual(['2019-03-05', '2019-03-07']);
  });

  it('r40-after-that: "a week before that" counts back from the day told', () => {
    const t = ['The ferry ran aground off Tarrow Point on 20 May 2016. A week before that, the harbour master had warned of a shifting sandbank.'];
    const e = shortestAt('2016-06-01', t, 'harbour master had warned');
    expect(e.date.start).toBe('2016-05-13');
  });

  it('r40-after-that: not after an undated clause of its own sentence ("…, and two years after that she …")', () => {
    const t = ['The Pellmoor colliery closed in 1968.', 'She learned to type at the Guild evening school, and two years after that she took a job at the county library.'];
    const e = shortestAt('2020-06-01', t, 'took a job');
    expect(e.date.start).not.toBe('1970');
  });

  it('r40-after-that: "that" before its noun is no time told ("ten days after that decision")', () => {
    const t = ['The board voted on 2 April 2018 to close the depot. Ten days after that decision the drivers walked out.'];
    const e = shortestAt('2018-05-01', t, 'drivers walked out');
    expect(e.date.rule).not.toMatch(/^ago\//);
  });
});

describe('r40-since-noun: a year after "since <a noun>" starts a stretch and leaves the month in focus', () => {
  it('r40-since-noun: "found last October by a man who has searched since his sixtieth birthday in 1994. … the next morning"', () => {
    const t = [
      'The brooch was found last October by Amos Reed, a retired miner who has searched the moor with a metal detector since his sixtieth birthday in 1994.',
      '"The signal came at dusk," Mr Reed said. He took the brooch to the county museum the next morning.',
    ];
    const e = shortestAt('2006-03-01', t, 'took the brooch');
    expect(e.date.start).toBe('2005-10');
  });
});

describe('r40-present-state: a count set off after a state told as now counts back from publication', () => {
  it('r40-present-state: "is no longer in special measures, eighteen months after inspectors found …"', () => {
    const t = ['Ashby Road Primary School in Kelton is no longer in special measures, eighteen months after inspectors found it was failing its pupils.'];
    const e = shortestAt('2016-05-12', t, 'inspectors found');
    expect([e.date.start, e.date.rule]).toEqual(['2014-11', 'sequence/counted-back-from-publication']);
  });

  it('r40-present-state: "is open again, two years after a storm tore away its end"', () => {
    const t = ['The Old Pier at Selby Sands is open again, two years after a storm tore away its end.'];
    const e = shortestAt('2021-08-01', t, 'storm tore away');
    expect(e.date.start).toBe('2019');
  });
});

describe('r40-relative-perfect: a perfect in a relative clause after a date does not make the date a flashback', () => {
  it('r40-relative-perfect: "got into the network on 27 October through an account, whose password had been …. Over the following week …"', () => {
    const t = [
      'In a statement on Monday, the chief executive of Dunmore council apologised to residents.',
      'The intruders first got into the network on 27 October through an account belonging to a clerk, whose password had been leaked elsewhere. Over the following week they copied files to an outside server.',
    ];
    const e = shortestAt('2021-11-17', t, 'copied files');
    expect([e.date.start, e.date.end]).toEqual(['2021-10-28', '2021-11-03']);
  });

  it('r40-relative-perfect: a date opening its clause still takes the perfect after it ("On 2 March, …, the crew had checked it")', () => {
    const t = [
      'The pipe under Mill Road burst on Friday, 9 March 2018.',
      'On 2 March, which was a Friday too, the crew had checked it. The next morning the road was closed.',
    ];
    const e = shortestAt('2018-03-15', t, 'road was closed');
    expect(e.date.start).toBe('2018-03-10');
  });
});

describe('r40-week-month: a week told is in the month of its first day, for a season counted from it', () => {
  it('r40-week-month: "It was two years ago this week that I bought the boat … its owner had sailed it until the summer before"', () => {
    const t = [
      'It was two years ago this week that I bought the Mallow from a boatyard in Fenwick, and I have not regretted a day of it.',
      'She came to me from Orrin Pask, who had sailed her until his eyesight failed the summer before.',
    ];
    const e = shortestAt('2019-10-04', t, 'eyesight failed');
    expect([e.date.start, e.date.end, e.date.yearUncertain]).toEqual(['2017-06', '2017-08', undefined]);
  });
});
