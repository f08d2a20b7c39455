import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (j35): a present perfect closing on "since (then)" before "and"/"but", with a later clause holding the
// sentence's own date. Every sentence here was written for this test (none comes from an eval set or a probe).

const pub = '2024-06-12';

describe('"has … since then and …": the opening runs from the happening before up to publication', () => {
  it('reprinted since then, and a later date of its own', () => {
    const texts = ['The cookbook came out in March.', 'Its publisher has reprinted it three times since then and hopes to sell 20,000 copies by Christmas.'];
    const d = shortestAt(pub, texts, 'reprinted it three times').date;
    expect(d.start).toBe('2024-03');
    expect(d.end).toBe('2024-06-12');
  });
  it('ever since … but', () => {
    const texts = ['The two rowers met at a regatta in February.', 'They have trained together ever since but will race apart at the nationals in August.'];
    const d = shortestAt(pub, texts, 'trained together').date;
    expect(d.start).toBe('2024-02');
    expect(d.end).toBe('2024-06-12');
  });
  it('has not spoken since … and', () => {
    const texts = ['The mayor was questioned by police in April.', 'He has not spoken in public since and is due back in court on Friday.'];
    const d = shortestAt(pub, texts, 'not spoken in public').date;
    expect(d.start).toBe('2024-04');
    expect(d.end).toBe('2024-06-12');
  });
  it('"since <date> and" is no "since then": the date of its own is kept', () => {
    const texts = ['The harbour master retired in January.', 'His deputy has run the port since March and will stand for the post in July.'];
    const d = shortestAt(pub, texts, 'run the port').date;
    expect(d.start).toBe('2024-03');
  });
});
