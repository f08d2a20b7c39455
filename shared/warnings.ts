// What an import has to tell the user about an article it did open. Warnings travel from the importers (main,
// and shared/export/timelinejs) to the page as codes with parameters, so the page can act on a kind of warning
// (the publication-date dialog answers 'no-publication-date') without reading English. `describeWarning` is the
// one place that turns them into words, for the page's notice and the command line alike.

export type ImportWarning =
  /** No publication date was found: dates without a year and relative dates wait for one. */
  | { code: 'no-publication-date' }
  /** More dated events than a timeline shows: the first `shown`, in reading order, were kept. */
  | { code: 'events-capped'; found: number; shown: number }
  /** Parts of an HTML page were nested deeper than the reader follows; their text was kept as plain paragraphs. */
  | { code: 'html-flattened'; maxDepth: number }
  /** Scripts in an HTML page, removed unrun. */
  | { code: 'scripts-removed'; count: number }
  /** Part of a Word document could not be read; `detail` is the converter's own account of it. */
  | { code: 'docx-part-unreadable'; detail: string }
  /** A TimelineJS slide that is not an object. */
  | { code: 'timelinejs-slide-not-object'; slide: number }
  /** A TimelineJS slide whose date cannot be placed; `problem` says what is wrong with the date, naming the slide. */
  | { code: 'timelinejs-slide-unplaced'; slide: number; problem: string }
  /** TimelineJS eras, which Newsline has no place for. */
  | { code: 'timelinejs-eras-dropped'; count: number };

export type WarningCode = ImportWarning['code'];

/** A warning and the file it is about, when a notice covers several files (adding articles). */
export interface FileWarning {
  file: string | null;
  warning: ImportWarning;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export function describeWarning(w: ImportWarning): string {
  switch (w.code) {
    case 'no-publication-date':
      return 'no publication date was found; dates without a year and relative dates ("last week") cannot be placed exactly until one is given';
    case 'events-capped': {
      const left = w.found - w.shown;
      return `the article mentions ${w.found} dated events; the first ${w.shown} in reading order are shown and ${left} ${plural(left, 'was', 'were')} left out`;
    }
    case 'html-flattened':
      return `parts of the page were nested more than ${w.maxDepth} deep; their text was kept as plain paragraphs`;
    case 'scripts-removed':
      return `${w.count} ${plural(w.count, 'script was', 'scripts were')} removed from the page without being run`;
    case 'docx-part-unreadable':
      return `part of the Word document could not be read: ${w.detail}`;
    case 'timelinejs-slide-not-object':
      return `slide ${w.slide} was skipped: it is not an object`;
    case 'timelinejs-slide-unplaced':
      return `${w.problem}; the slide was skipped`;
    case 'timelinejs-eras-dropped':
      return `${w.count} ${plural(w.count, 'era was', 'eras were')} not imported: Newsline has no eras`;
    default:
      return unknownWarning(w);
  }
}

// A new code without words here is a compile error; at run time (a message from a newer main) it still says something.
function unknownWarning(w: never): string {
  return `warning ${(w as { code?: unknown }).code}`;
}

export function describeFileWarning({ file, warning }: FileWarning): string {
  return file ? `${file}: ${describeWarning(warning)}` : describeWarning(warning);
}
