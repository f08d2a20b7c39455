// Splits shared/extract/tagger.ts into the tagging engine (tagger.ts) and its rules by family
// (shared/extract/rules/*.ts), as a pure move: every declaration and rule keeps its text, and the rule table
// keeps its order (among matches of equal length the earlier rule wins, so the order is behaviour).
//
// Re-runnable on a one-file tagger.ts: `git checkout <commit> -- shared/extract/tagger.ts && rm -r shared/extract/rules
// && node scripts/split-tagger.mjs`. That is how a branch that changed rules in the one-file tagger is brought
// over: take its tagger.ts and run this again. A declaration or rule this script does not know stops it with
// its name, to be given a family in FAMILY or RULE_FAMILY below.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;
const TAGGER = join(ROOT, 'shared/extract/tagger.ts');
const RULES_DIR = join(ROOT, 'shared/extract/rules');

/** Each rules/ file: what it holds, said at its top. */
const FILES = {
  rule: 'What a rule is, what it may ask about the text around its match, and the pattern pieces the rules share.',
  'year-choice': 'The year of a month or a day written without one: from a year stated nearby, or from the tense and the publication date.',
  'calendar-math': 'Calendar arithmetic the rules share: moving a date by a count of units, and writing it at a granularity.',
  dates: 'Rules for calendar dates written out: ISO and numeric dates, month and day (with or without a year), months.',
  years: 'Rules for years and longer: years, year ranges, fiscal years, decades, centuries.',
  seasons: 'Rules for seasons, quarters and halves, and holidays.',
  days: 'Rules for days named relative to the publication date: weekdays, "today", "last night", "the weekend".',
  relative: 'Rules for dates counted from another: "the next day", "last year", "two weeks ago", "three days later".',
  durations: 'Rules for durations: "three weeks", "the past year" as a stretch up to now, "a two-day visit".',
  sets: 'Rules for habits and schedules: "every Monday", "on Tuesdays", "twice a year", "daily".',
  clock: 'The rule for clock times: "3 p.m.", "10:30 a.m. EST", "noon".',
  vague: 'The rule for vague references: "now", "recently", "in the past", "some time ago".',
};

/** Top-level declarations that leave tagger.ts, by the file they go to. Anything not named stays in tagger.ts. */
const FAMILY = {
  Resolution: 'rule',
  Rule: 'rule',
  Resolver: 'rule',
  B: 'rule',
  E: 'rule',
  DAY: 'rule',
  YEAR: 'rule',
  COUNT: 'rule',
  rx: 'rule',
  pad2: 'rule',
  REL_MOD: 'rule',
  PART: 'rule',
  YearChoice: 'year-choice',
  chooseYear: 'year-choice',
  monthDay: 'year-choice',
  Gran: 'calendar-math',
  granValue: 'calendar-math',
  shift: 'calendar-math',
  granOf: 'calendar-math',
  relGran: 'calendar-math',
  weekdayNear: 'calendar-math',
  dayWithPart: 'calendar-math',
  OUTCOME_NOUN: 'days',
  weekday: 'days',
  seasonValue: 'seasons',
  holiday: 'seasons',
  HOLIDAY_SEASON: 'seasons',
  timeOfDay: 'clock',
  agoFrom: 'relative',
};

/** Declarations that stay with the engine in tagger.ts (listed so that an unknown one is noticed). */
const ENGINE = new Set([
  'Candidate',
  'RULES',
  'MOD_PREFIX',
  'modFor',
  'extendWithModifier',
  'extendWithAnchor',
  'mergeTimes',
  'STICKY',
  'matchAt',
  'collect',
  'selectNonOverlapping',
  'paragraphStarts',
  'sentenceAt',
  'YEAR_IN_VALUE',
  'inClosedAside',
  'tagTimexes',
  'datelineDay',
  'datedClockTimes',
]);

