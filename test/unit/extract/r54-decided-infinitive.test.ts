import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. An infinitive with its own date, cut from the verb of deciding it
// hangs on ("voted by six votes to four | to close the reading room next month"), was titled "To close the reading
// room": no one acts in it. It is told with that verb and its subject, as the decision says who is to act: after a
// tally, after the day of the decision, and as the second of a list of infinitives.

const PUB = '2024-06-14';
const titleAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).title;

describe('r54-decided-infinitive: an infinitive told with the verb of deciding before it', () => {
  it('r54-decided-infinitive: after a tally of votes', () => {
    const texts = ['At its session on Tuesday evening, the parish council voted by six votes to four to close the reading room at the end of next month.'];
    expect(titleAt(texts, 'to close the reading room')).toMatch(/^(?:The )?parish council voted to close the reading room$/i);
  });

  it('r54-decided-infinitive: after the day of the decision, in a clause joined after another', () => {
    const texts = ['The pitch at the old showground flooded on Thursday, and the league decided that night to move the cup tie to Saturday.'];
    expect(titleAt(texts, 'to move the cup tie')).toMatch(/^(?:The )?league decided to move the cup tie$/i);
  });

  it('r54-decided-infinitive: the second of a list of infinitives', () => {
    const texts = ['To save money, the governors agreed to shut the sports hall at the end of May, to sell the school minibus in October, and to stop the late bus.'];
    expect(titleAt(texts, 'to sell the school minibus')).toMatch(/^(?:The )?governors agreed to sell (?:the )?school minibus$/i);
  });

  it('r54-decided-infinitive: the subject right before the verb, not a letter\'s salutation', () => {
    const texts = ['Sir, - On Monday night, the Kessingham Rowing Club voted by 30 votes to 12 to sell its old boathouse next summer.'];
    expect(titleAt(texts, 'to sell its old boathouse')).toMatch(/^(?:The )?Kessingham Rowing Club voted to sell its old boathouse$/);
  });

  it('r54-decided-infinitive: an infinitive of purpose after another verb is left as it was', () => {
    const texts = ['The baker walked to the mill on 2 May 1931 to buy flour.'];
    expect(titleAt(texts, 'to buy flour')).not.toMatch(/agreed|voted|decided/i);
  });
});
