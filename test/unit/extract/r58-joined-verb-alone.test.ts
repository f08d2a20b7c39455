import { describe, expect, it } from 'vitest';
import { joinedVerbAlone } from '../../../shared/extract/title-context';
import { patternVerb } from '../../../shared/extract/title';
import { events, quoteOf } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. A verb joined by "and" to a clause whose verb the patterns do not
// know ("opens … and runs until …") was titled by the verb alone; it now takes that clause's subject by the tags.

const PUB = '2024-06-14';

describe('r58-joined-verb-alone: a verb alone joined by "and" takes the subject of the clause before', () => {
  it('r58-joined-verb-alone: a show that opens and runs', () => {
    const text = 'A show of quilts from the guild opens at the chapel annexe on Friday and runs until 30 June.';
    const all = events(PUB, text);
    expect(all.map((e) => e.title)).not.toContain('Runs');
    const runs = all.find((e) => / runs$/.test(e.title));
    expect(runs?.title).toMatch(/^Show of quilts.* runs$/);
    expect(quoteOf(runs!, [text])).toContain('runs');
  });

  it('r58-joined-verb-alone: a verb after an aside set off behind the subject, and the verb joined to it', () => {
    const text = 'A fair of folk crafts, first proposed in 2021 by the parish council, opened in June and runs till 31 August.';
    const titles = events(PUB, text).map((e) => e.title);
    expect(titles).toContain('Fair of folk crafts opened');
    expect(titles).toContain('Fair of folk crafts runs');
  });

  it('r58-joined-verb-alone: a comma before the verb sets it off, and it is left', () => {
    expect(joinedVerbAlone('Held', 'Rowers cancel their race', 'the rowers cancel their race, held each May since 1950.', 'The ro', patternVerb)).toBe('Held');
  });

  it('r58-joined-verb-alone: a clause before opening on a relative pronoun gives no subject', () => {
    expect(joinedVerbAlone('Runs', 'Quilts opens at the hall', 'which opens at the hall on Friday and runs until June', 'which ', patternVerb)).toBe('Runs');
  });

  it('r58-joined-verb-alone: the subject is the tags reading of the clause before', () => {
    expect(joinedVerbAlone('Runs', 'Show of quilts opens at the hall', 'a show of quilts opens at the hall on Friday and runs until June', 'A show', patternVerb)).toBe('Show of quilts runs');
  });
});
