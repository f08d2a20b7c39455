import { describe, expect, it } from 'vitest';
import type { NewslineEvent, Paragraph } from '../../../shared/document';
import { extractEvents } from '../../../shared/extract/events';

// Round 58 (a58): what a telling reports ends before a when-clause that closes it (the when-clause is an event of its
// own, on the date before it), and a date inside the subject of a that-clause takes the tense of that clause's verb,
// not of the verb before "that". Sentences written for this test.

function run(published: string, texts: string[]): { all: NewslineEvent[]; texts: string[] } {
  const paragraphs = texts.map((text, i) => ({ id: `p${i + 1}`, text }) as Paragraph);
  return { all: extractEvents(paragraphs, { published }), texts };
}

function evidenceOf(texts: string[], e: NewslineEvent): string {
  const a = e.evidence[0];
  return texts[+a.paragraphId.slice(1) - 1].slice(a.start, a.end);
}

describe('r58-told-clause-bounds: a told record ends before the when-clause after its date', () => {
  it('keeps the yardstick year with the when-clause, not with the told record', () => {
    const { all, texts } = run('2011-05-20', [
      'A gale tore through the marina at Oldwick on 3 May, and two yachts sank at their moorings.',
      'The lock keeper said it was the fiercest gale since 1987, when the north weir was built.',
    ]);
    const record = all.find((e) => evidenceOf(texts, e).startsWith('it was the fiercest gale'));
    expect(record).toBeDefined();
    expect(evidenceOf(texts, record!)).not.toContain('when');
    expect(record!.title).not.toMatch(/weir/i);
    const pier = all.find((e) => /weir was built/.test(e.title));
    expect(pier?.date?.start).toBe('1987');
  });
  it('splits a telling from what it told when a when-clause closes the sentence', () => {
    const { all, texts } = run('2016-09-14', ['The bursar said the college had been short of rooms since 2009, when a fire gutted the east wing.']);
    const told = all.find((e) => evidenceOf(texts, e).startsWith('the college had been short of rooms'));
    expect(told).toBeDefined();
    expect(evidenceOf(texts, told!)).not.toContain('fire');
    expect(told!.date?.start).toBe('2009');
  });
});

describe('r58-told-clause-bounds: a date in the subject of a that-clause', () => {
  it('reads a planned holiday outing as still ahead after a past "agreed that"', () => {
    const { all, texts } = run('2012-01-12', ['The rambling club agreed that the Easter Monday hill walk should go ahead.']);
    const walk = all.find((e) => evidenceOf(texts, e).includes('Easter Monday'));
    expect(walk?.date?.start).toBe('2012-04-09');
  });
  it('reads a holiday event already held as past when the that-clause tells it in the past', () => {
    const { all, texts } = run('2012-01-12', ['The treasurer reported that the Boxing Day charity swim had raised 300 pounds.']);
    const swim = all.find((e) => evidenceOf(texts, e).includes('Boxing Day'));
    expect(swim?.date?.start).toBe('2011-12-26');
  });
  it('reads a fair the board decided should be called off as the coming one', () => {
    const { all, texts } = run('2013-02-04', ['The board decided that the Whit Monday cattle fair should be called off.']);
    const fair = all.find((e) => evidenceOf(texts, e).includes('Whit Monday'));
    expect(fair?.date?.start).toBe('2013-05-20');
  });
});

describe('r58-told-clause-bounds: a grant in the present perfect runs on to its "until"', () => {
  it('places a yearless month after "has offered … until" ahead of publication', () => {
    const { all, texts } = run('2012-01-12', ['The sailing school across the bay has offered berths for our dinghies until the end of March.']);
    const offer = all.find((e) => evidenceOf(texts, e).includes('has offered'));
    // From the offer, told now, up to the month's end (round 59: a present-perfect grant runs from publication).
    expect([offer?.date?.start, offer?.date?.end]).toEqual(['2012-01-12', '2012-03']);
    expect(offer?.date?.yearUncertain).toBeFalsy();
  });
  it('leaves a verb of what was done, "has stayed … until", in the past', () => {
    const { all, texts } = run('2012-01-12', ['The old ferryman has stayed in the cottage until the end of March.']);
    const stay = all.find((e) => evidenceOf(texts, e).includes('has stayed'));
    expect(stay?.date?.start).not.toBe('2012-03');
  });
});
