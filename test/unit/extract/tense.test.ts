import { describe, expect, it } from 'vitest';
import { happeningOf, tenseAt } from '../../../shared/extract/tense';

// The tense reader the tag stage asks when a date has no year ("on March 3": which March?) and the narrative
// stage asks when a sentence has no date at all (is it a happening, and is it done?).

const at = (sentence: string, word: string) => tenseAt(sentence, sentence.indexOf(word));

describe('tenseAt', () => {
  it('reads the verb that governs the position', () => {
    expect(at('The plant closed on Friday.', 'Friday')).toBe('past');
    expect(at('The plant will close on Friday.', 'Friday')).toBe('future');
    expect(at('The plant is closed on Fridays.', 'Fridays')).toBe('present');
    expect(at('The plant has reopened since March.', 'March')).toBe('past');
  });

  it('reads plans and deadlines as the future', () => {
    expect(at('The council plans to vote on March 3.', 'March')).toBe('future');
    expect(at('The vote was postponed until March 3.', 'March')).toBe('future');
    expect(at('Applicants have until March 3 to register.', 'March')).toBe('future');
  });

  it('a scheduling verb\'s form used as a plural noun ("at both ends", "two false starts") points nowhere', () => {
    expect(at('Barriers went up at both ends of the pier on Saturday.', 'Saturday')).toBe('past');
    expect(at('The race had two false starts on Sunday.', 'Sunday')).toBe('past');
    expect(at('The fair ends on Sunday.', 'Sunday')).toBe('future');
  });

  it('"said Friday": the date of a telling is as past as the telling', () => {
    expect(at('The mayor said Friday that the plant will close.', 'Friday')).toBe('past');
    expect(at('The mayor says Friday is the last day.', 'Friday')).toBe('present');
  });

  it('"said on a cold morning this week": the date of a telling past an occasion of the day is the telling\'s', () => {
    expect(at('"The harbour is my home," the ferryman said on a cold morning this week.', 'this week')).toBe('past');
  });

  it('knows nothing from a sentence with no verb cue', () => {
    expect(at('Friday.', 'Friday')).toBe('unknown');
  });
});

describe('a ranking noun phrase before an infinitive', () => {
  it('reads a superlative by the lexicon\'s guard: "guest" and "forest" rank nothing, and the infinitive still points forward', () => {
    expect(at('She is the guest conductor to lead the choir on Saturday.', 'Saturday')).toBe('future');
    expect(at('He is the forest warden to check the trail on Sunday.', 'Sunday')).toBe('future');
    expect(at('She was the youngest rider to finish on Sunday.', 'Sunday')).toBe('past');
  });
});

describe('happeningOf', () => {
  it('a progressive told on either side of a telling is under way; a past one is past', () => {
    expect(happeningOf('The driver is being treated for burns, a hospital spokesman said.')).toBe('ongoing');
    expect(happeningOf('Two ministers are refusing to sign the deal, an aide told reporters.')).toBe('ongoing');
    expect(happeningOf('The driver was treated for burns, a hospital spokesman said.')).toBe('past');
    // News keeps the present for what still holds as the story is written, after the telling too.
    expect(happeningOf('A hospital spokesman said the driver is being treated for burns.')).toBe('ongoing');
    expect(happeningOf('A hospital spokesman said the driver was being treated for burns.')).toBe('past');
  });
  it('something done is past, whether told in the past, the present perfect or reported', () => {
    expect(happeningOf('The bridge collapsed.')).toBe('past');
    expect(happeningOf('The bridge has reopened.')).toBe('past');
    // An adverb between "has" and its participle ("has since increased") leaves it a present perfect.
    expect(happeningOf('The bank has since increased its share.')).toBe('past');
    // A sentence opening with the name Will is not in the future; a question still is none.
    expect(happeningOf('Will Danby resigned from the board.')).toBe('past');
    expect(happeningOf('Will Danby resign from the board?')).toBeNull();
    expect(happeningOf('The mayor said the city would rebuild.')).toBe('past');
  });

  it('something under way as the article is written is ongoing', () => {
    expect(happeningOf('Workers are repairing the bridge.')).toBe('ongoing');
    expect(happeningOf('Repairs are under way.')).toBe('ongoing');
  });

  it('the future, conditions, questions and standing facts are not happenings', () => {
    expect(happeningOf('The bridge will reopen.')).toBeNull();
    expect(happeningOf('If it rains, the match could be delayed.')).toBeNull();
    expect(happeningOf('Did the bridge reopen?')).toBeNull();
    expect(happeningOf('The city is home to a bridge.')).toBeNull();
    expect(happeningOf('They are going to rebuild it.')).toBeNull();
  });
});

