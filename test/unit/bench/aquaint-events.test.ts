import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertTimeml, impliedInterval, sentenceSpans, splitHalves, valueInterval, writeAquaintHalves } from '../../bench/aquaint-events';

// A TimeML document written for this test, laid out like the AQUAINT files: creation time typed TIME with a
// clock time, the title outside <TEXT>, wire-style `` '' quotes, an entity, links in both directions.
const TML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST20010309.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2001-03-09T10:15" temporalFunction="false" functionInDocument="CREATION_TIME">03/09/2001 10:15:00</TIMEX3></DCT>
<TITLE>Ferry service resumes on the lake</TITLE>
<TEXT>

LAKETOWN (AP) --

The ferry <EVENT eid="e1" class="OCCURRENCE">resumed</EVENT> service <TIMEX3 tid="t1" type="DATE" value="2001-03-08">Thursday</TIMEX3>, the first crossing of <TIMEX3 tid="t6" type="DATE" value="2001">this year</TIMEX3>, officials <EVENT eid="e2" class="REPORTING">said</EVENT>.

Its \`\`old engine'' <EVENT eid="e3" class="OCCURRENCE">failed</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2000-11">November</TIMEX3> and the line has been <EVENT eid="e4" class="STATE">closed</EVENT> since <TIMEX3 tid="t3" type="DATE" value="2000">last year</TIMEX3>. Lake &amp; Sons Co. will <EVENT eid="e5" class="OCCURRENCE">inspect</EVENT> it <TIMEX3 tid="t4" type="DATE" value="FUTURE_REF">later</TIMEX3>. The crew <EVENT eid="e6" class="OCCURRENCE">trained</EVENT> <TIMEX3 tid="t5" type="DATE" value="2001-W08">in the eighth week</TIMEX3>.

</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PRESENT" aspect="PERFECTIVE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="FUTURE" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e6" eiid="ei6" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t6"/>
<TLINK lid="l2" eventInstanceID="ei1" relatedToTime="t1" relType="IS_INCLUDED"/>
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK lid="l4" relType="AFTER" timeID="t0" relatedToEventInstance="ei2"/>
<TLINK lid="l5" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l6" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei3"/>
<TLINK lid="l7" relType="BEGUN_BY" eventInstanceID="ei4" relatedToTime="t3"/>
<TLINK lid="l8" relType="INCLUDES" eventInstanceID="ei4" relatedToTime="t0"/>
<TLINK lid="l9" relType="AFTER" eventInstanceID="ei5" relatedToTime="t4"/>
<TLINK lid="l10" relType="IS_INCLUDED" eventInstanceID="ei6" relatedToTime="t5"/>
<TLINK lid="l11" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l12" relType="IDENTITY" eventInstanceID="ei3" relatedToTime="t2"/>
</TimeML>
`;

const { txt, gold } = convertTimeml(TML, 'TEST20010309.0001');
const byId = (id: string) => gold.events.find((e) => e.id === id)!;

