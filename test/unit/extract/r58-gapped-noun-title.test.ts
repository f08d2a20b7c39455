import { describe, expect, it } from 'vitest';
import { gappedNounTitle } from '../../../shared/extract/title-context';
import { patternVerb } from '../../../shared/extract/title';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title is never a fragment. The second of two clauses sharing one verb ("sold its barge in 1990
// and its tug in 1994") was titled by its noun phrase alone ("Its tug"); it now takes the verb of the clause before.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-gapped-noun-title: a noun phrase whose verb an "and" gapped takes the verb before it', () => {
  it('r58-gapped-noun-title: the phrase takes the object place of a verb with an object', () => {
    const e = at('The rowing club sold its barge in 1990 and its tug in 1994.', 'its tug');
    expect(e.title).toBe('Rowing club sold its tug');
    expect(e.date.start).toBe('1994');
  });

  it('r58-gapped-noun-title: the phrase takes the subject place of a verb with none, its place phrase left out', () => {
    const e = at('The green lamps will arrive at the depot in May, and the amber lamps in August.', 'the amber lamps');
    expect(e.title).toBe('The amber lamps will arrive');
    expect(e.date.start).toBe('2024-08');
  });

  it('r58-gapped-noun-title: a list after a verb of its own is not gapped', () => {
    expect(gappedNounTitle('Its gardens', 'Hail began', 'hail began soaking the fields, lanes and ', 'its gardens on Monday', patternVerb)).toBe('Its gardens');
  });

  it('r58-gapped-noun-title: a bare word after "and" may be a verb sharing the subject, and is left', () => {
    expect(gappedNounTitle('Wake', 'Moths fly south', 'moths fly south in October and ', 'wake in March', patternVerb)).toBe('Wake');
  });

  it('r58-gapped-noun-title: a verb between the title before and "and" is a clause of its own', () => {
    expect(gappedNounTitle('The ferry', 'Harbour grew to 40 berths', 'harbour grew to 40 berths in 1950 and dredged the channel and ', 'the ferry in 1960', patternVerb)).toBe('The ferry');
  });
});
