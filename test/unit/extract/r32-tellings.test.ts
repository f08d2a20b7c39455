import { describe, expect, it } from 'vitest';
import { events, quoteOf, shortestAt } from './event-lookup';

// Round 32 (c32): when the saying is the event, or what was said is dated by the occasion, it is dated from the
// occasion in focus. Every sentence here was written for this test (none comes from an eval set or a probe).

const PUB = '2024-03-14'; // a Thursday
const dateAt = (texts: string[], words: string) => shortestAt(PUB, texts, words).date;

describe('court and hearing days never dated in their own sentence', () => {
  it('"Outside court, …" after a verdict told yesterday is the verdict day', () => {
    const texts = ['A lorry driver was cleared yesterday of causing the death of a cyclist on the Wenlow bypass.', "Outside court, the cyclist's brother said the family would keep campaigning for a safer junction."];
    const d = dateAt(texts, 'Outside court');
    expect(d.start).toBe('2024-03-13');
    expect(d.mod).toBeUndefined();
  });

  it('"Outside the court, …" keeps the verdict day when what is said is in the past perfect', () => {
    const texts = ['A lorry driver was cleared yesterday of causing the death of a cyclist on the Wenlow bypass.', "Outside the court, the driver's wife said she had never doubted him."];
    const d = dateAt(texts, 'Outside the court');
    expect(d.start).toBe('2024-03-13');
    expect(d.mod).toBeUndefined();
  });

  it('"The inquest was told …" and "The coroner said …" are the day the inquest sat', () => {
    const texts = ['An inquest into the death of a chef at a Brindle Street restaurant opened on Tuesday.', 'The inquest was told the extractor fan was switched off. The coroner said the kitchen was too small for the number of staff.'];
    expect(dateAt(texts, 'The inquest was told').start).toBe('2024-03-12');
    expect(dateAt(texts, 'The coroner said').start).toBe('2024-03-12');
  });

  it('a judge named in full speaks on the day the court ruled', () => {
    const texts = ['A court in Varrow ruled on Tuesday that the mill owner must pay for the repairs.', 'Judge Martha Elling Crane said the damage was plain to see.'];
    expect(dateAt(texts, 'Judge Martha').start).toBe('2024-03-12');
  });

  it('evidence heard of what had been done ("The jury heard that … had …", "Giving evidence, …") is before the hearing day', () => {
    const texts = [
      'The trial of a former treasurer accused of stealing from a bowls club opened on Monday at Fenwick Crown Court.',
      'The jury heard that the treasurer had moved money into his own account. Giving evidence, the club secretary told the court she had first noticed the gap in the accounts.',
    ];
    for (const words of ['The jury heard', 'Giving evidence']) {
      const d = dateAt(texts, words);
      expect(d.start).toBe('2024-03-11');
      expect(d.mod).toBe('before');
    }
  });

  it('"told the hearing she had seen …": the reported happening is the event, before the sitting', () => {
    const texts = ['An inquest into the drowning of a swimmer at Hollin Weir opened on Monday.', 'A walker told the hearing she had seen a man standing on the weir.'];
    const d = dateAt(texts, 'told the hearing');
    expect(d.start).toBe('2024-03-11');
    expect(d.mod).toBe('before');
  });

  it('a teller closing a sentence about something else leaves it to what was told', () => {
    const texts = ['A boatman was found guilty on Tuesday of fishing without a licence.', 'Copies of the licence were kept in a drawer at his home, a former clerk told the court.'];
    const d = dateAt(texts, 'Copies of the licence');
    expect(d.start).toBe(PUB);
    expect(d.mod).toBe('before');
  });

  it('a verdict that is no longer news does not date "outside court"', () => {
    const texts = ['A lorry driver was cleared in January of causing the death of a cyclist.', "Outside court, the cyclist's brother said the family would keep campaigning."];
    expect(dateAt(texts, 'Outside court').mod).toBe('before');
  });
});

describe('quotes spoken before publication that say "today", "tomorrow", "tonight"', () => {
  it('"today" in a quote said on Tuesday is Tuesday', () => {
    const texts = ['"Today is a sad day for the town," the mayor said on Tuesday.'];
    expect(dateAt(texts, 'Today is a sad day').start).toBe('2024-03-12');
  });

  it('"tomorrow" in a quote said yesterday is publication day, even after a quote said on another day', () => {
    const texts = ['"Today is a sad day for the town," the mayor said on Tuesday. "Tomorrow we start again," she said yesterday.'];
    expect(dateAt(texts, 'Tomorrow we start again').start).toBe(PUB);
  });

  it('"tonight" in a quote said yesterday is last night', () => {
    expect(dateAt(['"Tonight we celebrate," the captain said yesterday.'], 'Tonight we celebrate').start).toBe('2024-03-13');
  });

  it('"this morning" in a quote said last night is yesterday morning', () => {
    expect(dateAt(['"We found the last of the sheep this morning," the farmer said last night.'], 'found the last').start).toMatch(/^2024-03-13/);
  });
});

