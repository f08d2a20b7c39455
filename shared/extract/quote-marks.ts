// Which double quote marks of a text open a quotation and which close one. Straight quotes look alike either way,
// so they are told apart by their turn; the callers ask different questions of the same scan (date-bounds.ts,
// main-date.ts).

/** A double quote mark and whether it opens a quotation (else it closes one). */
interface QuoteMark {
  at: number;
  opens: boolean;
}

const STRAIGHT = 0x22;
const CURLY_OPEN = 0x201c;
const CURLY_CLOSE = 0x201d;

/**
 * The double quote marks of `text` from `from` up to `to`: a curly one opens or closes by its shape, a straight one by
 * its turn among the straight ones counted from `from` (the first opens, the next closes). Single quotes are not
 * read: an apostrophe ("don't", "the Smiths’ farm") is written with the same marks.
 */
export function quoteMarks(text: string, from = 0, to = text.length): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let straight = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === STRAIGHT) marks.push({ at: i, opens: straight++ % 2 === 0 });
    else if (c === CURLY_OPEN || c === CURLY_CLOSE) marks.push({ at: i, opens: c === CURLY_OPEN });
  }
  return marks;
}
