import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Issue 8, point 10: a title says who did what. A telling whose quotation follows a colon ("X said: "…"") was titled
// by the teller and the telling alone; what was told is read after the colon as it is after "said that", and the
// telling keeps its date.

const PUB = '2024-06-14';
const at = (text: string, words: string) => shortestAt(PUB, [text], words);

describe('r57-colon-tellings: a quotation after a colon is what a telling told', () => {
  it('r57-colon-tellings: a teller set off by commas keeps the name and says what was told', () => {
    const e = at('The rowing club\'s secretary, Mervyn Drake, said: "We have been short of oars since the boathouse flooded."', 'Mervyn Drake');
    expect(e.title).toBe('Mervyn Drake said we have been short of oars');
    // A quotation opening on a clause that leads into its main one is not cut to that clause.
    const led = at('Mervyn Drake said: "When the gates are fitted, the cranes will work again."', 'Mervyn Drake');
    expect(led.title).not.toMatch(/said when the gates/i);
  });

  it('r57-colon-tellings: a telling dated before its colon keeps that date', () => {
    const e = at('The Rookley harbourmaster said on Monday: "Our cranes will be idle until the new gates are fitted."', 'harbourmaster said');
    expect(e.title).toBe('Rookley harbourmaster said our cranes will be idle');
    expect(e.date.start).toBe('2024-06-10');
  });

  it('r57-colon-tellings: a name opening the quotation keeps its capital', () => {
    const e = at('A spokeswoman for the Pennigarth trust said: "Pennigarth House will stay shut for the whole summer."', 'spokeswoman');
    expect(e.title).toMatch(/said Pennigarth House will stay shut/);
  });
});

describe('r57-colon-tellings: a title cut after whom a telling told says what was told', () => {
  it('r57-colon-tellings: "told the committee that …" keeps the told clause, the rank before the name dropped to fit', () => {
    const e = at('Mayor Mervyn Drake told the committee that the bridge was "the only road out of the valley".', 'Mervyn Drake');
    expect(e.title).toMatch(/^Mervyn Drake told the committee (?:the )?bridge was the only road$/);
    // A telling whose told clause opens on a phrase of its own ("told the jury that without …") is left as it was.
    const led = at('Mervyn Drake told the jury that without the pumps the mine would flood within a week.', 'Mervyn Drake');
    expect(led.title).not.toMatch(/told the jury without/i);
  });
});
