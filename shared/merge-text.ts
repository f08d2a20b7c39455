// The words of an event that say what happened and to whom, reduced so that different articles' wordings of the
// same event meet: "fought", "fighting" and "fights" become one key, "the", "said" and dates drop out. Pure and
// quick (no model to load): merge proposals run over every event of a thirty-article timeline at once.

export const STOP = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about above below ' +
    'after before during since until till than then as if while when where which who whom whose what that this these ' +
    'those there here it its it’s itself he him his she her hers they them their theirs we us our you your i me my mine ' +
    'is are was were be been being am has have had having do does did done doing will would shall should can could may ' +
    'might must not no yes also just only very more most much many some any each every all both either neither other ' +
    'such own same too again further once out up down off per via upon among between through against around ' +
    'one two three four five six seven eight nine ten first second third last next new year years month months day days ' +
    'week weeks today yesterday tomorrow now earlier later ago early late recently currently still already time times ' +
    'according say says said saying tell tells told report reports reported reporting state states stated ' +
    'mr mrs ms dr inc co ltd corp percent'
  ).split(' '),
);

export const MONTH_OR_DAY = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

// Common irregular verb forms, so "bought" meets "buy" and "fought" meets "fighting".
const IRREGULAR: Record<string, string> = {
  fought: 'fight', bought: 'buy', brought: 'bring', took: 'take', taken: 'take', made: 'make', sold: 'sell', won: 'win',
  began: 'begin', begun: 'begin', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall', held: 'hold', met: 'meet',
  paid: 'pay', led: 'lead', built: 'build', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', spent: 'spend',
  sent: 'send', lost: 'lose', grew: 'grow', grown: 'grow', knew: 'know', known: 'know', saw: 'see', seen: 'see',
  chose: 'choose', chosen: 'choose', ran: 'run', stood: 'stand', became: 'become', found: 'find', kept: 'keep',
  wrote: 'write', written: 'write', drove: 'drive', driven: 'drive', struck: 'strike', broke: 'break', broken: 'break',
  spoke: 'speak', spoken: 'speak', flew: 'fly', flown: 'fly', threw: 'throw', thrown: 'throw', hid: 'hide', hidden: 'hide',
  shook: 'shake', withdrew: 'withdraw', withdrawn: 'withdraw', undertook: 'undertake', sought: 'seek', caught: 'catch',
  taught: 'teach', fled: 'flee', swept: 'sweep', dealt: 'deal', drew: 'draw', drawn: 'draw', wore: 'wear', forgot: 'forget',
  died: 'die', dying: 'die', lying: 'lie', children: 'child', men: 'man', women: 'woman', people: 'person',
};

/** One word's key: lower case, irregular forms mapped, common inflections and nominal endings taken off. */
export function wordKey(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '').replace(/[’']/g, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3) return w;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/ied$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) {
    // "business", "status", "crisis": not plurals.
  } else if (/(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w)) w = w.slice(0, -1);
  if (/ing$/.test(w) && w.length > 5) w = w.slice(0, -3);
  else if (/ed$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (/ment$/.test(w) && w.length > 7) w = w.slice(0, -4);
  else if (/ation$/.test(w) && w.length > 7) w = w.slice(0, -5);
  else if (/ion$/.test(w) && w.length > 6) w = w.slice(0, -3);
  // "stopped" -> "stopp" -> "stop"; "filing"/"filed"/"file" all end as "fil".
  if (/([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (/e$/.test(w) && w.length > 3) w = w.slice(0, -1);
  return w;
}

export interface EventWords {
  /** Keys of the words that tell what happened (verbs, nouns, adjectives), without names. */
  words: Set<string>;
  /** Keys of names: capitalised words that do not start a sentence, and acronyms. */
  names: Set<string>;
  /** Figures with their unit, such as "$82.29" or "3.5": rare, so telling. */
  figures: Set<string>;
}

const TOKEN = /\$?\d[\d.,]*\d|\$?\d|[A-Za-z][A-Za-z’'-]*/g;

/** The words of one quote, sorted into names, figures and the rest. */
export function eventWords(text: string): EventWords {
  const out: EventWords = { words: new Set(), names: new Set(), figures: new Set() };
  let sentenceStart = true;
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    const between = text.slice(last, m.index);
    last = m.index! + token.length;
    if (/[.!?]["”’)]?\s*$/.test(between) || /^\s*["“(]?\s*$/.test(between) && m.index === 0) sentenceStart = true;
    const atStart = sentenceStart;
    sentenceStart = false;
    if (/^\$?\d/.test(token)) {
      // Years and days are the date, which is compared on its own; other figures identify.
      const plain = token.replace(/[,$]/g, '');
      if (/^\d{1,2}$/.test(plain) || /^(1[5-9]|20)\d\d$/.test(plain)) continue;
      out.figures.add(token.replace(/,/g, ''));
      continue;
    }
    const lower = token.toLowerCase().replace(/[’']s$/, '');
    if (STOP.has(lower) || MONTH_OR_DAY.has(lower)) continue;
    const isName = (/^[A-Z]/.test(token) && !atStart) || /^[A-Z]{2,}$/.test(token) || /^[a-z]+[A-Z]/.test(token);
    for (const part of lower.split('-')) {
      if (part.length < 2 || STOP.has(part)) continue;
      (isName ? out.names : out.words).add(isName ? part : wordKey(part));
    }
  }
  return out;
}
