import { describe, expect, it } from 'vitest';
import { events, shortestAt } from './event-lookup';

// Round 25 (a25): round 24's leftovers in placing events. Every sentence here was written for this test (none comes
// from an eval set or a probe).

describe('a sequence word after a past-perfect flashback goes on from the story\'s day', () => {
  const pub = '2024-05-15'; // a Wednesday; Friday is May 10

  it('"Hours later" after a flashback to a year is the story\'s Friday, not 1911', () => {
    const texts = ['On Friday a fire broke out at the Harwick paper mill. The mill had burned down once before, in 1911. Hours later the town council met in emergency session.'];
    const met = shortestAt(pub, texts, 'council met');
    expect(met.date).toMatchObject({ start: '2024-05-10', rule: 'sequence/hours-later' });
    expect(met.title).toBe('Town council met in emergency session');
  });

  it('"Later" after a flashback to a day is after the story\'s Friday', () => {
    const texts = ['On Friday the ferry Arnholt ran aground off Skell Point. Her master had taken her through the channel on March 3, 1998. Later the coastguard towed her off.'];
    expect(shortestAt(pub, texts, 'towed her off').date).toMatchObject({ start: '2024-05-10', mod: 'after' });
  });

  it('a sequence whose own clause stays in the past perfect goes on in the flashback', () => {
    const texts = ['On Friday the ferry Arnholt ran aground off Skell Point. Her master had steered her through the channel in 1998. Later he had given up the sea.'];
    expect(shortestAt(pub, texts, 'given up the sea').date).toMatchObject({ start: '1998', mod: 'after' });
  });

  it('a simple past to an older year is where the story is, and "Later" follows it', () => {
    const texts = ['On Friday the ferry Arnholt ran aground off Skell Point. Her sister ship sank there in 1998. Later the coastguard closed the channel.'];
    expect(shortestAt(pub, texts, 'closed the channel').date).toMatchObject({ start: '1998', mod: 'after' });
  });
});

describe('"X said on Tuesday that … have since …" runs from the happening before it to the telling', () => {
  const pub = '2024-05-15'; // Tuesday is May 14

  it('the reported "have since rebuilt" is a stretch from March to Tuesday; the telling stays on Tuesday', () => {
    const texts = ['Floodwater put the pumping station at Lowmere out of service in March. The station manager said on Tuesday that engineers have since rebuilt the pump.'];
    const rebuilt = shortestAt(pub, texts, 'rebuilt the pump');
    expect(rebuilt.date).toMatchObject({ start: '2024-03', end: '2024-05-14', rule: 'narrative-focus/since-until-telling' });
    expect(shortestAt(pub, texts, 'said on Tuesday').date.start).toBe('2024-05-14');
  });

  it('"had since" in a report told in the past is the same stretch', () => {
    const texts = ['Floodwater put the pumping station at Lowmere out of service in March. The manager told the council on Tuesday that engineers had since rebuilt the pump.'];
    expect(shortestAt(pub, texts, 'rebuilt the pump').date).toMatchObject({ start: '2024-03', end: '2024-05-14' });
  });

  it('a report in the present perfect without "since" stays on the telling\'s day', () => {
    const texts = ['Floodwater put the pumping station at Lowmere out of service in March. The station manager said on Tuesday that engineers have rebuilt the pump.'];
    const rebuilt = shortestAt(pub, texts, 'rebuilt the pump');
    expect(rebuilt.date.start).toBe('2024-05-14');
    expect(rebuilt.date.end).toBeUndefined();
  });
});

describe('a weekday in a quote counts from the day it was spoken, when the text gives it', () => {
  const pub = '2024-05-15'; // a Wednesday; the Friday before is May 10, the Monday before that May 6

  it('\'"We met her on Monday …," the brother said on Friday\' is the Monday before that Friday', () => {
    const texts = ['"We met her on Monday and she seemed well," the brother said on Friday.'];
    expect(shortestAt(pub, texts, 'We met her').date).toMatchObject({ start: '2024-05-06', rule: 'weekday/past-tense/spoken' });
  });

  it('an interview\'s day in the sentence before dates the quote after it', () => {
    const texts = ['We spoke to the ferryman on Friday. "A swan nested under the landing stage on Monday," he said.'];
    expect(shortestAt(pub, texts, 'swan nested').date.start).toBe('2024-05-06');
  });

  it('"next Monday" said on Friday is the Monday after that Friday', () => {
    const texts = ['"The landing stage reopens next Monday," the ferryman said on Friday.'];
    expect(shortestAt(pub, texts, 'landing stage reopens').date.start).toBe('2024-05-13');
  });

  it('a quote with no day of speaking given counts from publication, as before', () => {
    const texts = ['"A swan nested under the landing stage on Monday," the ferryman said.'];
    expect(shortestAt(pub, texts, 'swan nested').date.start).toBe('2024-05-13');
  });

  it('a weekday outside the quote is not moved by the interview\'s day', () => {
    const texts = ['We spoke to the ferryman on Friday. A swan nested under the landing stage on Monday.'];
    expect(shortestAt(pub, texts, 'swan nested').date.start).toBe('2024-05-13');
  });
});

