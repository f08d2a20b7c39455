import { describe, expect, it } from 'vitest';
import { antecedentOf } from '../../../shared/extract/title';

// Round 36 (a36, probe 28): "over a similar, shorter failure, which …": adjectives set off by a comma inside one noun
// phrase; the relative clause's antecedent is the whole phrase, its determiner before the comma.
// Every sentence here was written for this test (none comes from an eval set or a probe).

describe('an antecedent with coordinate adjectives', () => {
  it('"a similar, shorter failure"', () => {
    expect(antecedentOf('It fined the bank over a similar, shorter failure, ')).toBe('a similar, shorter failure');
  });

  it('"a long, dry summer"', () => {
    expect(antecedentOf('The reservoir fell after a long, dry summer, ')).toBe('a long, dry summer');
  });

  it('"the old, narrow bridge"', () => {
    expect(antecedentOf('Lorries were sent round the old, narrow bridge, ')).toBe('the old, narrow bridge');
  });

  it('a list of nouns is left as before', () => {
    expect(antecedentOf('The storm hit Harle, Penmarren and the quay, ')).not.toContain('Harle,');
  });
});
