import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A telling dated on its own day after the clause it told ("…, the
// college said on Monday") was titled by its teller alone; what it told comes first in the sentence and is put after
// the telling, its dates left out.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r58-title-told-first: a teller after its told clause says what it told', () => {
  it('r58-title-told-first: a told clause with a relative aside, the telling on a day of its own', () => {
    const text = 'Dr Ferriby, who came to the college from a museum in Leeds in 2001, resigned on Friday, the college said on Monday.';
    const e = at(text, 'college said');
    expect(e.title).toBe('The college said Dr Ferriby resigned');
    expect(e.date.start).toBe('2024-06-10');
  });
});
