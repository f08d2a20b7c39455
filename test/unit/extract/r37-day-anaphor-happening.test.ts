import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 37 (f37): "that night", "the next morning", "the previous evening" in a sentence that names a happening ("the
// fire", "the flood", "the storm") dated to a day before the day the story has got to count from that happening's
// day, not from the date written last, when neither that sentence nor the one before dates anything of its own.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a day anaphor beside a named happening', () => {
  it('"at 11 p.m. that night", past perfect, after "the week before the fire"', () => {
    const texts = ['A fire broke out at the Harl timber yard on Tuesday, June 8, and burned for a day. Nine days later the owner filed an insurance claim. Investigators found that he had emptied the safe the week before the fire. Phone records showed that he had driven to the yard at 11 p.m. that night.'];
    const e = shortestAt('2021-06-30', texts, 'driven to the yard');
    expect(e.date.start).toBe('2021-06-08');
    expect(e.date.rule).toBe('sequence/day-anaphor-of-happening');
  });

  it('"The flood of that night", opening a paragraph after a later day', () => {
    const texts = ['The river burst its banks at Kell on the night of 4 March 2019 and flooded the lower town.', 'A new wall was opened by the mayor on 9 June 2021.', 'The flood of that night damaged 300 homes.'];
    const e = shortestAt('2023-05-02', texts, 'damaged 300 homes');
    expect(e.date.start).toBe('2019-03-04');
    expect(e.date.rule).toBe('sequence/day-anaphor-of-happening');
  });

  it('"the next morning" in a sentence about the storm, after a later weekday', () => {
    const texts = ['A storm tore the roof off the school in Brede on Friday, Oct. 1. Classes moved to the church hall on Monday. Engineers who inspected the storm damage the next morning found the beams rotten.'];
    const e = shortestAt('2021-10-06', texts, 'found the beams rotten');
    expect(e.date.start).toBe('2021-10-02');
    expect(e.date.rule).toBe('sequence/day-anaphor-of-happening');
  });

  it('"the previous evening" counts back from the named happening', () => {
    const texts = ['The ferry Aldis ran aground off Skerne on 12 August 2020. Her crew were flown home on 20 August. The inquiry heard that the grounding had followed a change of course ordered the previous evening.'];
    const e = shortestAt('2021-02-10', texts, 'change of course');
    expect(e.date.start).toBe('2020-08-11');
    expect(e.date.rule).toBe('sequence/day-anaphor-of-happening');
  });

  it('"the following day" after a happening dated only to its month is in that month', () => {
    const texts = ['The singer Mara Vell was arrested at a rally in Dunmore in March. She was freed on Tuesday, June 15. Police say her speech at the rally started a riot. Video posted the following day showed officers charging the crowd.'];
    const e = shortestAt('2021-06-18', texts, 'showed officers charging');
    expect(e.date.start).toBe('2021-03');
    expect(e.date.rule).toBe('sequence/day-anaphor-of-happening');
    expect(e.date.yearUncertain).toBeFalsy();
  });
});

describe('where the anaphor still counts from the date written last', () => {
  it('the sentence before dates something of its own', () => {
    const texts = ['A storm hit Brede on Friday, Oct. 1. On Monday crews cleared the trees left by the storm. That night the power came back.'];
    const e = shortestAt('2021-10-06', texts, 'power came back');
    expect(e.date.start).toBe('2021-10-04');
  });

  it('a noun that only starts another ("the fire brigade") names no happening', () => {
    const texts = ['A fire broke out at the mill on Friday, Oct. 1. The owner reopened it on Monday. The fire brigade came back for an inspection the next morning.'];
    const e = shortestAt('2021-10-08', texts, 'inspection');
    expect(e.date.start).toBe('2021-10-05');
  });

  it('a happening no event dates to a day is not followed', () => {
    const texts = ['A fire destroyed the mill in 1998. The owner reopened a new mill on Monday, Oct. 4. A reporter who asked about the fire that afternoon was shown out.'];
    const all = events('2021-10-08', ...texts);
    const e = all.find((x) => quoteOf(x, texts).includes('was shown out'));
    expect(e?.date.start).toBe('2021-10-04');
  });
});
