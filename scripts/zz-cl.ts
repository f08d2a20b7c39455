import { clauses } from '../shared/extract/anchor';
import { tagTimexes } from '../shared/extract/tagger';
const s = process.argv[2];
const tx = tagTimexes(s, { dct: process.argv[3] ?? null });
console.log(tx.map((t) => [t.text, t.value, t.rule, t.start, t.end]));
for (const c of clauses(s, 0, s.length, tx)) console.log(JSON.stringify(c), '|', s.slice(c.start, c.end));
