export { tagTimexes, chooseYear } from './tagger';
export { extractEvents, valueToRange, type ExtractOptions } from './events';
export { findDateline, type Dateline } from './dateline';
export { splitSentences, type Span } from './sentences';
export { tenseAt, type Tense } from './tense';
export { makeTitle, MAX_TITLE } from './title';
export type { Timex, TimexType, TagOptions } from './types';
