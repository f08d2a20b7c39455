import { describe, expect, it } from 'vitest';
import { clauseSubject } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: "It" on a timeline says nothing. After "The mine employs 1,400 people." the object is plural
// ("people", "men", "children" have no "s"), so it is no rival to the subject "it" stands for.

describe('a plural object without an "s" is no rival for "it"', () => {
  it('reads "people", "men", "children" as plural', () => {
    expect(clauseSubject('The quarry employs 900 people.', false, false)).toBe('quarry');
    expect(clauseSubject('The shipyard took on 250 men.', false, false)).toBe('shipyard');
    expect(clauseSubject('The village school teaches 80 children.', false, false)).toBe('village school');
  });

  it('still finds a singular object a rival', () => {
    expect(clauseSubject('The quarry employs a foreman.', false, false)).toBeNull();
  });

  it('names the subject in the next sentence\'s title', () => {
    const t = events('2024-06-14', 'The sawmill employs 300 people. It opened in 1921.').map((e) => e.title);
    expect(t).toContain('Sawmill opened');
  });

  it('reads a comparative tagged a noun as no plural', () => {
    const t = events('2024-06-14', 'The shelter opened in a barn six years ago and has never been busier. It had to turn away dogs in March.').map((e) => e.title);
    expect(t.some((x) => /^Shelter had to turn away dogs/.test(x))).toBe(true);
  });
});
