import { describe, expect, it } from 'vitest';
import { irregularTold } from '../../../shared/extract/happenings';
import type { Draft } from '../../../shared/extract/draft';
import { shortestAt } from './event-lookup';

// Issue 8: a count from a happening the text names by a noun ("a week after the break-in") while an earlier
// sentence dated it by a verb whose past is irregular ("burglars broke into the shop on 4 May") takes that verb's date.

const PUB = '2024-06-14';

const draft = (title: string, start: string, order: number): Draft =>
  ({ paragraphId: 'p1', start: order * 10, end: order * 10 + 9, title, date: { start, basis: 'stated' }, order }) as Draft;

describe('r57-noun-verb-happening: a noun of a verb with an irregular past names what that past told', () => {
  it('r57-noun-verb-happening: a phrasal noun finds its verb, even in a title that cut the particle', () => {
    const texts = [
      'Zephron Gallistow pleaded guilty to handling stolen goods last week. He and a nephew broke into the boatyard stores at Brindquay during the night of 9 February 2022 and drove off with four outboard motors. A caretaker raised the alarm soon after dawn.',
      'Two of the motors turned up in a classified advert a week after the break-in; an angler who saw the advert phoned the police.',
    ];
    const e = shortestAt(PUB, texts, 'turned up in a classified advert');
    expect(e.date.start).toBe('2022-02-16');
    expect(e.date.yearUncertain).toBeFalsy();
  });

  it('r57-noun-verb-happening: a bare noun and an -ing noun find their irregular past', () => {
    const fell = [
      'Zuleika Vasmere, 81, slipped and fell on the frozen steps of the parish hall on 3 January 2024. Volunteers later gritted the steps.',
      'She was moved to a rehabilitation ward two days after the fall.',
    ];
    expect(shortestAt(PUB, fell, 'rehabilitation ward').date.start).toBe('2024-01-05');
    expect(irregularTold([draft('Allotment holders met in the chapel', '2024-02-06', 1), draft('Committee agreed a rent rise', '2024-02-20', 2)], 'meeting')?.date.start).toBe('2024-02-06');
  });

  it('r57-noun-verb-happening: two different datings of the verb leave the noun unlinked', () => {
    const two = [draft('Gable end of the chapel fell', '2024-03-02', 1), draft('Second gable fell', '2024-04-09', 2)];
    expect(irregularTold(two, 'fall')).toBeUndefined();
    expect(irregularTold([two[1]], 'fall')?.date.start).toBe('2024-04-09');
    // A noun naming no verb of its own, or a regular one, is left to the rules for those.
    expect(irregularTold(two, 'weekend')).toBeUndefined();
    expect(irregularTold([draft('Firm launched a new ferry', '2024-03-02', 1)], 'launch')).toBeUndefined();
  });
});
