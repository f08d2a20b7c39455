import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 35 (b35): "closed the bridge yesterday after a lorry struck its parapet": a single happening told in the simple
// past after "after" is dated with the clause's day or year, not only "before" it. Every sentence here was written for
// this test (none comes from an eval set or a probe).

const PUB = '1999-07-21'; // a Wednesday

describe('the happening after "after" shares the clause\'s day or year', () => {
  it.each([
    ['The council closed the bridge yesterday after a lorry struck its parapet.', 'lorry struck', '1999-07-20'],
    ['The old mill was shut for three months in 1977 after a flood wrecked its wheel.', 'flood wrecked', '1977'],
    ['Firemen evacuated the school on Monday after a boiler exploded in the basement.', 'boiler exploded', '1999-07-19'],
    ['In 1984, after a storm tore off its roof, the chapel was closed.', 'storm tore off', '1984'],
    ['After a flood wrecked its wheel, the mill was shut in 1977.', 'flood wrecked', '1977'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date).toMatchObject({ start: day });
    expect(ev.date.mod).toBeUndefined();
  });
});

describe('what may lie further back stays before the date', () => {
  it.each([
    ['She was detained in May 1998 after soldiers attacked her convoy.', 'soldiers attacked', '1998-05'],
    ['After the council had voted, the mill was shut in 1977.', 'council had voted', '1977'],
    ['The mill was shut in 1977 after years of losses ruined its owners.', 'years of losses', '1977'],
  ])('%s', (text, words, day) => {
    const ev = shortestAt(PUB, [text], words);
    expect(ev.date.start === day && !ev.date.mod).toBe(false);
  });
});
