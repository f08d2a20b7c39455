import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 40 (b40): a sentence holding more than one date, each happening on its own clause's date (issue 8, points 1
// and 2). Every sentence here was written for this test (none comes from an eval set or a probe).

describe('r40-bare-date-conjunct: a date phrase after an aside dates the conjunct the aside interrupts', () => {
  const texts = ['The bakery opened on Tanner Lane in 1952 and moved into a larger shop, built for a bank, in 1968.'];

  it('"… in 1952 and moved into a larger shop, built for a bank, in 1968": the move is 1968, the opening 1952', () => {
    const all = events('2023-05-10', ...texts);
    const move = all.find((e) => quoteOf(e, texts).includes('moved into a larger shop'));
    const opening = all.find((e) => quoteOf(e, texts).includes('opened on Tanner Lane'));
    expect(move?.date.start).toBe('1968');
    expect(opening?.date.start).toBe('1952');
    expect(quoteOf(opening!, texts)).not.toContain('moved');
  });

  it('a phrase set off by commas ("moved, after a long search, in 1968") does the same', () => {
    const t = ['The club was founded in 1952 and moved, after a long search, in 1968.'];
    expect(shortestAt('2023-05-10', t, 'moved').date.start).toBe('1968');
  });

  it('a date phrase with words of its own after it is left alone: "…, in 1968 the roof fell in" is no bare date', () => {
    const t = ['The bakery opened in 1952 and moved into a larger shop, built for a bank, in 1968 the roof fell in.'];
    const all = events('2023-05-10', ...t);
    const opening = all.find((e) => quoteOf(e, t).includes('opened in 1952'));
    expect(opening?.date.start).toBe('1952');
    expect(quoteOf(opening!, t)).toContain('moved into a larger shop');
  });
});

describe('r40-range-ordering-own-date: "after" with its own date after a range is its own happening', () => {
  it('"The pool was shut in June and July, after its boiler failed in May": the failure is May, the closure the range', () => {
    const t = ['The swimming pool was shut in June and July, after its boiler failed in May.'];
    const all = events('2021-11-03', ...t);
    const failure = all.find((e) => quoteOf(e, t).includes('boiler failed'));
    const closure = all.find((e) => quoteOf(e, t).includes('was shut'));
    expect(failure?.date.start).toBe('2021-05');
    expect([closure?.date.start, closure?.date.end]).toEqual(['2021-06', '2021-07']);
    expect(quoteOf(closure!, t)).not.toContain('boiler');
  });

  it('an undated "after" phrase after a range stays with the clause ("…, after a storm")', () => {
    const t = ['The coast road was shut in June and July, after a landslide.'];
    const all = events('2021-11-03', ...t);
    expect(all).toHaveLength(1);
    expect([all[0].date.start, all[0].date.end]).toEqual(['2021-06', '2021-07']);
  });
});

describe('r40-named-subject-verb: after "The vet, Ann Bell," a past form is the main verb, not a participle aside', () => {
  const texts = ['The keeper, Moira Strand, checked the hive on Sunday morning and found a queen that had been bought in 2019, when the club first took bees.'];

  it('the checking is Sunday and the buying 2019: each clause keeps its own date', () => {
    const all = events('2022-06-08', ...texts);
    const checked = all.find((e) => quoteOf(e, texts).includes('checked the hive'));
    const bought = all.find((e) => quoteOf(e, texts).includes('bought in 2019') && !quoteOf(e, texts).includes('checked'));
    expect(checked?.date.start).toBe('2022-06-05');
    expect(quoteOf(checked!, texts)).not.toContain('2019');
    expect(bought?.date.start).toBe('2019');
  });

  it('a participle aside after the name, followed by the sentence\'s verb, stays an aside ("…, Moira Strand, elected in 2018, said …")', () => {
    const t = ['The club secretary, Moira Strand, elected in 2018, said on Monday that the hives had come through the winter.'];
    const all = events('2022-06-08', ...t);
    const elected = all.find((e) => quoteOf(e, t).includes('elected in 2018'));
    expect(elected?.date.start).toBe('2018');
    expect(quoteOf(elected!, t)).not.toContain('said on Monday');
  });
});

describe('r40-relative-antecedent: a relative clause with its own date finds its antecedent, so its event is kept', () => {
  it('"Among the first to sign was Nell Amory, who joined the choir in 1987": the joining is an event of 1987', () => {
    const t = ['Among the first to sign the letter was Nell Amory, who joined the choir as a girl in 1987.'];
    const e = shortestAt('2023-02-14', t, 'joined the choir');
    expect(e.date.start).toBe('1987');
    expect(e.title).toMatch(/Nell Amory/);
  });

  it('"the foot of the fell, which opened in 2015": a word after "the" is a noun, not the verb "fell"', () => {
    const t = ['A cafe at the foot of the fell, which opened in 2015, will serve teas on the first Sunday of every month.'];
    const e = shortestAt('2023-02-14', t, 'opened in 2015');
    expect(e.date.start).toBe('2015');
  });

  it('a verb after the determiner phrase still ends it: "The mayor said the plan was sound, which …" names no antecedent', () => {
    const t = ['The mayor said the plan was sound, which upset the traders in 2019.'];
    const all = events('2023-02-14', ...t);
    expect(all.some((e) => /^Plan was sound upset/i.test(e.title))).toBe(false);
  });
});
