import { describe, expect, it } from 'vitest';
import { shortestAt } from './event-lookup';

// Round 39 (c39): counts read the wrong way round. "The vote came three weeks after engineers found cracks" dates the
// finding three weeks before the vote the text dated elsewhere (the vote named by a form of its noun, else the story's
// own happening, a guess); "has reopened, twelve years after a storm smashed its lantern" counts back from publication;
// "in June, ten days after …" counts a month back into a range of days; "until 1998, six years after …" counts from the
// date a stretch runs until. Every sentence here was written for this test (none comes from an eval set or a probe).

describe('a count after a subject that names a dated happening is counted back from it', () => {
  it('"The vote came three weeks after engineers found cracks": three weeks before the vote', () => {
    const t = ['Harwick council voted on 12 March 2019 to close the public baths.', 'The vote came three weeks after engineers found cracks in the roof.'];
    const e = shortestAt('2019-03-14', t, 'engineers found cracks');
    expect([e.date.start, e.date.end, e.date.yearUncertain]).toEqual(['2019-02-19', undefined, undefined]);
  });

  it('two counts joined by "and": "The signing came a year after talks resumed, and four months after …"', () => {
    const t = ['The two ministers signed the fishing accord in Tallin on 9 June 2016.', 'The signing came a year after talks resumed, and four months after both sides agreed a ceasefire.'];
    const a = shortestAt('2016-06-10', t, 'talks resumed');
    expect(a.date.start).toBe('2015-06');
    const b = shortestAt('2016-06-10', t, 'agreed a ceasefire');
    expect(b.date.start).toBe('2016-02');
  });

  it('a happening dated only to its month, counted in weeks: the range of days it can land on', () => {
    const t = ['The Pellow family sold the brewery in March 2010.', 'The sale came two weeks after its founder died at the age of 91.'];
    const e = shortestAt('2010-06-01', t, 'its founder died');
    expect([e.date.start, e.date.end]).toEqual(['2010-02-15', '2010-03-17']);
  });

  it('a subject its text never names again ("The move comes …") is the story\'s own happening, a guess', () => {
    const t = ['Brenmoor Foods said on Monday that it would cut 300 jobs at its bakery in Lissow.', 'The move comes a week after the company shut its plant in Derrow.'];
    const e = shortestAt('2021-09-15', t, 'shut its plant');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2021-09-06', true]);
  });

  it('not a subject the lead cannot stand for: "Her big break came two years after she moved to Leeds"', () => {
    const t = ['The Arlow theatre reopened on 5 May 2017 after a two-year refit.', 'Its new director, Mina Falk, began as an usher.', 'Her big break came two years after she moved to Leeds.'];
    const e = shortestAt('2017-05-08', t, 'moved to Leeds');
    expect(e.date.rule).not.toMatch(/counted-back/);
  });

  it('not a subject that names a time ("The summer came …"), nor a sentence with a date of its own', () => {
    const t = ['The harvest began on 2 August 2018.', 'The summer came two weeks after the rains stopped.', 'The crop came in on 20 August, a week after the rains stopped.'];
    const a = shortestAt('2018-09-01', t, 'summer came');
    expect(a.date.rule).not.toMatch(/counted-back/);
    const b = shortestAt('2018-09-01', t, 'crop came in');
    expect(b.date.start).toBe('2018-08-20');
  });
});

describe('a count of years or months set off after an undated present perfect counts back from publication', () => {
  it('"has reopened to visitors, twelve years after a storm smashed its lantern"', () => {
    const t = ['The Old Quay lighthouse has reopened to visitors, twelve years after a storm smashed its lantern.'];
    const e = shortestAt('2020-05-01', t, 'storm smashed');
    expect([e.date.start, e.date.yearUncertain]).toEqual(['2008', undefined]);
    const main = shortestAt('2020-05-01', t, 'has reopened');
    expect(main.date.rule).not.toMatch(/counted-back/);
  });

  it('"has got its post office back, eighteen months after the last one closed"', () => {
    const e = shortestAt('2021-09-10', ['The village of Orme has got its post office back, eighteen months after the last one closed.'], 'the last one closed');
    expect(e.date.start).toBe('2020-03');
  });

  it('"have returned to the river, nearly thirty years after pollution drove them out"', () => {
    const e = shortestAt('2015-07-20', ['Otters have returned to the river Skell, nearly thirty years after pollution drove them out.'], 'pollution drove');
    expect(e.date.start).toBe('1985');
  });

  it('not a count of weeks, nor a future', () => {
    const a = shortestAt('2015-07-20', ['The footbridge has reopened, three weeks after floodwater swept its railings away.'], 'floodwater swept');
    expect(a.date.rule).not.toMatch(/counted-back/);
    const b = shortestAt('2015-07-20', ['The footbridge will reopen next month, two years after floodwater swept its railings away.'], 'floodwater swept');
    expect(b.date.rule).not.toMatch(/counted-back/);
  });
});