describe('tenseAt, issue 8 fourth probe', () => {
  it('a participle after a linking verb ("and stay closed on") takes the tense of the verb before it', () => {
    expect(at('The pools will open at noon, and stay closed on Sunday.', 'Sunday')).toBe('future');
    expect(at('The pools stayed closed on Sunday.', 'Sunday')).toBe('past');
  });
  it('"to" after a past verb is a preposition, not an infinitive pointing forward', () => {
    expect(at('Dock workers returned to work on Monday.', 'Monday')).toBe('past');
    expect(at('The old viaduct reopened to traffic Tuesday.', 'Tuesday')).toBe('past');
    expect(at('The treasurer was sentenced to prison on Monday.', 'Monday')).toBe('past');
    // After a verb of planning or ordering it still points forward.
    expect(at('The council planned to vote on Monday.', 'Monday')).toBe('future');
    expect(at('The witness was ordered to appear on Monday.', 'Monday')).toBe('future');
  });
  it('a telling still to come ("will be announced Friday") is in the future', () => {
    expect(at('The shortlist will be announced Friday.', 'Friday')).toBe('future');
    expect(at('The shortlist was announced Friday.', 'Friday')).toBe('past');
  });
  it('a date opening the sentence, with only the subject before a telling, has the telling\'s tense', () => {
    expect(at('On Monday, the harbour master told reporters that the port would reopen.', 'Monday')).toBe('past');
    expect(at('On Monday the harbour master says the port will reopen.', 'Monday')).toBe('present');
  });
});

describe('tenseAt: a verb past a comma after the expression', () => {
  it('counts for less than the verb before it', () => {
    expect(at('The hall will reopen in May, in a form the architects drew up.', 'May')).toBe('future');
  });
  it('still governs a date that opens the sentence', () => {
    expect(at('In May, the architects drew up new plans.', 'May')).toBe('past');
  });
});

describe('tenseAt: an arrangement names a day still ahead', () => {
  it('"booked a table for Friday", "has set up a rehearsal for us on Monday": the day the thing is set for', () => {
    expect(at('Her brother booked a table for Friday at the harbour restaurant.', 'Friday')).toBe('future');
    expect(at('The conductor has set up a rehearsal for us on Monday evening.', 'Monday')).toBe('future');
    expect(at('The tenants called a protest meeting for March 3.', 'March')).toBe('future');
  });
  it('"is hosting a dinner on Saturday": a present progressive with a day is a plan', () => {
    expect(at('The embassy is hosting a dinner on Saturday for the visiting team.', 'Saturday')).toBe('future');
  });
  it('a setting with no day after "for" leaves the tense to the verb', () => {
    expect(at('The union called a strike for higher pay on Monday.', 'Monday')).toBe('past');
    expect(at('The embassy hosted a dinner on Saturday.', 'Saturday')).toBe('past');
  });
});

describe('tenseAt: "going to" after a present auxiliary is the future', () => {
  it('a day set before "am going to" ("On Friday I am going to …") is still ahead', () => {
    expect(at('On Friday I am going to paint the shed.', 'Friday')).toBe('future');
    expect(at("On Sunday we're going to visit my aunt.", 'Sunday')).toBe('future');
  });
  it('a present "are going up" with no "to" after "going" is no plan', () => {
    expect(at('On Monday prices are going up again.', 'Monday')).toBe('present');
  });
});

describe('tenseAt: "to" before a measure is no infinitive', () => {
  it('"fell to minus 20 on Monday night", "rose to about 300 on Friday" are told in the past', () => {
    expect(at('The pond froze hard, with the air down to minus 20 on Monday night.', 'Monday')).toBe('past');
    expect(at('Attendance rose to about 300 on Friday.', 'Friday')).toBe('past');
  });
  it('an infinitive still points forward ("hopes to sail on Friday")', () => {
    expect(at('The crew hopes to sail on Friday.', 'Friday')).toBe('future');
  });
});

describe('happeningOf: a future in a relative clause set off after a past main verb', () => {
  it('"sent the letters to the archive, which will scan them" is past', () => {
    expect(happeningOf('The court sent the letters to the city archive, which will scan them next year.')).toBe('past');
  });
  it('a future main verb, or one in a relative clause with no past before it, still makes no happening', () => {
    expect(happeningOf('The archive, which will scan the letters, opens a new wing.')).toBeNull();
    expect(happeningOf('Residents who registered will receive a letter.')).toBeNull();
  });
});

describe('tenseAt: the simple present of a happening with its day', () => {
  it('points forward, for the verb after "he", "she" or "it" and for its conjunct', () => {
    expect(at('She retires on Friday.', 'Friday')).toBe('future');
    expect(at('It sails on Monday, and docks at Kiel on Thursday.', 'Thursday')).toBe('future');
  });

  it('a verb of saying before the day dates the telling, in the present', () => {
    expect(at('She says on Friday that the queue was long.', 'Friday')).toBe('present');
    expect(at('It asks on Monday for more time.', 'Monday')).toBe('present');
  });

  it('a verb of a state or a standing habit names no happening on the day', () => {
    expect(at('He runs the fish stall on Saturdays.', 'Saturdays')).toBe('unknown');
    expect(at('It costs less on Sundays.', 'Sundays')).toBe('unknown');
  });
});

describe('tenseAt: a past telling before a plural noun', () => {
  it('"told reporters on Tuesday" is a past telling, not a scheduled "reporters" on a day ahead', () => {
    expect(at('The ferry captain told reporters on Tuesday.', 'Tuesday')).toBe('past');
    expect(at('The lock keeper said reporters on Tuesday had it wrong.', 'Tuesday')).not.toBe('future');
  });
});
