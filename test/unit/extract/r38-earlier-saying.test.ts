import { describe, expect, it } from 'vitest';
import { occasionRemarkKind } from '../../../shared/extract/occasions';

// Round 38 (a38): "Records read at the trial showed that she had been described as calm": a verb of saying told as done
// before ("had been described", "had said", "having told") reports an earlier time; the occasion the sentence names is
// not where it was said, so the sentence is not dated as a remark made there. Every sentence here was written for this
// test (none comes from an eval set or a probe).

describe('a saying told as done before is not a remark at the occasion named', () => {
  it('"had been described" inside what the evidence showed', () => {
    expect(occasionRemarkKind('Papers read at the hearing showed that the pilot had flown the route twice and had been described as careful.')).toBeNull();
  });

  it('"had said" and "having told" inside what the records showed', () => {
    expect(occasionRemarkKind('Minutes produced at the tribunal revealed that the manager had said nothing about the leak.')).toBeNull();
    expect(occasionRemarkKind('Notes shown during the hearing suggest the nurse, having told her supervisor, went home early.')).toBeNull();
  });

  it('a saying made at the occasion is still one', () => {
    expect(occasionRemarkKind('Speaking at the launch, the director said the boat had been built in six weeks.')).toBe('at');
    expect(occasionRemarkKind('The mayor said at the meeting that the bridge had been closed too long.')).toBe('at');
  });
});
