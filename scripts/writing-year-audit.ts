// Without a publication date, how often the guessed year of writing (tagger.ts setTextYear) is the gold's published
// year (a developer's tool, not part of the app). Imports each article as `newsline extract` does without --published;
// an article whose importer finds its date is counted apart ("dated"). Usage, from the repo root:
//   npx tsx scripts/writing-year-audit.ts [--sets news-dev,p1,...] [--list]
import fs from 'node:fs';
import path from 'node:path';
import { importFile } from '../main/import/index';
import { segmentEach } from '../shared/extract/segment';
import type { WritingGuess } from '../shared/extract/resolve';
import { evalSets, option } from './eval-sets';

const args = process.argv.slice(2);
const sets = evalSets();
const chosen = option(args, '--sets')?.split(',') ?? Object.keys(sets);

async function main(): Promise<void> {
  const tally = { right: 0, low: 0, high: 0, none: 0, dated: 0 };
  const lines: string[] = [];
  for (const set of chosen) {
    const dir = sets[set];
    if (!dir) throw new Error(`unknown set ${set}`);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { published: string };
      const result = await importFile(path.join(dir, `${name}.txt`), { published: null });
      if (!result.ok) continue;
      const src = result.document.sources[0];
      if (src.published) {
        tally.dated++;
        continue;
      }
      const writing: { guess?: WritingGuess } = {};
      segmentEach(src.paragraphs, null, writing, new Date().getUTCFullYear()).next();
      const want = +gold.published.slice(0, 4);
      const got = writing.guess?.year;
      const kind = got === undefined ? 'none' : got === want ? 'right' : got < want ? 'low' : 'high';
      tally[kind]++;
      lines.push(`${set}/${name}\t${kind}\tguess ${got ?? '-'}\tgold ${want}${got !== undefined && kind !== 'right' ? `\t${got - want > 0 ? '+' : ''}${got - want}` : ''}`);
    }
  }
  if (args.includes('--list')) console.log(lines.join('\n'));
  const n = tally.right + tally.low + tally.high + tally.none;
  console.log(`guessed year right ${tally.right} of ${n} undated articles (too low ${tally.low}, too high ${tally.high}, no guess ${tally.none}); ${tally.dated} dated by the importer`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
