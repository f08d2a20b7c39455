import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what. An "It" that tells, plans or decides stands for one who can: the
// subject of the sentence before rather than the thing it acted on, the teller closing the sentence before, the
// teller opening it, or the one body (a company, a council) it names doing something. And a common noun moved behind "said" from a sentence's start loses the capital it had there.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r40-agent-pronoun: an "It" that tells or plans', () => {
  it('r40-agent-pronoun: names the subject of the sentence before past a thing it acted on', () => {
    expect(titles('Corby town council bought the old tannery in March for a small sum. It plans to open a museum there in 2026.')).toContain(
      'Corby town council plans to open a museum there',
    );
  });

  it('r40-agent-pronoun: leaves "It" whose verb a thing may have done', () => {
    expect(titles('The trust bought the mill in March. It burned down in May.')).toContain('It burned down');
  });

  it('r40-agent-pronoun: names the teller closing the sentence before', () => {
    expect(titles('Ferry fares will rise by a tenth in April, the harbour board said on Monday. It hopes to hold them steady in 2026.')).toContain(
      'Harbour board hopes to hold them steady',
    );
  });

  it('r40-agent-pronoun: takes no person for "it" from a closing teller', () => {
    expect(titles('Ferry fares will rise by a tenth in April, the spokesman said on Monday. It plans to hold them steady in 2026.')).toContain(
      'It plans to hold them steady',
    );
  });

  it('r40-agent-pronoun: gives the closing teller only to a pronoun that tells or plans', () => {
    expect(titles('Ferry fares will rise by a tenth in April, the harbour board said on Monday. It was built in 1901.')).toContain('It was built');
  });

  it('r40-agent-pronoun: names the teller opening the sentence before, past a clause of its own', () => {
    expect(titles('The water board said that supplies had held up, because it had opened a second well in May. It expects to hire ten more staff in 2026.')).toContain(
      'Water board expects to hire ten more staff',
    );
  });

  it('r40-agent-pronoun: takes no bare name of two capitalised words for "it" from an opening teller', () => {
    expect(titles('Wilma Strand said the mill was closing in May because orders had fallen. It plans to sell the looms in 2026.')).toContain(
      'It plans to sell the looms',
    );
  });
});

describe('r40-agent-body: an "It" that tells, after a sentence naming one body doing something', () => {
  it('r40-agent-body: names the body of a later clause', () => {
    expect(titles('Walkers crowded the dunes over the weekend, and the parks company closed the beach path on Monday after a child fell. It said in a notice on Tuesday that the path would stay shut.')).toContain(
      'Parks company said the path would stay shut',
    );
  });

  it('r40-agent-body: names the body of the first clause', () => {
    expect(titles('The council approved the plan, and the work began in May. It said the road would reopen in June.')).toContain('Council said the road would reopen');
  });

  it('r40-agent-body: leaves "It" after a sentence naming two bodies', () => {
    expect(titles('The council approved the plan after the county board objected. It said the road would reopen in June.')).toContain('It said the road would reopen');
  });
});

describe('r40-said-noun: a noun before a noun, capitalised only where it opened a sentence', () => {
  it('r40-said-noun: lowers the noun', () => {
    expect(titles('Dairy farmers will be paid more from July, the ministry said on Tuesday.')).toContain('Ministry said dairy farmers will be paid more');
  });

  it('r40-said-noun: keeps a capital the article writes inside a sentence too', () => {
    expect(titles('Marsh farmers will get grants in July, the ministry said on Tuesday. The money comes from a fund for the Marsh villages.')).toContain(
      'Ministry said Marsh farmers will get grants',
    );
  });
});
