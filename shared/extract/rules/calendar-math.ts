import { PARTS_OF_DAY, type Unit } from '../lexicon';
import { addDays, addMonths, fmtCentury, fmtDay, fmtDecade, fmtMonth, fmtWeek, fmtYear, isoWeekday, type Ymd } from '../../time-value';
import type { Resolution } from './rule';

// Calendar arithmetic the rules share: moving a date by a count of units, and writing it at a granularity.

export type Gran = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export function granValue(p: Ymd, gran: Gran): string {
  switch (gran) {
    case 'day':
      return fmtDay(p);
    case 'week':
      return fmtWeek(p);
    case 'weekend':
      return `${fmtWeek(p)}-WE`;
    case 'month':
      return fmtMonth(p.y, p.m);
    case 'quarter':
      return `${fmtYear(p.y)}-Q${Math.floor((p.m - 1) / 3) + 1}`;
    case 'year':
      return fmtYear(p.y);
    case 'decade':
      return fmtDecade(Math.floor(p.y / 10));
    case 'century':
      return fmtCentury(Math.floor(p.y / 100));
  }
}

export function shift(p: Ymd, unit: Unit, n: number): Ymd {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return p;
    case 'day':
      return addDays(p, n);
    case 'week':
    case 'weekend':
      return addDays(p, 7 * n);
    case 'month': {
      const r = addMonths(p.y, p.m, n);
      return { y: r.y, m: r.m, d: Math.min(p.d, 28) };
    }
    case 'quarter': {
      const r = addMonths(p.y, p.m, 3 * n);
      return { y: r.y, m: r.m, d: 1 };
    }
    case 'year':
      return { y: p.y + n, m: p.m, d: Math.min(p.d, 28) };
    case 'decade':
      return { y: p.y + 10 * n, m: p.m, d: 1 };
    case 'century':
      return { y: p.y + 100 * n, m: p.m, d: 1 };
  }
}

export function granOf(unit: Unit): Gran {
  return unit === 'second' || unit === 'minute' || unit === 'hour' ? 'day' : unit;
}

export function weekdayNear(dct: Ymd, wd: number, direction: 'past' | 'future' | 'strict-past' | 'strict-future'): Ymd {
  const cur = isoWeekday(dct);
  if (direction === 'past' || direction === 'strict-past') {
    let back = (cur - wd + 7) % 7;
    if (back === 0 && direction === 'strict-past') back = 7;
    return addDays(dct, -back);
  }
  let fwd = (wd - cur + 7) % 7;
  if (fwd === 0 && direction === 'strict-future') fwd = 7;
  return addDays(dct, fwd);
}

/**
 * A part of a named day ("Friday night", "this morning", "tonight") is that day: typed DATE with the day's
 * value, the part of day left out, as news corpora annotate it most often (TimeML allows "2000-01-05TNI";
 * the TempEval-3 AQUAINT gold writes the bare day about twice as often as the part, MEANTIME the bare day)
 * and as the timeline shows it. Only clock times are TIME. The rule name keeps "+part".
 */
export function dayWithPart(day: Ymd | null, part: string | undefined, rulePrefix: string): Resolution | null {
  if (!day) return null;
  if (!part || !PARTS_OF_DAY[part.toLowerCase()]) return { type: 'DATE', value: fmtDay(day), rule: rulePrefix };
  return { type: 'DATE', value: fmtDay(day), rule: `${rulePrefix}+part` };
}

export function relGran(unit: Unit): Gran {
  return granOf(unit);
}