/** Each rule of the table, by name, with its family. */
const RULE_FAMILY = {
  'iso-date': 'dates',
  'numeric-date': 'dates',
  'month-day-range-start': 'dates',
  'month-day-year': 'dates',
  'day-range-month-start': 'dates',
  'day-month-year': 'dates',
  'month-year': 'dates',
  'month-relative-year': 'dates',
  'second-day': 'dates',
  'relative-month': 'dates',
  month: 'dates',
  'fiscal-year': 'years',
  'year-range-end': 'years',
  'year-range-tail': 'years',
  year: 'years',
  decade: 'years',
  century: 'years',
  'century-words': 'years',
  'season-year': 'seasons',
  season: 'seasons',
  quarter: 'seasons',
  holiday: 'seasons',
  'the-weekend': 'days',
  'day-word': 'days',
  'last-night': 'days',
  weekday: 'days',
  'weekday-lower': 'days',
  'anaphoric-day': 'relative',
  'relative-unit': 'relative',
  ago: 'relative',
  duration: 'durations',
  'duration-adjective': 'durations',
  'weekday-plural': 'sets',
  set: 'sets',
  'clock-time': 'clock',
  vague: 'vague',
};

const ruleConst = (name) => `${name.replace(/-(\w)/g, (_, c) => c.toUpperCase())}Rule`;

