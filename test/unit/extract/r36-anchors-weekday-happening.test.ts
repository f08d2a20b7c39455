import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 36 (m36): "the <weekday> after (before) the <happening>" counts from the day of the happening the phrase names,
// also when that happening was told many events earlier, and when it was told by its doer ("a thief took …" for "the
// theft"). Every sentence here was written for this test (none comes from an eval set or a probe).

const FILLER = [
  'The projectionist, Alf Moss, has worked there since 1958.',
  'He said his father had worked at the Regal too. His father retired in 1957.',
  'The Regal opened in 1931. It was rebuilt in 1949 after a fire.',
  'The building was sold in May. The buyers plan flats.',
  'He will keep the old projector. He has been offered a job in Leeds.',
  'His daughter lives in York. She moved there in 2011.',
  'The organ was removed in 1962. The balcony was closed in 1971.',
  'A bingo licence was granted in 1984. It lapsed in 1990.',
  'The roof was mended in 1996. The seats were replaced in 2003.',
  'A cine society was founded in 2008. It folded in 2014.',
];

describe('a weekday counted from a happening named by its phrase', () => {
  it('a happening told many events before: "the Tuesday after the last film"', () => {
    const texts = ['Next Saturday, Sept. 9, the Regal shows its last film before it closes for good.', ...FILLER, 'The town council has asked him to cut the ribbon at the new library on the Tuesday after the last film.'];
    // 9 September 2017 was a Saturday; the Tuesday after it is the 12th.
    expect(shortestAt('2017-09-01', texts, 'cut the ribbon').date.start).toBe('2017-09-12');
  });

  it('"the theft" told by its doer: "a thief cut the padlock"', () => {
    const texts = ['On the night of Friday 4 September, a thief cut the padlock and took every pumpkin on the site.', 'The fete went ahead on the Sunday after the theft, on the green.'];
    expect(shortestAt('2020-09-25', texts, 'fete went ahead').date.start).toBe('2020-09-06');
  });

  it('"the robbery" told by its doers: "two armed robbers raided the post office"', () => {
    const texts = ['Two armed robbers raided the Lanford post office on 3 March 2021.', 'The branch reopened on the Monday after the robbery with a new screen at the counter.'];
    expect(shortestAt('2021-03-20', texts, 'branch reopened').date.start).toBe('2021-03-08');
  });

  it('"the burglary" told by its doers: "burglars took the silver"', () => {
    const texts = ['Burglars took the church silver from St Anne\'s on Wednesday, June 9, 2021.', 'The vicar held a special service on the Sunday after the burglary.'];
    expect(shortestAt('2021-06-30', texts, 'held a special service').date.start).toBe('2021-06-13');
  });

  it('a doer noun with no happening counted from it leaves the weekday as read', () => {
    const texts = ['A thief took a bicycle from the station rack on Monday.', 'Police appealed for witnesses on Tuesday.'];
    // 14 June 2021 was a Monday.
    expect(shortestAt('2021-06-16', texts, 'appealed for witnesses').date.start).toBe('2021-06-15');
  });
});
