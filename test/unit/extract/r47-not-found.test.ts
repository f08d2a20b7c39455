import { describe, expect, it } from 'vitest';
import { events, quoteOf } from './event-lookup';

// Round 47 (b47): events not found (issue 8). Every sentence here was written for this test (none comes from an eval
// set or a probe).

describe('r47-quote-goes-on: a quotation opened by a telling in the sentence before is attributed', () => {
  it('"He told the club: “The pitch is ruined. We have been training on the beach for six weeks.”" keeps the six weeks up to publication', () => {
    const t = ['The groundsman found the pitch flooded in March.', 'He told the club: "The pitch is ruined. We have been training on the beach for six weeks."'];
    const training = events('2011-04-20', ...t).find((e) => quoteOf(e, t).includes('training on the beach'));
    expect(training?.date).toMatchObject({ start: '2011-03-09', end: '2011-04-20', rule: 'duration/up-to-publication' });
  });

  it('"“It hurts,” she said. “We have been sleeping in the church hall for two weeks.”" is kept the same way', () => {
    const t = ['The terrace was flooded in the autumn storms.', '"It hurts," she said. "We have been sleeping in the church hall for two weeks."'];
    const sleeping = events('2013-11-30', ...t).find((e) => quoteOf(e, t).includes('sleeping in the church hall'));
    expect(sleeping?.date).toMatchObject({ start: '2013-11-16', end: '2013-11-30' });
  });

  it('with no telling before the quotation, a quoted stretch stays a voice: "“The pitch is ruined. We have been training on the beach for six weeks.”" is no event', () => {
    const t = ['The groundsman found the pitch flooded in March.', '"The pitch is ruined. We have been training on the beach for six weeks."'];
    expect(events('2011-04-20', ...t).some((e) => quoteOf(e, t).includes('training on the beach'))).toBe(false);
  });
});

describe('r47-pronoun-order: "After it," and "Before that," open no happening of their own', () => {
  it('"After it, the board vowed to raise the sea wall" is after the happening told last, up to publication', () => {
    const t = ['The great gale struck the coast in March 1931.', 'After it, the board vowed to raise the sea wall.'];
    const vowed = events('1998-03-30', ...t).find((e) => quoteOf(e, t).includes('board vowed'));
    expect(vowed?.date).toMatchObject({ start: '1931-03', end: '1998-03-30', rule: 'sequence/after-antecedent' });
  });

  it('"Before that, members skated on the pond, as it last did in 1947" makes no event titled by the pronoun', () => {
    const t = ['The club built a covered rink in 1950.', 'Before that, members skated on the mill pond when it froze solid, as it last did in 1947.'];
    const all = events('1998-03-30', ...t);
    expect(all.some((e) => /^that$/i.test(e.title.trim()))).toBe(false);
    expect(all.some((e) => quoteOf(e, t) === 'Before that')).toBe(false);
  });

  it('a happening named after "After" is still one: "After the gale, the board vowed to raise the sea wall" keeps "Gale"', () => {
    const t = ['The harbour board met in March 1931.', 'After the gale, the board vowed to raise the sea wall.'];
    expect(events('1998-03-30', ...t).some((e) => quoteOf(e, t).startsWith('After the gale') && /gale/i.test(e.title))).toBe(true);
  });
});