describe('counts set off after a clause\'s own date', () => {
  it('"in June, ten days after the managers cut their pay": ten days before any day of June', () => {
    const e = shortestAt('1995-10-01', ['Staff at the Varrow depot walked out in June, ten days after the managers cut their pay.'], 'managers cut');
    expect([e.date.start, e.date.end]).toEqual(['1995-05-22', '1995-06-20']);
  });

  it('"in April 1987, three weeks after the old stand burned down"', () => {
    const e = shortestAt('2000-01-01', ['The club moved to its new ground in April 1987, three weeks after the old stand burned down.'], 'old stand burned');
    expect([e.date.start, e.date.end]).toEqual(['1987-03-11', '1987-04-09']);
  });

  it('not a birthday: "In May 1950, two weeks after my twentieth birthday, I joined the navy" stays in May', () => {
    const t = ['In May 1950, two weeks after my twentieth birthday, I joined the navy.'];
    const e = shortestAt('2000-01-01', t, 'twentieth birthday');
    expect([e.date.start, e.date.end]).toEqual(['1950-05', undefined]);
  });

  it('"until 1998, six years after her husband died": counted from the date the stretch runs until', () => {
    const e = shortestAt('2010-01-01', ['Mrs Tallow ran the corner shop alone until 1998, six years after her husband died.'], 'her husband died');
    expect(e.date.start).toBe('1992');
  });

  it('"until 2004, three years after the court ordered his release"', () => {
    const e = shortestAt('2010-01-01', ['He was kept in the island prison until 2004, three years after a court ordered his release.'], 'ordered his release');
    expect(e.date.start).toBe('2001');
  });

  it('a count opening the clause still does not count from the date the stretch runs until', () => {
    const e = shortestAt('2010-01-01', ['The firm went bankrupt in 1971.', 'Three years after the collapse she was made head of the school, a post she held until 1990.'], 'made head');
    expect(e.date.start).not.toBe('1987');
  });
});

describe('an event placed against a happening is not the happening a later count names', () => {
  it('"a week after the sinking", told after "searched the wreck on the Friday after the sinking"', () => {
    const t = ['The trawler Kestrel sank off Varne Head on 3 March 2014.', 'Divers searched the wreck on the Friday after the sinking.', 'A memorial service was held in the harbour a week after the sinking.'];
    const e = shortestAt('2014-04-01', t, 'memorial service');
    expect(e.date.start).toBe('2014-03-10');
  });

  it('"three days after the robbery", told after "on the Monday before the robbery"', () => {
    const t = ['Thieves robbed the Corn Street bank on 9 May 2003.', 'Police had watched the bank on the Monday before the robbery.', 'The getaway car was found in a quarry three days after the robbery.'];
    const e = shortestAt('2003-06-01', t, 'getaway car');
    expect(e.date.start).toBe('2003-05-12');
  });

  it('"two weeks after the fire", told after "on the Saturday following the fire"', () => {
    const t = ['Fire gutted the Orrin paper mill on 2 June 1990.', 'The owners met their insurers on the Saturday following the fire.', 'Demolition of the shell began two weeks after the fire.'];
    const e = shortestAt('1990-07-01', t, 'Demolition');
    expect(e.date.start).toBe('1990-06-16');
  });
});

describe('a count after a subject runs forwards when the clause after it is the dated one', () => {
  it('"The funeral came a week after his death", the death dated: the funeral a week on, the death kept', () => {
    const t = ['The poet Aled Cray died at his home in Porth on 2 April 1996.', 'The funeral came a week after his death, in the chapel where he had been married.'];
    const e = shortestAt('1996-05-01', t, 'funeral came');
    expect(e.date.start).toBe('1996-04-09');
  });
});