const src = readFileSync(TAGGER, 'utf8');
if (src.includes("from './rules/")) throw new Error('tagger.ts is already split');
const sf = ts.createSourceFile('tagger.ts', src, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** Imported names: local name → { module, type-only }. */
const imported = new Map();
/** Top-level declarations: name → { node, file, exported }. */
const declared = new Map();
const pieces = []; // { file, text, node, names }
let rulesStatement = null;

const declNames = (st) => {
  if (ts.isFunctionDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) return [st.name.text];
  if (ts.isVariableStatement(st)) return st.declarationList.declarations.map((d) => d.name.getText(sf));
  throw new Error(`a top-level statement of a kind this script does not know: ${st.getText(sf).slice(0, 80)}`);
};
const isExported = (st) => !!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
/** The statement with the comments before it, from the end of the previous one. */
const fullText = (node) => src.slice(node.getFullStart(), node.getEnd()).replace(/^\s*\n/, '');
/** Whether a blank line stood before the statement (or its comments) in the one-file tagger. */
const blankBefore = (node) => /\n[ \t]*\n/.test(src.slice(node.getFullStart(), node.getStart(sf)).replace(/(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)[\s\S]*$/, ''));
/** Pieces joined with the spacing they had. */
const joinPieces = (ps) => ps.map((p, i) => (i === 0 ? '' : p.rule || blankBefore(p.node) ? '\n\n' : '\n') + pieceText(p)).join('');

let headerComment = '';
const firstStatement = sf.statements.find((s) => !ts.isImportDeclaration(s));
const unknown = [];
for (const st of sf.statements) {
  if (ts.isImportDeclaration(st)) {
    const module = st.moduleSpecifier.text;
    const clause = st.importClause;
    for (const el of clause.namedBindings.elements) imported.set(el.name.text, { module, typeOnly: clause.isTypeOnly || el.isTypeOnly, name: el.propertyName?.text ?? el.name.text });
    continue;
  }
  const names = declNames(st);
  if (!headerComment) {
    // The file's opening comment (about the tagger as a whole) stays at the top of tagger.ts.
    const lead = src.slice(st.getFullStart(), st.getStart(sf));
    const m = /^\s*((?:\/\/[^\n]*\n)+)\s*\n/.exec(lead);
    headerComment = m ? m[1] : '';
  }
  if (names.includes('RULES')) {
    rulesStatement = st;
    continue;
  }
  const file = FAMILY[names[0]] ?? (ENGINE.has(names[0]) ? 'tagger' : null);
  if (!file) unknown.push(names[0]);
  for (const n of names) declared.set(n, { file, exported: isExported(st) });
  pieces.push({ file, node: st, names });
}

// The rule table: each entry becomes a named rule in its family's file.
const ruleOrder = [];
const arr = rulesStatement.declarationList.declarations[0].initializer;
for (const el of arr.elements) {
  const nameProp = el.properties.find((p) => p.name?.getText(sf) === 'name');
  const name = nameProp.initializer.text;
  const file = RULE_FAMILY[name];
  if (!file) unknown.push(`rule ${name}`);
  const id = ruleConst(name);
  ruleOrder.push(id);
  declared.set(id, { file, exported: true });
  pieces.push({ file, node: el, names: [id], rule: true });
}
if (unknown.length) throw new Error(`give these a family in scripts/split-tagger.mjs: ${unknown.join(', ')}`);

/** Identifiers a node refers to (property names and declarations' own names left out). */
function referenced(node) {
  const out = new Set();
  const visit = (n) => {
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const propName =
        (ts.isPropertyAccessExpression(p) && p.name === n) ||
        (ts.isPropertyAssignment(p) && p.name === n) ||
        (ts.isPropertySignature(p) && p.name === n) ||
        (ts.isMethodSignature(p) && p.name === n) ||
        (ts.isBindingElement(p) && p.propertyName === n);
      if (!propName) out.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

// Which names each file needs from elsewhere; a name another file needs is exported where it is declared.
const files = new Map(); // file → { pieces: [], needs: Set }
for (const p of pieces) {
  if (!files.has(p.file)) files.set(p.file, { pieces: [], needs: new Set() });
  files.get(p.file).pieces.push(p);
}
if (!files.has('tagger')) files.set('tagger', { pieces: [], needs: new Set() });
for (const [file, f] of files) {
  for (const p of f.pieces) for (const n of referenced(p.node)) if ((declared.has(n) && declared.get(n).file !== file) || imported.has(n)) f.needs.add(n);
}
const rulesRefs = new Set(ruleOrder);
rulesRefs.add('Rule');
for (const n of rulesRefs) files.get('tagger').needs.add(n);
for (const [file, f] of files) for (const n of f.needs) if (declared.has(n) && declared.get(n).file !== file) declared.get(n).mustExport = true;

const isTypeDecl = (n) => {
  const p = pieces.find((x) => x.names.includes(n));
  return p && !p.rule && (ts.isInterfaceDeclaration(p.node) || ts.isTypeAliasDeclaration(p.node));
};

function importLines(file, needs) {
  const inRules = file !== 'tagger';
  const byModule = new Map();
  const add = (module, name, typeOnly) => {
    if (!byModule.has(module)) byModule.set(module, []);
    byModule.get(module).push({ name, typeOnly });
  };
  // Values first and then types, each in code-point order, as the one-file tagger listed them.
  const typeOnly = (n) => (imported.has(n) ? imported.get(n).typeOnly : isTypeDecl(n));
  for (const n of [...needs].sort((a, b) => Number(typeOnly(a)) - Number(typeOnly(b)) || (a < b ? -1 : a > b ? 1 : 0))) {
    if (imported.has(n)) {
      const i = imported.get(n);
      const module = inRules ? i.module.replace(/^\.\.\//, '../../').replace(/^\.\//, '../') : i.module;
      add(module, i.name === n ? n : `${i.name} as ${n}`, i.typeOnly);
    } else {
      const d = declared.get(n);
      const module = inRules ? `./${d.file}` : `./rules/${d.file}`;
      add(module, n, isTypeDecl(n));
    }
  }
  const lines = [];
  for (const [module, names] of byModule) {
    const allTypes = names.every((x) => x.typeOnly);
    const list = names.map((x) => (x.typeOnly && !allTypes ? `type ${x.name}` : x.name));
    const head = allTypes ? 'import type' : 'import';
    const one = `${head} { ${list.join(', ')} } from '${module}';`;
    lines.push(one.length <= 140 ? one : `${head} {\n${list.map((x) => `  ${x},`).join('\n')}\n} from '${module}';`);
  }
  // Packages and parent folders first, then siblings, as the one-file tagger had them.
  return lines.sort((a, b) => rank(a) - rank(b)).join('\n');
}
const rank = (line) => (/from '\.\.\//.test(line) ? 0 : /from '\.\/rules\//.test(line) ? 1 : 2);

function pieceText(p) {
  if (p.rule) {
    // "  {\n    name: …\n  }" in the table becomes a named rule of its own.
    const lead = src.slice(p.node.getFullStart(), p.node.getStart(sf)).replace(/^[\s,]*\n/, '');
    const body = p.node.getText(sf).replace(/\n {2}/g, '\n');
    const comment = lead.replace(/^ {2}/gm, '');
    return `${comment}export const ${p.names[0]}: Rule = ${body};`;
  }
  let text = fullText(p.node).replace(/^\/\/ The rules\. Longer matches[^\n]*\n\s*/m, '');
  // Section banners of the one-file tagger ("// ----" lines) mean nothing once it is split; in rules/ the
  // section title under one is what the file's own opening comment now says.
  if (p.file !== 'tagger') text = text.replace(/^\/\/ -{10,}\n\/\/ [^\n]*\n\s*\n/gm, '');
  text = text.replace(/^\/\/ -{10,}\n/gm, '');
  if (p.node === firstStatement) text = text.slice(text.indexOf(headerComment) + headerComment.length).replace(/^\s*\n/, '');
  if (p.names.some((n) => declared.get(n).mustExport) && !isExported(p.node)) text = text.replace(/^((?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/\n)*\s*)/, '$1export ');
  return text;
}

function wrapComment(text, width = 110) {
  const lines = [];
  let line = '//';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > width && line !== '//') {
      lines.push(line);
      line = '//';
    }
    line += ` ${word}`;
  }
  return [...lines, line].join('\n');
}

mkdirSync(RULES_DIR, { recursive: true });
for (const [file, f] of files) {
  if (file === 'tagger') continue;
  if (!FILES[file]) throw new Error(`no description for rules/${file}.ts`);
  const needs = new Set(f.needs);
  if (f.pieces.some((p) => p.rule)) needs.add('Rule');
  const body = joinPieces(f.pieces).replace(/\n{3,}/g, '\n\n');
  const out = `${importLines(file, needs)}\n\n${wrapComment(FILES[file])}\n\n${body.trim()}\n`;
  writeFileSync(join(RULES_DIR, `${file}.ts`), out.replace(/^\n+/, ''));
}

// The engine: what stayed, the rule table assembled in its old order, and the names it used to export.
const t = files.get('tagger');
const reexports = [...declared].filter(([n, d]) => d.exported && d.file !== 'tagger' && !ruleOrder.includes(n)).map(([n, d]) => ({ n, d }));
const engine = [];
let placed = false;
for (const st of sf.statements) {
  if (ts.isImportDeclaration(st)) continue;
  if (st === rulesStatement) {
    engine.push(
      `\n// The rules, by family in rules/. Longer matches beat shorter ones; among equal lengths the earlier rule wins,\n// so this order is part of what they do.\nconst RULES: Rule[] = [\n${ruleOrder.map((r) => `  ${r},`).join('\n')}\n];`,
    );
    placed = true;
    continue;
  }
  const p = t.pieces.find((x) => x.node === st);
  if (p) engine.push((blankBefore(st) ? '\n' : '') + pieceText(p));
}
if (!placed) throw new Error('no RULES table found');
const needs = new Set([...t.needs].filter((n) => declared.get(n)?.file !== 'tagger'));
const reexportLines = reexports.map(({ n, d }) => (isTypeDecl(n) ? `export type { ${n} } from './rules/${d.file}';` : `export { ${n} } from './rules/${d.file}';`));
const engineText = [importLines('tagger', needs), '', headerComment.trimEnd(), ...(reexportLines.length ? ['', ...reexportLines] : []), '', engine.join('\n').replace(/\n{3,}/g, '\n\n').trim(), ''].join('\n');
writeFileSync(TAGGER, engineText);
console.log(`tagger.ts split: ${ruleOrder.length} rules into ${[...files.keys()].filter((f) => f !== 'tagger').map((f) => `rules/${f}.ts`).join(', ')}`);
