// Prints where the tagger disagrees with a TimeML folder, grouped by kind, so that rule changes can be
// judged against the whole set rather than one document. Usage: npx tsx scripts/timeml-errors.ts DIR [kind…]
import { readTimemlDir, sameValue } from '../main/cli/timeml-scorer';
import { tagTimexes } from '../shared/extract/tagger';

const dir = process.argv[2] ?? '../shared/eval/timeml-aquaint';
const only = new Set(process.argv.slice(3));
const groups = new Map<string, string[]>();
const add = (k: string, line: string) => {
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k)!.push(line);
};
const ctx = (text: string, s: number, e: number) =>
  `${text.slice(Math.max(0, s - 50), s)}[${text.slice(s, e)}]${text.slice(e, e + 40)}`.replace(/\s+/g, ' ');

async function main() {
const docs = await readTimemlDir(dir);
for (const doc of docs) {
  const sys = tagTimexes(doc.text, { dct: doc.dct });
  const used = new Set<object>();
  for (const g of doc.timexes) {
    const ov = sys.filter((s) => s.start < g.end && g.start < s.end && !used.has(s));
    if (!ov.length) {
      add('missed', `${doc.file} ${doc.dct} ${g.type} ${g.value} :: ${ctx(doc.text, g.start, g.end)}`);
      continue;
    }
    const s = ov.sort((a, b) => Math.min(b.end, g.end) - Math.max(b.start, g.start) - (Math.min(a.end, g.end) - Math.max(a.start, g.start)))[0];
    used.add(s);
    if (!sameValue(s.value, g.value)) add('value', `${doc.file} ${doc.dct} gold ${g.value} sys ${s.value} (${s.rule}) :: ${ctx(doc.text, g.start, g.end)} sys="${s.text}"`);
    if (s.type !== g.type) add('type', `${doc.file} gold ${g.type} sys ${s.type} ${g.value} :: "${g.text}" sys="${s.text}"`);
    if (s.start !== g.start || s.end !== g.end) add('span', `${doc.file} gold "${g.text}" sys "${s.text}" (${s.rule})`);
  }
  for (const s of sys) {
    if (!doc.timexes.some((g) => s.start < g.end && g.start < s.end)) add('spurious', `${doc.file} ${s.type} ${s.value} (${s.rule}) :: ${ctx(doc.text, s.start, s.end)}`);
  }
}
for (const [k, lines] of groups) {
  if (only.size && !only.has(k)) continue;
  console.log(`\n== ${k} (${lines.length})`);
  for (const l of lines) console.log('  ' + l);
}
}

void main();