describe('a quote attributed in the past with no day, in a report of the day before', () => {
  it('"today" in it is the story\'s day, the day the reporter heard it', () => {
    const texts = ['Ada Lind won the Carrow hill climb yesterday.', '"I fell on that bend last year," Lind said. "Today I braked early."'];
    expect(dateAt(texts, 'Today I braked').start).toBe('2024-03-13');
    const told = ['The ferry ran aground on Tuesday night off Skerra Point.', '"This morning we got the last of the passengers off," the captain told reporters.'];
    expect(dateAt(told, 'the last of the passengers').start).toMatch(/^2024-03-12/);
  });

  it('not when the attribution is in the present, nor when the story\'s day is older', () => {
    expect(dateAt(['Ada Lind won the Carrow hill climb yesterday.', '"Today I braked early," Lind says.'], 'Today I braked').start).toBe(PUB);
    expect(dateAt(['Ada Lind won the Carrow hill climb on Monday.', '"Today I braked early," Lind said.'], 'Today I braked').start).toBe(PUB);
  });
});

describe('quotes attributed to a named occasion', () => {
  it('"told the meeting" after a vote dated the night before', () => {
    const texts = ['Councillors voted on Tuesday night to close the Marlow Street library.', 'The leader of the council told the meeting that there was no money left.'];
    expect(dateAt(texts, 'told the meeting').start).toBe('2024-03-12');
  });

  it('"told the meeting" after a teller with a dated aside of its own', () => {
    const texts = ['Councillors voted on Tuesday night to close the Marlow Street library.', 'Cllr Ann Hale, who has chaired the libraries committee since 2019, told the meeting that the decision was painful.'];
    expect(dateAt(texts, 'told the meeting').start).toBe('2024-03-12');
  });

  it('"said after the meeting" is the meeting day', () => {
    const texts = ['Councillors voted on Tuesday night to close the Marlow Street library.', 'Residents said after the meeting that they would fight the decision.'];
    expect(dateAt(texts, 'said after the meeting').start).toBe('2024-03-12');
  });

  it('"Speaking at the launch, …" is the launch day', () => {
    const texts = ['The new bus timetable was launched on Monday at Carrow primary school.', "Speaking at the launch, the council's transport chief said the early buses were the most missed."];
    expect(dateAt(texts, 'Speaking at the launch').start).toBe('2024-03-11');
  });

  it('"said in her opening speech" is the day the trial opened', () => {
    const texts = ['The trial of two men accused of stealing lead from a chapel roof opened on Monday.', 'The prosecutor said in her opening speech that the men were seen on the roof.'];
    expect(dateAt(texts, 'opening speech').start).toBe('2024-03-11');
  });

  it('"said afterwards" is after the occasion, by publication', () => {
    const texts = ['Councillors voted on Tuesday night to close the Marlow Street library.', 'The leader said afterwards that the building would be sold.'];
    const d = dateAt(texts, 'said afterwards');
    expect([d.start, d.end]).toEqual(['2024-03-12', PUB]);
  });

  it('a weekday after "told reporters at a briefing in <place>" dates the telling, whatever the quote\'s tense', () => {
    const texts = ['"For people who lose a day to pain, this could change their lives," the director told reporters at a briefing in Carrow on Wednesday.'];
    expect(dateAt(texts, 'the director told').start).toBe('2024-03-13');
  });

  it('"told jurors in her closing argument on Monday" is last Monday', () => {
    const texts = ['"The money arrived months before the contract," the prosecutor told jurors in her closing argument on Monday.'];
    expect(dateAt(texts, 'closing argument').start).toBe('2024-03-11');
  });

  it('a closing teller with its occasion before its day is an event of its own on that day', () => {
    const quoted = ['"The money arrived in March 2021, three months before the contract was signed," the prosecutor told jurors in her closing argument on Monday.'];
    expect(dateAt(quoted, 'the prosecutor told jurors').start).toBe('2024-03-11');
    expect(dateAt(quoted, 'The money arrived').start).toBe('2021-03');
    const plain = ['The mill closed in 1998, the mayor said at a ceremony in Holt on Wednesday.'];
    expect(dateAt(plain, 'the mayor said at a ceremony').start).toBe('2024-03-13');
    expect(dateAt(plain, 'The mill closed').start).toBe('1998');
  });

  it('a habit inside a quotation does not hide the telling\'s own day', () => {
    const texts = ['"We were told every year it was hopeless," she said this week.'];
    const found = events(PUB, ...texts).map((e) => quoteOf(e, texts));
    expect(found.some((q) => q.includes('she said this week'))).toBe(true);
    expect(dateAt(texts, 'she said this week').start).toBe('2024-03-11');
  });
});
