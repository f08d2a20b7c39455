import { PARTS_OF_DAY, UNIT_RE, VAGUE_COUNT_RE, durationValue, parseCount, unitOf } from '../lexicon';
import { addDays, fmtDay } from '../../time-value';
import { B, COUNT, E, REL_MOD, rx, type Rule } from './rule';
import { granOf, granValue, relGran, shift, type Gran } from './calendar-math';

// Rules for dates counted from another: "the next day", "last year", "two weeks ago", "three days later".

export const anaphoricDayRule: Rule = {
  name: 'anaphoric-day',
  re: rx(
    `${B}(?:(the\\s+(?:next|following|previous|preceding)|that|the\\s+same|the\\s+day\\s+before\\s+that|earlier\\s+that|later\\s+that|that\\s+same)\\s+(day|morning|afternoon|evening|night|week|month|year))${E}`,
    'gi',
  ),
  resolve: (m, c) => {
    const ref = c.refDay();
    if (!ref) return null;
    const lead = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    const delta = /next|following/.test(lead) ? 1 : /previous|preceding|before/.test(lead) ? -1 : 0;
    if (unit === 'month' || unit === 'year') {
      // "that year" points at the year last talked about, however precisely it was given.
      const base = c.refDate(unit) ?? ref;
      return { type: 'DATE', value: granValue(shift(base, unit, delta), unit), rule: 'anaphoric' };
    }
    if (unit === 'week') return { type: 'DATE', value: granValue(shift(ref, unit, delta), unit), rule: 'anaphoric' };
    const day = addDays(ref, delta);
    if (unit === 'day') return { type: 'DATE', value: fmtDay(day), rule: 'anaphoric' };
    return { type: 'DATE', value: `${fmtDay(day)}T${PARTS_OF_DAY[unit]}`, rule: 'anaphoric' };
  },
};

export const relativeUnitRule: Rule = {
  name: 'relative-unit',
  re: rx(
    `${B}(?:(the\\s+)?${REL_MOD}|(earlier|later)\\s+(?:this|that)|(?:the\\s+)?(?:early|late|end|beginning|start|middle)\\s+of\\s+(?:this|the|last|next)|the\\s+rest\\s+of\\s+(?:this|the))\\s+(week(?:end)?|month|year|quarter|decade|century)${E}`,
    'gi',
  ),
  resolve: (m, c) => {
    const unit = unitOf(m[4]);
    const mod = (m[2] ?? 'this').toLowerCase();
    const ofFollows = /^\s+of\b/.test(c.following());
    const long = unit === 'year' || unit === 'decade' || unit === 'century';
    if ((mod === 'past' || (mod === 'last' && m[1] && long)) && unit !== 'weekend' && !ofFollows) {
      // "the past year", "the last decade" are the stretch up to now, a duration, not the calendar unit
      // before; "the last year of the war" is not.
      return { type: 'DURATION', value: durationValue(1, unit), rule: 'relative-unit/past-duration' };
    }
    if (!c.dct) return { type: 'DATE', value: mod === 'next' || mod === 'coming' ? 'FUTURE_REF' : mod === 'this' || mod === 'current' ? 'PRESENT_REF' : 'PAST_REF', rule: 'relative-unit/no-dct' };
    const delta = mod === 'last' || mod === 'previous' ? -1 : mod === 'next' || mod === 'coming' || mod === 'following' ? 1 : 0;
    const whole = m[0].toLowerCase();
    let value = granValue(shift(c.dct, unit, delta), relGran(unit));
    if (/\bof\s+(?:last|next)\b/.test(whole)) {
      const d2 = /\blast\b/.test(whole) ? -1 : 1;
      value = granValue(shift(c.dct, unit, d2), relGran(unit));
    }
    let tmod: string | undefined;
    if (/^(?:the\s+)?(?:early|beginning|start)\b/.test(whole)) tmod = 'START';
    else if (/^(?:the\s+)?(?:late|end)\b/.test(whole)) tmod = 'END';
    else if (/^(?:the\s+)?middle\b/.test(whole)) tmod = 'MID';
    return { type: 'DATE', value, mod: tmod, rule: `relative-unit/${mod}` };
  },
};

export const agoRule: Rule = {
  name: 'ago',
  re: rx(`${B}(?:(more\\s+than|less\\s+than|about|almost|nearly|some|over|around|roughly|at\\s+least)\\s+)?(?:${COUNT}|(${VAGUE_COUNT_RE}))\\s+(${UNIT_RE})\\s+(ago|earlier|later|hence|from\\s+now)${E}`, 'gi'),
  resolve: (m, c) => {
    const n = m[2] ? parseCount(m[2]) : undefined;
    const unit = unitOf(m[4]);
    const dir = m[5].toLowerCase();
    const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
    const quant = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const mod = quant === 'more than' || quant === 'over' ? 'MORE_THAN' : quant === 'less than' ? 'LESS_THAN' : quant ? 'APPROX' : undefined;
    // "two years later" counts from the year last talked about, "two days later" from the last day.
    const narrative = unit === 'year' || unit === 'decade' || unit === 'century' ? c.refDate('year') : unit === 'month' || unit === 'quarter' ? c.refDate('month') : c.refDay();
    const anchor = dir === 'earlier' || dir === 'later' ? narrative : c.dct;
    if (n === undefined || !anchor || !Number.isInteger(n)) {
      return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule: 'ago/vague', mod };
    }
    const gran: Gran = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'day' : granOf(unit);
    const shifted = unit === 'hour' ? anchor : shift(anchor, unit, sign * n);
    // "a decade ago" points at a year, not at a decade.
    const g = gran === 'decade' || gran === 'century' ? 'year' : gran;
    return { type: 'DATE', value: granValue(shifted, g), rule: `ago/${dir}`, mod };
  },
};
