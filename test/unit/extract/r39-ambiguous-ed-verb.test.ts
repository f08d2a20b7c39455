import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (b39): "used", "reduced", "increased" are kept from reading as past verbs because they are most often
// adjectives ("a used car", "reduced fares"); before an object they are verbs ("used the grant to buy a boat"), and a
// sentence told with one is a past happening. Every sentence here was written for this test (none comes from an eval
// set or a probe).

describe('an -ed word most often an adjective, read as a verb before its object', () => {
  it('"The club used the grant to buy a boat." is told in the past: before publication', () => {
    const e = shortestAt('2020-11-25', ['The sailing club used the grant to buy a safety boat.'], 'used the grant');
    expect([e.date.start, e.date.mod]).toEqual(['2020-11-25', 'before']);
  });

  it('"The operator reduced its fares" and "The council increased the charge"', () => {
    const a = shortestAt('2020-11-25', ['The ferry operator reduced its fares for pensioners.'], 'reduced its fares');
    expect(a.date.mod).toBe('before');
    const b = shortestAt('2020-11-25', ['The council increased the parking charge at the harbour.'], 'increased the');
    expect(b.date.mod).toBe('before');
  });

  it('an adjective stays one: "Used cars were sold from the yard in May" keeps its month', () => {
    const e = shortestAt('2020-11-25', ['Used cars were sold from the old bus yard in May.'], 'Used cars');
    expect(e.date.start).toBe('2020-05');
  });
});
