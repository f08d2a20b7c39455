import { describe, expect, it } from 'vitest';
import { events } from './event-lookup';

// Issue 8, point 10: a title says who did what, in at most ten words. Four readings of the subject an "It"/"They"
// stands for: a title the subject makes too long is cut as any long title is (not left on "It"); a time that is a
// later clause's subject ("before the year is out") is no rival to the first clause's; a phrase of time the tags ran
// into the subject ("Last Friday the sailing club") is no part of it; and a noun before "of" is the subject's head,
// whose number is the subject's ("The head of the county libraries" is one, no "they").

const titles = (...paragraphs: string[]) => events('2024-06-14', ...paragraphs).map((e) => e.title);

describe('a named title past ten words', () => {
  it('is cut at a phrase boundary, keeping the name', () => {
    expect(titles('The district water board met in private. It announced on Friday that the reservoir on the moor would be drained for repairs.')).toContain('District water board announced reservoir would be drained for repairs');
    expect(titles('The information office is investigating. It said on Monday the inquiry would look at the council\'s security.')).toContain('Information office said inquiry would look at council\'s security');
    expect(titles('The regional transport authority met in private. It decided on Tuesday that the old branch line to the coast would stay closed for good.')).toContain('Regional transport authority decided old branch line would stay closed');
  });
});

describe('a time as a later clause\'s subject', () => {
  it('is no rival to the first clause\'s subject', () => {
    expect(titles('The brewery plans to hire 20 more workers at Dunmore before the year is out and to open a taproom in the spring. It will pay a dividend on May 16.')).toContain('Brewery will pay a dividend');
    expect(titles('The airline will add six routes from Kessby before the summer is over and will buy two aircraft. It will report its results on 4 March.')).toContain('Airline will report its results');
    expect(titles('The museum will stay shut to visitors at Ferrow until the winter is over, and will reopen with a new gallery. It will hold a fair on 3 April.')).toContain('Museum will hold a fair');
  });
});

describe('a phrase of time before the subject', () => {
  it('is left out of the name', () => {
    expect(titles('Last Friday the sailing club welcomed forty new members. Next month it will open a new boathouse on the harbour, and members will race.')).toContain('Sailing club will open a new boathouse on the harbour');
    expect(titles('This week the village shop changed hands. In August it will start selling bread from the bakery, and the post office will stay.')).toContain('Village shop will start selling bread from the bakery');
    expect(titles('Last week the town council approved new parking charges. In April it will start charging for the harbour car park, and residents will pay less.')).toContain('Town council will start charging for the harbour car park');
  });
});

describe('a noun before "of"', () => {
  it('gives the subject its number', () => {
    const climb = titles('The leader of the climbing teams, Ola Brenn, reached the hut on Monday with two guides. They found the last camp on June 3.');
    expect(climb.some((t) => /^Leader/.test(t) && /found/.test(t))).toBe(false);
    expect(titles('The head of the county libraries visited the school in May. They will reopen in September.')).toContain('County libraries will reopen');
    expect(titles('The owner of the racing pigeons was fined in March. They were sold on 2 June.')).toContain('Racing pigeons were sold');
  });
});
