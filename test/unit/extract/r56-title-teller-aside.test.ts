import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A telling whose teller a relative clause set off by commas cut off
// ("The keeper, Vashti Caswell, who …, said the lock …") was titled from its verb on ("Said the lock …"); it takes that
// teller, the name set off after the noun when there is one.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r56-title-teller-aside: a telling keeps its teller across a relative aside', () => {
  it('r56-title-teller-aside: the name set off after the noun is the teller', () => {
    const texts = ["The ferry company's manager, Odran Quilliver, who has run the crossing for nine years, said the old boat had stopped carrying cars two years ago."];
    expect(titleAt(texts, 'said')).toMatch(/^Odran Quilliver said (?:the )?old boat stopped carrying cars$/);
  });

  it('r56-title-teller-aside: a noun phrase with no name is the teller', () => {
    const texts = ["Brindle's cousin, who would not give her name, said he had been worried about a court hearing set for May."];
    expect(titleAt(texts, 'said')).toMatch(/^Brindle's cousin said he was worried/);
  });

  it('r56-title-teller-aside: a telling in the present takes its teller too', () => {
    const texts = ['The club secretary, Vashti Caswell, who keeps the minutes, says the roof was mended in April.'];
    expect(titleAt(texts, 'says')).toMatch(/^Vashti Caswell says\b/);
  });
});
