import { describe, expect, it } from 'vitest';
import { describeFileWarning, describeWarning, type ImportWarning, type WarningCode } from '../../../shared/warnings';

// One example of every code. `satisfies Record<WarningCode, …>` makes a new code without an example here a compile
// error, so no warning reaches the page without words.
const EXAMPLES = {
  'no-publication-date': [{ code: 'no-publication-date' }, 'no publication date was found; dates without a year and relative dates ("last week") cannot be placed exactly until one is given'],
  'events-capped': [{ code: 'events-capped', found: 501, shown: 500 }, 'the article mentions 501 dated events; the first 500 in reading order are shown and 1 was left out'],
  'html-flattened': [{ code: 'html-flattened', maxDepth: 64 }, 'parts of the page were nested more than 64 deep; their text was kept as plain paragraphs'],
  'scripts-removed': [{ code: 'scripts-removed', count: 1 }, '1 script was removed from the page without being run'],
  'docx-part-unreadable': [{ code: 'docx-part-unreadable', detail: 'an image is missing' }, 'part of the Word document could not be read: an image is missing'],
  'timelinejs-slide-not-object': [{ code: 'timelinejs-slide-not-object', slide: 4 }, 'slide 4 was skipped: it is not an object'],
  'timelinejs-slide-unplaced': [{ code: 'timelinejs-slide-unplaced', slide: 2, problem: 'slide 2: the slide has no start_date' }, 'slide 2: the slide has no start_date; the slide was skipped'],
  'timelinejs-eras-dropped': [{ code: 'timelinejs-eras-dropped', count: 3 }, '3 eras were not imported: Newsline has no eras'],
} satisfies { [C in WarningCode]: [Extract<ImportWarning, { code: C }>, string] };

describe('import warnings in words', () => {
  it.each(Object.entries(EXAMPLES))('%s', (_code, [warning, words]) => {
    expect(describeWarning(warning)).toBe(words);
  });

  it('counts agree in number', () => {
    expect(describeWarning({ code: 'scripts-removed', count: 2 })).toBe('2 scripts were removed from the page without being run');
    expect(describeWarning({ code: 'events-capped', found: 700, shown: 500 })).toMatch(/and 200 were left out$/);
    expect(describeWarning({ code: 'timelinejs-eras-dropped', count: 1 })).toBe('1 era was not imported: Newsline has no eras');
  });

  it('a warning about one of several files names the file', () => {
    expect(describeFileWarning({ file: 'page.html', warning: { code: 'scripts-removed', count: 1 } })).toBe('page.html: 1 script was removed from the page without being run');
    expect(describeFileWarning({ file: null, warning: { code: 'scripts-removed', count: 1 } })).toBe('1 script was removed from the page without being run');
  });

  it('a code it does not know (from a newer main) still says something rather than nothing', () => {
    expect(describeWarning({ code: 'from-the-future' } as unknown as ImportWarning)).toBe('warning from-the-future');
  });

  it('warnings are plain data: they survive the structured clone that carries them over IPC', () => {
    for (const [warning] of Object.values(EXAMPLES)) expect(structuredClone(warning)).toEqual(warning);
  });
});
