import { describe, expect, it } from 'vitest';
import { happeningOf } from '../../../shared/extract/tense';
import { events, quoteOf } from './event-lookup';

// Round 33 (j33): a main clause keeps its event whatever an aside after it or a quotation it leads into says. Every
// sentence here was written for this file.

const PUB = '2025-06-14';

/** The one event whose evidence holds `words`. */
function holding(texts: string[], words: string) {
  const found = events(PUB, ...texts).filter((e) => quoteOf(e, texts).includes(words));
  expect(found.length, `events holding “${words}”`).toBe(1);
  return found[0];
}

describe('a modal in an aside set off after a past main clause', () => {
  it.each([
    ['During the Second World War she repaired radio sets, a job she felt the army could have done itself.', 'She repaired radio sets', '1939-09-01'],
    ['In the First World War he carried dispatches between the trenches, though he could barely ride a horse.', 'carried dispatches', '1914-07-28'],
    ['Throughout the Great War she kept the village bakery open, something her neighbours said nobody else would have managed.', 'kept the village bakery open', '1914-07-28'],
    ['During World War II he forged ration books for the resistance, an act that might have cost him his life.', 'forged ration books', '1939-09-01'],
  ])('“%s” is an event in the war’s years', (text, title, start) => {
    const e = holding([text], text.slice(0, 20));
    expect(e.date.start).toBe(start);
    expect(e.date.rule).toBe('world-knowledge/war');
    expect(e.title).toContain(title);
    expect(e.title).not.toMatch(/could|would|might/);
  });

  it('the main clause is what the tense reading judges', () => {
    expect(happeningOf('She mended the fences, a chore her brother should have done.')).toBe('past');
    expect(happeningOf('He finished the course, although he could hardly stand.')).toBe('past');
  });

  it('a modal in the main clause, or an aside after a future, still leaves no happening', () => {
    expect(happeningOf('She could mend the fences, a chore her brother never did.')).toBeNull();
    expect(happeningOf('He will finish the course, though he could hardly stand.')).toBeNull();
    expect(happeningOf('She would have mended the fences, a chore she hated.')).toBeNull();
  });
});

describe('a past main clause that leads into a quotation', () => {
  it.each([
    ['In the Great War he drove an ambulance near Ypres, he liked to say, “and never once turned back.”', 'drove an ambulance', '1914-07-28'],
    ['During the Second World War she decoded naval signals, she recalled, "though nobody told me what they meant."', 'decoded naval signals', '1939-09-01'],
    ['In World War Two he built landing craft on the Clyde, he used to say, “with my own two hands.”', 'built landing craft', '1939-09-01'],
  ])('“%s” keeps its event, titled by its main clause', (text, title, start) => {
    const e = holding([text], text.slice(0, 20));
    expect(e.date.start).toBe(start);
    expect(e.title).toContain(title);
    expect(e.title).not.toMatch(/liked to say|recalled|used to say/);
  });

  it('a bare lead-in or a sentence that opens with the quotation is still a voice, not an event', () => {
    const texts = ['Grete Falk was born in 1921.', 'She said, “We worked every night of the war.”', '“It was cold,” she recalled, “and we were hungry.”'];
    const found = events(PUB, ...texts).filter((e) => e.evidence[0].paragraphId !== 'p1');
    expect(found).toEqual([]);
  });
});

describe('a war told in the undated clause of a sentence whose other clause has a date', () => {
  it.each([
    ['Lena Brask joined the county library as a clerk in 1932.', 'Apart from the war years, when she drove a mobile canteen in Hull, she ran its reading room until she retired in 1974.', 'when she drove a mobile canteen', 'until she retired', '1974'],
    ['Osric Vane went down the pit at fourteen, in 1928.', 'Except during the war, when he trained as a radio operator, he stayed at the colliery until it shut in 1966.', 'when he trained as a radio operator', 'until it shut', '1966'],
    ['Ada Moult took over the family forge in 1937.', 'During the war years, when she made horseshoes for the army, she kept the forge going, and she sold it in 1959.', 'when she made horseshoes', 'she sold it', '1959'],
  ])('the war clause takes the Second World War’s years, flagged; the other clause keeps its date', (first, text, war, other, year) => {
    const texts = [first, text];
    const all = events(PUB, ...texts);
    const w = all.find((e) => quoteOf(e, texts).includes(war));
    expect(w, war).toBeDefined();
    expect(w!.date.start).toBe('1939');
    expect(w!.date.end).toBe('1945');
    expect(w!.date.yearUncertain).toBe(true);
    expect(w!.date.rule).toBe('world-knowledge/unnamed-war');
    const o = all.find((e) => quoteOf(e, texts).includes(other) && !quoteOf(e, texts).includes(war));
    expect(o, other).toBeDefined();
    expect(o!.date.start.slice(0, 4)).toBe(year);
  });

  it.each([
    ['Except during the Great War, when he served with a signals company, he worked at the Gazette until he retired in 1951.', 'signals company', '1914-07-28', '1951'],
    ['During World War II, when she flew transport planes, she kept her pilot’s licence, and she gave it up in 1958.', 'flew transport planes', '1939-09-01', '1958'],
    ['Throughout the Second World War, when he kept bees for the village, he farmed at Nook End, until he sold up in 1952.', 'kept bees', '1939-09-01', '1952'],
  ])('a named war in such a clause takes that war’s dates, unflagged: “%s”', (text, war, start, year) => {
    const texts = ['Tobias Grell was apprenticed to a printer in 1909.', text];
    const all = events(PUB, ...texts);
    const w = all.find((e) => quoteOf(e, texts).includes(war));
    expect(w, war).toBeDefined();
    expect(w!.date.start).toBe(start);
    expect(w!.date.rule).toBe('world-knowledge/war');
    expect(w!.date.yearUncertain).toBeUndefined();
    expect(all.some((e) => !quoteOf(e, texts).includes(war) && e.date.start === year)).toBe(true);
  });

  it('an unnamed war after a date outside the Second World War’s reach stays unplaced', () => {
    const texts = ['Mara Lisk opened her shop in 1955.', 'Apart from the war years, when she sold bonds, she kept it open until 1990.'];
    expect(events(PUB, ...texts).some((e) => e.date.rule === 'world-knowledge/unnamed-war')).toBe(false);
  });
});

describe('a dated telling of what he or she had done', () => {
  it.each([
    ['The club said on Tuesday that he had agreed a three-year deal.', '2025-06-10', 'agreed a three-year deal'],
    ['Her publisher said yesterday she had finished the last volume.', '2025-06-13', 'finished the last volume'],
    ['His lawyers told reporters last night that he had paid the fine in full.', '2025-06-13', 'paid the fine'],
  ])('“%s”: the telling is an event on its day, and what it told is one by then', (text, day, told) => {
    const all = events(PUB, text);
    const telling = all.find((e) => e.date.rule?.endsWith('/telling'));
    expect(telling, 'the telling').toBeDefined();
    expect(telling!.date.start).toBe(day);
    expect(telling!.date.mod).toBeUndefined();
    const done = all.find((e) => e.date.rule?.endsWith('/told-before'));
    expect(done, 'what was told').toBeDefined();
    expect(quoteOf(done!, [text])).toContain(told);
    expect(done!.date.mod).toBe('before');
    // The telling names who told it; what was told, beside it, is titled by its own words, so the two differ.
    expect(telling!.title).toMatch(/said|told/);
    expect(done!.title).toMatch(/^(?:He|She) /);
    expect(done!.title).not.toBe(telling!.title);
  });
});
