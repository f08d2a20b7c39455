import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';
import { predicateTitle } from '../../../shared/extract/title-context';
import { makeTitle, patternVerb } from '../../../shared/extract/title';

// Issue 8, point 10: a title says who did what. "It" is never a person: told of by one ("The guild's secretary, Nils
// Arvid, said it would …"), it is the body the teller holds a post of, or it is left. "They" after plural tellers
// whose told clause names nothing else of their number is the tellers.

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('r41-it-person: "it" told of by a person', () => {
  it('r41-it-person: names the body whose post the teller holds, not the teller', () => {
    const got = titles("The weavers' guild's secretary, Nils Arvid, said it would sell its hall in October.");
    expect(got.some((t) => /^(?:The )?weavers' guild would sell its hall$/i.test(t))).toBe(true);
    expect(got).not.toContain('Nils Arvid would sell its hall');
  });

  it('r41-it-person: leaves "it" when the person holds no post of a body the teller names', () => {
    const got = titles('A spokeswoman, Edda Moll, said on Monday that it would reopen the quarry in August.');
    expect(got.some((t) => /^Edda Moll would reopen/.test(t))).toBe(false);
  });

  it('r41-it-person: takes a firm named after its noun for no person', () => {
    expect(titles("The kiln's maker, Brinholt Ceramics, said on Monday that it had sent two engineers to the works in May.")).toContain('Brinholt Ceramics sent two engineers to the works');
  });

  it('r41-it-person: still names a body that tells of itself', () => {
    expect(titles('Brinholt Ceramics said on Monday that it would close its kiln works in August.')).toContain('Brinholt Ceramics would close its kiln works');
  });

  it('r41-it-person: reads the teller past a clause opening the sentence', () => {
    // The chairman of the opening clause is no teller: the guild tells of itself.
    const got = titles('After the chairman resigned in May, the weavers\' guild said it would sell its hall in October.');
    expect(got.some((t) => /^(?:The )?weavers' guild would sell its hall$/i.test(t))).toBe(true);
  });

  it('r41-it-person: reads the teller after a joined clause, not the first clause\'s subject', () => {
    const got = titles('Orders fell after the flood, and the pottery said it would shut its second kiln in October.');
    expect(got).toContain('Pottery would shut its second kiln');
    expect(got).not.toContain('Orders would shut its second kiln');
  });

  it('r41-it-person: reads the teller past a relative clause set off by commas', () => {
    const got = titles('The buyer, Hallow Timber, which bought the sawmill in 2011, said it had sold the yard in April.');
    expect(got).toContain('Hallow Timber sold the yard');
  });
});

describe('r41-said-to-be: "It was her …" is no person', () => {
  it('r41-said-to-be: leaves "It" said to be what someone won', () => {
    const got = titles('Irmgard Sollen broke her wrist at the spring meeting in 2022. It was her first medal since her comeback in May.');
    expect(got.some((t) => /^Irmgard Sollen was her first medal/.test(t) || /^Sollen was her first medal/.test(t))).toBe(false);
  });
});

describe('r41-they-tellers: "They" after plural tellers', () => {
  it('r41-they-tellers: names the tellers when what they told names nothing plural', () => {
    expect(titles('The neighbours, Agda and Tor Vinsen, said the goat had strayed into their orchard after the gale. They drove it back to its farm in March.')).toContain(
      'Neighbours drove it back to its farm',
    );
  });

  it('r41-they-tellers: leaves "They" when what they told names a plural too', () => {
    const got = titles('The neighbours said the goats had strayed into their orchard after the gale. They drove back to the farm in March.');
    expect(got).not.toContain('Neighbours drove back to the farm');
  });
});

describe('r41-aside-predicate: a noun phrase and its aside, with no verb', () => {
  const made = (title: string, text: string) => predicateTitle(title, text, 0, makeTitle, patternVerb);

  it('r41-aside-predicate: takes the verb after the aside\'s closing comma, up to its phrase of time', () => {
    expect(made('Debris, including a mast and two oars', 'Debris, including a mast and two oars, came ashore at Kell Bay three days later.')).toBe('Debris came ashore at Kell Bay');
  });

  it('r41-aside-predicate: makes a name set off after its noun the subject', () => {
    expect(made('Warden, Osric Vell', 'warden, Osric Vell, had opened the sluices on the morning of the flood.')).toMatch(/^Osric Vell (?:had )?opened the sluices/);
  });

  it('r41-aside-predicate: takes a form of be before a participle, not before what the phrase is', () => {
    expect(made('First lesson, lasting about two hours', 'A first lesson, lasting about two hours, is planned for 12 September.')).toBe('First lesson is planned');
    expect(made('Closing date, set by the board', 'The closing date, set by the board, was 14 June.')).toBe('Closing date, set by the board');
  });
});
