import { describe, expect, it } from 'vitest';
import { laterHappeningYear } from '../../../shared/extract/text-years';

// A happening counted "N years later" from a written year, told as past, had happened by the time of writing.
describe('laterHappeningYear', () => {
  it('sums a written year and a later count told as past', () => {
    expect(laterHappeningYear(['Mrs Quellan first chaired the orchard society in 2003 and took the chair again six years later.'])).toBe(2009);
    expect(laterHappeningYear(['The ferry slip was rebuilt in 1962, and the council sold it two decades later.'])).toBe(1982);
  });
  it('takes the latest of several counts', () => {
    expect(laterHappeningYear(['The pier shut in 1971 and reopened three years later.', 'A café went up there in 1990 and burned down nine years later.'])).toBe(1999);
  });
  it('ignores a count that looks ahead or is not told', () => {
    expect(laterHappeningYear(['The line, begun in 2019, would open five years later.'])).toBeNull();
    expect(laterHappeningYear(['The pier shut in 1971 and is boarded up now.'])).toBeNull();
  });
});
