import { describe, expect, it } from 'vitest';
import { leadCountYear } from '../../../shared/extract/text-years';

// Round 59 (nopub59): a lead's length "after 30 years on the buses" is a run's length, as "years on air" is, not a
// count told as over ("forty years on,"): the run's start the body writes plus the count is the year of writing.
// Sentences written for this test.

const BODY = [
  'Jenifer Trelisick collected her last fares at Gorran depot on Saturday night and handed in her ticket machine.',
  'She started as a conductor on the Gorran buses in 1961, when the company still ran open-top coaches to the beach.',
  'The depot was rebuilt in 1985.',
];

describe('r59-lead-years-on: a headline length spent on something', () => {
  it('r59-lead-years-on: "after N years on the buses" counts from the run\'s start', () => {
    expect(leadCountYear(BODY, 'Gorran bus conductor retires after 30 years on the buses', 1985)).toBe(1991);
  });

  it('r59-lead-years-on: "N years on," told as over is still no run', () => {
    expect(leadCountYear(BODY, 'Gorran bus conductor retires: after 30 years on, the fares are still in pennies', 1985)).toBeNull();
  });
});