describe('a length on the first conjunct runs up to the dated second', () => {
  const pub = '2024-05-15';

  it('"closed for five months and reopened in April": November to April, then the reopening in April', () => {
    const texts = ['The coast road at Penmorrow closed for five months and reopened in April.'];
    expect(shortestAt(pub, texts, 'closed for five months').date).toMatchObject({ start: '2023-11', end: '2024-04' });
    const reopened = shortestAt(pub, texts, 'reopened');
    expect(reopened.date.start).toBe('2024-04');
    expect(reopened.date.end).toBeUndefined();
    expect(reopened.title).toBe('Coast road at Penmorrow reopened');
  });

  it('at a day\'s precision the stretch ends the day before the dated conjunct', () => {
    const texts = ['The village bakery shut for three weeks and reopened on April 20.'];
    expect(shortestAt(pub, texts, 'shut for three weeks').date).toMatchObject({ start: '2024-03-30', end: '2024-04-19' });
    expect(shortestAt(pub, texts, 'reopened').date.start).toBe('2024-04-20');
  });

  it('an ending is the stretch\'s last day, counted in: "ran for three days and ended on Sunday" is Friday to Sunday', () => {
    const texts = ['The Penmorrow folk festival ran for three days and ended on Sunday.'];
    expect(shortestAt(pub, texts, 'ran for three days').date).toMatchObject({ start: '2024-05-10', end: '2024-05-12' });
    expect(shortestAt(pub, texts, 'ended on Sunday').date.start).toBe('2024-05-12');
  });

  it('years before a year', () => {
    const texts = ['The maritime museum was closed for two years and reopened in 2019.'];
    expect(shortestAt(pub, texts, 'closed for two years').date).toMatchObject({ start: '2017', end: '2019' });
  });

  it('a second conjunct still ahead leaves the length alone (the road is still closed)', () => {
    const texts = ['The coast road at Penmorrow closed for five months and will reopen in July.'];
    expect(shortestAt(pub, texts, 'closed for five months').date.end).toBeUndefined();
  });

  it('"for about" makes the stretch approximate', () => {
    const texts = ['The coast road at Penmorrow closed for about five months and reopened in April.'];
    expect(shortestAt(pub, texts, 'closed for about five months').date).toMatchObject({ start: '2023-11', end: '2024-04', mod: 'approx' });
  });
});

describe('a habit "every year since" a dated happening', () => {
  const pub = '2024-05-15';

  it('"have risen every year since the ferry service began in 1974", after a dated clause: 1974 to publication, and the start in 1974', () => {
    const texts = ['The harbour board raised ferry fares on March 4. Fares have risen every year since the ferry service began in 1974.'];
    const risen = shortestAt(pub, texts, 'Fares have risen');
    expect(risen.date).toMatchObject({ start: '1974', end: '2024-05-15' });
    expect(shortestAt(pub, texts, 'ferry service began').date.start).toBe('1974');
  });

  it('the same as a conjunct after the dated clause does not take its date', () => {
    const texts = ['The harbour board raised ferry fares on March 4, and fares have risen each year since the ferry service began in 1974.'];
    expect(shortestAt(pub, texts, 'fares have risen').date).toMatchObject({ start: '1974', end: '2024-05-15' });
  });

  it('"opened" in the happening "since" names is not opening hours', () => {
    const texts = ['Fares have risen every year since the ferry line opened in 1974.'];
    expect(shortestAt(pub, texts, 'Fares have risen').date).toMatchObject({ start: '1974', end: '2024-05-15' });
  });

  it('opening hours told as a habit since a happening are still no event of the calendar', () => {
    const texts = ['The chandlery has been open every Saturday since it moved to the quay in 1974.'];
    const found = events(pub, ...texts).filter((e) => e.date.end === '2024-05-15');
    expect(found).toHaveLength(0);
  });
});
