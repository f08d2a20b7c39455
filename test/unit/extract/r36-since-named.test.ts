import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (s36): "since <the noun>" naming a happening told earlier by its verb: a newcomer's arrival, a breakdown, a
// grounding, and a plural noun for happenings told together. Every sentence here was written for this test (none comes
// from an eval set or a probe).

const pub = '2024-06-12';
const at = (texts: string[], words: string) => shortestAt(pub, texts, words).date;

describe('"since her arrival" counts from the day a newcomer joined or took over', () => {
  it('took over as head', () => {
    const d = at(['Mrs Kell, who took over as head in September 2022, praised her staff.', 'Since her arrival the school has bought forty laptops.'], 'forty laptops');
    expect(d.start).toBe('2022-09');
    expect(d.end).toBe('2024-06-12');
  });
  it('joined from a rival club', () => {
    const d = at(['The manager joined from a rival club in July 2021.', 'The side has won three cups since his arrival.'], 'three cups');
    expect(d.start).toBe('2021-07');
    expect(d.end).toBe('2024-06-12');
  });
  it('was appointed', () => {
    const d = at(['Dr Amsel was appointed director of the museum in March 2020.', 'Visitor numbers have doubled since her arrival, the trustees say.'], 'Visitor numbers');
    expect(d.start).toBe('2020-03');
  });
});

describe('"since the breakdowns", "since the grounding": machines and ships told by their verb', () => {
  it('a plural of happenings told together', () => {
    const d = at(['Trains on the coast line broke down four times in December 2022.', 'The operator has been fined twice since the breakdowns.'], 'fined twice');
    expect(d.start).toBe('2022-12');
    expect(d.end).toBe('2024-06-12');
  });
  it('a single breakdown', () => {
    const d = at(['The ferry\'s engine broke down in mid-channel on Feb. 3.', 'Passengers have been offered refunds since the breakdown.'], 'offered refunds');
    expect(d.start).toBe('2024-02-03');
    expect(d.end).toBe('2024-06-12');
  });
  it('a grounding', () => {
    const d = at(['A bulk carrier ran aground off the point in March 2019.', 'The harbour board has added two tugs since the grounding.'], 'two tugs');
    expect(d.start).toBe('2019-03');
    expect(d.end).toBe('2024-06-12');
  });
  it('a ship that went aground, named again "ever since"', () => {
    const d = at(['The trawler went aground on the Long Bank in November 2015.', 'Skippers have asked for a new buoy ever since the grounding.'], 'new buoy');
    expect(d.start).toBe('2015-11');
  });
});
