import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (j35): "since" with an indefinite or personal determiner before its happening, and a superlative that names
// whom a closure leaves out. Every sentence here was written for this test (none comes from an eval set or a probe).

const pub = '2024-06-12';
const at = (text: string, words: string) => shortestAt(pub, [text], words).date;

describe('"since a <happening> in <date>" in the present perfect runs up to publication', () => {
  it('a fire', () => {
    const d = at('The village hall has been closed since a fire in March gutted its kitchen.', 'has been closed');
    expect(d.start).toBe('2024-03');
    expect(d.end).toBe('2024-06-12');
    expect(d.mod).toBeUndefined();
  });
  it('a landslide', () => {
    const d = at('Walkers have used a longer path since a landslide in February buried the old one.', 'longer path');
    expect(d.start).toBe('2024-02');
    expect(d.end).toBe('2024-06-12');
  });
  it('our move', () => {
    const d = at('We have not had a single quiet night since our move in January.', 'quiet night');
    expect(d.start).toBe('2024-01');
    expect(d.end).toBe('2024-06-12');
  });
  it('a record told after "since a" stays one happening', () => {
    const d = at('It was the club\'s first win since a cup tie in April.', 'first win');
    expect(d.end).toBeUndefined();
  });
});

describe('a closure to "the largest …" since a date is a state, not a record', () => {
  it('closed to the largest ships', () => {
    const d = at('The canal has been closed to the largest barges since last November because of low water.', 'closed to the largest');
    expect(d.start).toBe('2023-11');
    expect(d.end).toBe('2024-06-12');
  });
  it('barred from the busiest streets', () => {
    const d = at('Delivery vans have been barred from the busiest streets of the old town since March.', 'barred from');
    expect(d.start).toBe('2024-03');
    expect(d.end).toBe('2024-06-12');
  });
  it('open to the smallest boats only', () => {
    const d = at('The harbour mouth has been open to the smallest boats only since April.', 'open to the smallest');
    expect(d.start).toBe('2024-04');
    expect(d.end).toBe('2024-06-12');
  });
  it('true records stay records: the wettest summer, the lowest level', () => {
    const wet = at('Forecasters said this has been the wettest spring since 1862.', 'wettest spring');
    expect(wet.end).not.toBe('2024-06-12');
    const low = at('The krona has been driven to its lowest level since 2009.', 'lowest level');
    expect(low.end).not.toBe('2024-06-12');
    const first = at('The team has posted its first win since May.', 'first win');
    expect(first.end).not.toBe('2024-06-12');
  });
});

describe('"has had <plural noun> since": a thing held up to now', () => {
  it('buckets under the roof', () => {
    const d = at('The chapel has had buckets under its roof since a gale in February loosened the tiles.', 'buckets under');
    expect(d.start).toBe('2024-02');
    expect(d.end).toBe('2024-06-12');
  });
  it('delays on the bypass', () => {
    const d = at('Drivers have had delays on the bypass since roadworks began in May.', 'delays on the bypass');
    expect(d.start).toBe('2024-05');
    expect(d.end).toBe('2024-06-12');
  });
  it('guards at the gate', () => {
    const d = at('The depot has had guards at its gate since April.', 'guards at');
    expect(d.start).toBe('2024-04');
    expect(d.end).toBe('2024-06-12');
  });
  it('a habit ("every spring") is no stretch', () => {
    const d = at('The farm has had floods every spring since 2015.', 'floods every spring');
    expect(d.end).not.toBe('2024-06-12');
  });
});
