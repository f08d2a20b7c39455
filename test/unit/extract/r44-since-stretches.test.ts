import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 44 (r44), counts and lengths: "since" stretches. Sentences written for these tests (none from an eval set or a
// probe).

describe('r44-only-count: "only" before a count is how few, not a record against the last time', () => {
  const PUB = '2011-03-10';

  it('r44-only-count: "said only two letters had arrived since New Year\'s Day" runs from that day up to publication', () => {
    const texts = ["The vicar said only two letters had arrived since New Year's Day, both of them kind."];
    expect(shortestAt(PUB, texts, 'letters had arrived').date).toMatchObject({ start: '2011-01-01', end: '2011-03-10' });
  });

  it('r44-only-count: so does "only 3 complaints have come in since May" in the present perfect', () => {
    const texts = ['Only 3 complaints have come in since May, the harbour master said.'];
    const e = shortestAt(PUB, texts, 'complaints have come in');
    expect(e.date).toMatchObject({ start: '2010-05', end: '2011-03-10' });
    expect(e.date.mod).toBeUndefined();
  });
});

describe('r44-hedged-since-told: a hedged start of a reported past-perfect stretch is still its start', () => {
  const PUB = '2011-03-10';

  it('r44-hedged-since-told: "said his drivers had not been paid since the middle of January" runs up to publication', () => {
    const texts = ['Mr Dunn said his drivers had not been paid since the middle of January.'];
    const e = shortestAt(PUB, texts, 'had not been paid');
    expect(e.date).toMatchObject({ start: '2011-01', end: '2011-03-10' });
    expect(e.date.mod).toBeUndefined();
  });

  it('r44-hedged-since-told: so does "since early December", into the year before', () => {
    const texts = ['The warden told the inquiry the lift had been out of order since early December.'];
    const e = shortestAt(PUB, texts, 'out of order');
    expect(e.date).toMatchObject({ start: '2010-12', end: '2011-03-10' });
    expect(e.date.mod).toBeUndefined();
  });
});

describe('r44-since-pronoun: "since she was sacked" finds the happening by its verb, the subject a pronoun', () => {
  const PUB = '2015-09-18';

  it('r44-since-pronoun: a relative clause in a dated sentence runs from the earlier telling up to publication', () => {
    const texts = [
      'Ada Prull, a porter at the Harwick depot, was sacked on 2 June after a row over overtime.',
      'Ms Prull, who has been out of work since she was sacked, told reporters on Wednesday that she would appeal.',
    ];
    expect(shortestAt(PUB, texts, 'out of work').date).toMatchObject({ start: '2015-06-02', end: '2015-09-18', rule: 'narrative-focus/named-again-since' });
  });

  it('r44-since-pronoun: "since it opened", the opening told with its day earlier', () => {
    const texts = ['The Harwick lido opened on 12 May 1998 with a brass band.', 'Tom Vell, who has managed the lido since it opened, said on Tuesday that he would retire.'];
    expect(shortestAt(PUB, texts, 'managed the lido').date).toMatchObject({ start: '1998-05-12', end: '2015-09-18' });
  });

  it('r44-since-pronoun: "it" after a noun stands for that noun: another subject\'s telling of the verb is not it', () => {
    const texts = [
      'The Harwick lido opened on 12 May 1998 with a brass band.',
      'A new cafe opened on Monday beside the station.',
      'Tom Vell, who has managed the lido since it opened, said on Tuesday that he would retire.',
    ];
    expect(shortestAt(PUB, texts, 'managed the lido').date).toMatchObject({ start: '1998-05-12', end: '2015-09-18' });
  });

  it('r44-since-pronoun: a sentence of its own with no date, "It has stood empty since it closed"', () => {
    const texts = ['The Harwick lido closed on 30 September 2009 after its boiler failed.', 'It has stood empty since it closed.'];
    expect(shortestAt(PUB, texts, 'stood empty').date).toMatchObject({ start: '2009-09-30', end: '2015-09-18' });
  });
});

describe('r44-had-since-then: "since then" in the past perfect runs up to the day the story has got to', () => {
  it('r44-had-since-then: "The bell had hung since then in the church" ends at the sale, not publication', () => {
    const texts = [
      'The Tollby bell was sold at auction in Harlow on Wednesday for 40,000 pounds.',
      'It was raised from the wreck of the Dunmore in 1974 by two divers.',
      'The bell had hung since then in the parish church at Tollby.',
    ];
    expect(shortestAt('2018-03-09', texts, 'had hung').date).toMatchObject({ start: '1974', end: '2018-03-07', rule: 'narrative-focus/since-then-story-day' });
  });

  it('r44-had-since-then: a reported "had wasted the months since then" runs from the election up to the debate', () => {
    const texts = [
      'The council debated the budget on Thursday.',
      'The Greens won control of the council at the election in May 2007.',
      'The opposition replied that they had wasted the months since then on car parks.',
    ];
    expect(shortestAt('2008-03-01', texts, 'wasted the months').date).toMatchObject({ start: '2007-05', end: '2008-02-28' });
  });
});