describe('convertTimeml', () => {
  it('writes the title, a blank line, then <TEXT> with its own paragraph breaks, plain quotes and decoded entities', () => {
    expect(txt.startsWith('Ferry service resumes on the lake\n\nLAKETOWN (AP) --\n\nThe ferry resumed service Thursday,')).toBe(true);
    expect(txt).toContain('Its "old engine" failed in November');
    expect(txt).toContain('Lake & Sons Co. will inspect it later.');
    expect(txt.endsWith('eighth week.\n')).toBe(true);
    expect(gold.title).toBe('Ferry service resumes on the lake');
  });

  it('takes the publication date from the creation time, a clock time and all', () => {
    expect(gold.published).toBe('2001-03-09');
  });

  it('gives offsets whose slice of the text is the quote, for events and their anchors', () => {
    for (const e of gold.events) {
      expect(txt.slice(e.char_start, e.char_end)).toBe(e.quote);
      if (!e.anchor_is_dct) expect(txt.slice(e.anchor_char_start, e.anchor_char_end)).toBe(e.anchor_timex);
    }
    expect(byId('e3').quote).toBe('failed');
    expect(byId('e3').sentence).toBe('Its "old engine" failed in November and the line has been closed since last year.');
  });

  it('prefers a written timex to the creation time, and the finer one of two written timexes', () => {
    const e = byId('e1');
    expect([e.reltype, e.value, e.anchor_timex, e.anchor_is_dct, e.anchor_in_same_sentence]).toEqual(['IS_INCLUDED', '2001-03-08', 'Thursday', false, true]);
    expect([e.start, e.end, e.precision]).toEqual(['2001-03-08', '2001-03-08', 'day']);
    expect(e.other_anchors!.map((o) => o.value)).toEqual(['2001', '2001-03-09']);
  });

  it('inverts a link written from the timex to the event', () => {
    const said = byId('e2');
    expect([said.reltype, said.anchor_is_dct, said.anchor_timex, said.start, said.end]).toEqual(['BEFORE', true, '03/09/2001 10:15:00', null, '2001-03-09']);
    expect(said.anchor_char_start).toBeUndefined();
    const failed = byId('e3');
    expect([failed.reltype, failed.value, failed.start, failed.end, failed.precision, failed.year_vs_published]).toEqual([
      'IS_INCLUDED', '2000-11', '2000-11-01', '2000-11-30', 'month', 'earlier',
    ]);
    expect(failed.other_anchors).toEqual([{ source: 'tlink', reltype: 'BEFORE', value: '2001-03-09', anchor_timex: '03/09/2001 10:15:00' }]);
  });

  it('orders anchors by reltype before preferring a written timex (meantime: INCLUDES before BEGUN_BY)', () => {
    const closed = byId('e4');
    expect([closed.reltype, closed.anchor_is_dct, closed.value]).toEqual(['INCLUDES', true, '2001-03-09']);
    expect(closed.other_anchors).toEqual([{ source: 'tlink', reltype: 'BEGUN_BY', value: '2000', anchor_timex: 'last year' }]);
  });

  it('sets vague-only events apart and leaves out events anchored only to values it cannot score', () => {
    expect(gold.vague_events).toMatchObject([{ id: 'e5', quote: 'inspect', value: 'FUTURE_REF', reltype: 'AFTER', vague: true }]);
    expect(gold.events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('refuses a document without a dated creation time', () => {
    expect(() => convertTimeml(TML.replace('CREATION_TIME', 'NONE'), 'X')).toThrow(/creation time/);
  });
});

describe('intervals', () => {
  it('reads the three scorable precisions and nothing else', () => {
    expect(valueInterval('2000-02')).toEqual({ lo: '2000-02-01', hi: '2000-02-29', precision: 'month' });
    expect(valueInterval('1999')).toEqual({ lo: '1999-01-01', hi: '1999-12-31', precision: 'year' });
    for (const v of ['1999-W08', '1999-Q3', 'XXXX-08-15', '1999-08-07TMO', 'PAST_REF']) expect(valueInterval(v)).toBeNull();
  });

  it('implies open bounds the way meantime writes them (BEFORE ends at the timex start, AFTER starts at its end)', () => {
    expect(impliedInterval('BEFORE', '1992-01-01', '1992-12-31')).toEqual({ start: null, end: '1992-01-01' });
    expect(impliedInterval('AFTER', '1992-01-01', '1992-12-31')).toEqual({ start: '1992-12-31', end: null });
    expect(impliedInterval('BEGUN_BY', '1992-01-01', '1992-12-31')).toEqual({ start: '1992-01-01', end: null });
    expect(impliedInterval('ENDED_BY', '1992-01-01', '1992-12-31')).toEqual({ start: null, end: '1992-12-31' });
    expect(impliedInterval('INCLUDES', '1992-01-01', '1992-12-31')).toEqual({ start: '1992-01-01', end: '1992-12-31' });
  });
});

describe('sentenceSpans', () => {
  it('does not end a sentence after an abbreviation or an initial', () => {
    const text = 'Gov. Lee met Mr. Ortiz at the U.S. Capitol on Jan. 4. They spoke for J. Smith.\nNext line';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Gov. Lee met Mr. Ortiz at the U.S. Capitol on Jan. 4.',
      'They spoke for J. Smith.',
      'Next line',
    ]);
  });
});

describe('splitHalves', () => {
  it('alternates over the sorted names, whatever order they come in', () => {
    expect(splitHalves(['d', 'b', 'a', 'c', 'e'])).toEqual({ dev: ['a', 'c', 'e'], heldOut: ['b', 'd'] });
  });
});

describe('writeAquaintHalves', () => {
  it('writes each half in meantime\'s layout, with a copy that keeps only events anchored in their own sentence', () => {
    const root = mkdtempSync(join(tmpdir(), 'aquaint-events-test-'));
    try {
      const src = join(root, 'src');
      const out = join(root, 'out');
      for (const n of ['B', 'A', 'C']) writeFileSync(join(mkdirP(src), `${n}.tml`), TML);
      const { dev, heldOut } = writeAquaintHalves(src, out);
      expect(readdirSync(dev.dir).sort()).toEqual(['A.gold.json', 'A.txt', 'C.gold.json', 'C.txt']);
      expect(readdirSync(heldOut.dir).sort()).toEqual(['B.gold.json', 'B.txt']);
      expect([dev.events, dev.inText, dev.sameSentence, dev.vague]).toEqual([8, 4, 4, 2]);
      const near = JSON.parse(readFileSync(join(dev.sameSentenceDir, 'A.gold.json'), 'utf8'));
      expect(near.events.map((e: { id: string }) => e.id)).toEqual(['e1', 'e3']);
      expect(readFileSync(join(dev.sameSentenceDir, 'A.txt'), 'utf8')).toBe(txt);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

function mkdirP(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}
