import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { harbourDocument, HARBOUR_TEXTS } from '../../../fixtures/merges/harbour';

// `newsline merges`, run as users run it: the built command (bin/newsline.cjs, plain Node) on three articles of
// our own about a harbour town (two report the same ferry vote a day apart, and the same market opening).

const REPO = join(__dirname, '../../../..');
const BIN = join(REPO, 'bin/newsline.cjs');
const dir = mkdtempSync(join(tmpdir(), 'newsline-cli-merges-'));
const FILES = { s1: 'north.txt', s2: 'ferry.txt', s3: 'tourism.txt' } as const;
const paths = (Object.keys(FILES) as Array<keyof typeof FILES>).map((id) => join(dir, FILES[id]));

beforeAll(() => {
  // The command runs from dist/cli: build it from the current source.
  execFileSync(process.execPath, ['scripts/build.mjs', '--only=cli', '--quiet'], { cwd: REPO, stdio: 'inherit' });
  // As a writer saves them: the title, a blank line, then paragraphs separated by blank lines.
  for (const id of Object.keys(FILES) as Array<keyof typeof FILES>) writeFileSync(join(dir, FILES[id]), `${HARBOUR_TEXTS[id].join('\n\n')}\n`);
}, 120_000);

function newsline(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Side {
  eventId: string | null;
  sourceId: string;
  sourceFile: string | null;
  title: string | null;
  date: { start: string } | null;
  dateText: string;
  quote: string;
  span: { file: string; start: number; end: number } | null;
}
interface Exported {
  sources: Array<{ id: string; file: string }>;
  proposals: Array<{ id: string; score: number; shared: string[]; kind: string; sides: Side[] }>;
  groups: Array<Array<{ file: string; start: number; end: number }>>;
}

const text = (file: string) => readFileSync(join(dir, `${file}.txt`), 'utf8');

describe('newsline merges', { timeout: 90_000 }, () => {
  it('--json: each proposal with its score, shared words, and both sides’ event ids, sources, titles, dates and quotes', () => {
    const r = newsline('merges', ...paths, '--published', '2023-03-07', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Exported;
    expect(out.sources.map((s) => [s.id, s.file])).toEqual([['s1', 'north.txt'], ['s2', 'ferry.txt'], ['s3', 'tourism.txt']]);
    const vote = out.proposals.find((p) => p.sides.some((s) => s.quote.includes('4 March 2023')));
    expect(vote).toBeDefined();
    expect(vote!.kind).toBe('events');
    expect(vote!.score).toBeGreaterThanOrEqual(0.4);
    expect(vote!.score).toBeLessThanOrEqual(1);
    expect(vote!.shared).toEqual(expect.arrayContaining(['northgate', 'ferry']));
    const bySource = Object.fromEntries(vote!.sides.map((s) => [s.sourceId, s]));
    expect(bySource.s1).toMatchObject({ sourceFile: 'north.txt', date: { start: '2023-03-04' }, dateText: '4 Mar 2023', quote: HARBOUR_TEXTS.s1[1] });
    expect(bySource.s2).toMatchObject({ sourceFile: 'ferry.txt', date: { start: '2023-03-05' }, dateText: '5 Mar 2023', quote: HARBOUR_TEXTS.s2[1] });
    for (const side of vote!.sides) {
      expect(side.eventId).toMatch(/\S/);
      expect(side.title).toMatch(/ferry/i);
      // The span indexes the file it came from: what the scorer in ../shared/eval reads.
      expect(text(side.span!.file).slice(side.span!.start, side.span!.end)).toBe(side.quote);
    }
    // The tourism report tells of nothing the others do.
    expect(out.proposals.some((p) => p.sides.some((s) => s.sourceId === 's3'))).toBe(false);
    // Accepting all merges the vote into one event: a group with both articles' sentences.
    expect(out.groups).toContainEqual(expect.arrayContaining([
      { file: 'north', start: text('north').indexOf(HARBOUR_TEXTS.s1[1]), end: text('north').indexOf(HARBOUR_TEXTS.s1[1]) + HARBOUR_TEXTS.s1[1].length },
      { file: 'ferry', start: text('ferry').indexOf(HARBOUR_TEXTS.s2[1]), end: text('ferry').indexOf(HARBOUR_TEXTS.s2[1]) + HARBOUR_TEXTS.s2[1].length },
    ]));
  });

  it('--groups prints only the groups, as the merge scorer reads them; --min-score leaves out what is less alike', () => {
    const all = newsline('merges', ...paths, '--published', '2023-03-07', '--json');
    const exported = JSON.parse(all.stdout) as Exported;
    const r = newsline('merges', ...paths, '--published', '2023-03-07', '--groups');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(exported.groups);
    const scores = exported.proposals.filter((p) => p.kind === 'events').map((p) => p.score);
    // Above every proposal's score, nothing is merged; at the lowest, every event proposal is.
    const none = newsline('merges', ...paths, '--published', '2023-03-07', '--groups', '--min-score', '1');
    if (Math.max(...scores) < 1) expect(JSON.parse(none.stdout)).toEqual([]);
    const some = newsline('merges', ...paths, '--published', '2023-03-07', '--groups', '--min-score', String(Math.min(...scores)));
    expect(JSON.parse(some.stdout).length).toBeGreaterThan(0);
  });

  it('prints the proposals for people to read, and reads a saved timeline (.json) as well as articles', () => {
    const r = newsline('merges', ...paths, '--published', '2023-03-07');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+ proposals over 3 articles \(\d+ events\); accepting all makes \d+ merged events?\.\n/);
    expect(r.stdout).toMatch(/\d+ % alike; shares: .*northgate/);
    expect(r.stdout).toContain('s1 north.txt: ');
    expect(r.stdout).toContain(`“${HARBOUR_TEXTS.s2[1]}”`);

    const file = join(dir, 'harbour.json');
    writeFileSync(file, JSON.stringify(harbourDocument()));
    const saved = JSON.parse(newsline('merges', file, '--json').stdout) as Exported;
    const vote = saved.proposals.find((p) => p.sides.some((s) => s.eventId === 'a1') && p.sides.some((s) => s.eventId === 'b1'));
    expect(vote?.sides.map((s) => s.title)).toEqual(expect.arrayContaining(['Council votes to close the Northgate ferry', 'Councillors vote to close the ferry']));
    // Its sources name no file, so there are no file offsets to give.
    expect(vote?.sides.every((s) => s.span === null)).toBe(true);
  });

  it('says what is wrong with its arguments, and names a missing file', () => {
    const missing = newsline('merges', join(dir, 'nowhere.txt'), paths[0]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.txt: the file does not exist/);
    const score = newsline('merges', ...paths, '--min-score', 'high');
    expect(score.code).toBe(2);
    expect(score.stderr).toMatch(/--min-score must be a number from 0 to 1, not "high"/);
    const both = newsline('merges', ...paths, '--json', '--groups');
    expect(both.code).toBe(2);
    const none = newsline('merges');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/merges needs at least one FILE/);
    const one = newsline('merges', paths[0], '--json');
    expect(one.code).toBe(0);
    expect(one.stderr).toMatch(/one article only/);
    expect(JSON.parse(one.stdout).proposals).toEqual([]);
  });
});
