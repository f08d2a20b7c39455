import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../../shared/extract/title-syntax';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what, never a fragment. A long clause whose subject is followed by
// asides set off by commas was cut at the first comma ("Angler, Kai Dorrington") when an aside held a phrase of
// place ("of Quay Lane", "at the depot in Hull") or the tags read the verb as an adjective ("hooked the fish");
// the asides now go and the verb stays.

const titles = (published: string, text: string) => events(published, text).map((e) => e.title);

describe('asides of place between a subject and its verb', () => {
  it('cuts an age and an address after a name', () => {
    expect(withoutAsides('Orla Fenwick, 52, of Mill Street, denied two charges of theft.')).toBe('Orla Fenwick denied two charges of theft.');
    const t = titles('2024-06-14', 'Dara Quill, 38, of Rope Walk in the old harbour quarter, admitted two offences under the fisheries by-laws at Lenholm magistrates court on Tuesday.');
    expect(t).toContain('Dara Quill admitted two offences under the fisheries by-laws');
  });

  it('cuts a post with a phrase of place before the name it sets off', () => {
    expect(withoutAsides('A porter at the station in Wexby, Tom Harl, found the bag.')).toMatch(/^(?:Tom Harl|porter at the station in Wexby) found the bag\.$/);
    const t = titles('2024-06-14', 'A walker from the village, Ines Marrow, spotted the sea eagle above the disused quarry on Sunday while climbing with her two sons.');
    expect(t.some((x) => /spotted the sea eagle/.test(x))).toBe(true);
  });

  it('cuts a phrase of place alone set off after the subject', () => {
    expect(withoutAsides('The second inspection, at the depot in Hull, was passed without a fault.')).toBe('The second inspection was passed without a fault.');
  });

  it('reads a past form the tags call an adjective as the verb after a name set off', () => {
    expect(withoutAsides('A diver, Sam Orrin, hooked the anchor below the pier.')).toBe('Sam Orrin hooked the anchor below the pier.');
  });
});
