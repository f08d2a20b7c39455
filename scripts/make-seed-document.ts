// Builds data/tass-2024-05-15-taliban/document.json from the verbatim article and the curated events below.
// Curators write quotes, not character offsets; this turns each quote into a span and refuses any quote
// that is missing or ambiguous, so the spans can never drift from the text.
// Run: npx tsx scripts/make-seed-document.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  FIRST_SOURCE_ID,
  validateDocument,
  type EventDate,
  type NewslineDocument,
  type Paragraph,
  type ParagraphRole,
} from '../shared/document';

const dir = join(import.meta.dirname, '..', 'data', 'tass-2024-05-15-taliban');
const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
const text = readFileSync(join(dir, 'article.txt'), 'utf8');

const roles: ParagraphRole[] = ['chrome', 'title', 'standfirst', 'dateline', 'body', 'body', 'body', 'body'];
const paragraphs: Paragraph[] = text.split(/\n\s*\n/).map((t, i) => ({ id: `p${i + 1}`, role: roles[i] ?? 'body', text: t.trim() }));

function anchor(quote: string) {
  const hits = paragraphs.filter((p) => p.text.includes(quote));
  if (hits.length !== 1) throw new Error(`quote found in ${hits.length} paragraphs: ${quote}`);
  const p = hits[0];
  const start = p.text.indexOf(quote);
  if (p.text.indexOf(quote, start + 1) !== -1) throw new Error(`quote occurs twice in ${p.id}: ${quote}`);
  return { sourceId: FIRST_SOURCE_ID, paragraphId: p.id, start, end: start + quote.length };
}

const curated: Array<{ id: string; title: string; date: EventDate; quotes: string[] }> = [
  {
    id: 'soviet-war',
    title: 'Soviet war in Afghanistan',
    date: {
      start: '1979',
      end: '1989',
      basis: 'record',
      note: 'The article mentions the war but gives no dates. Soviet troops fought in Afghanistan from December 1979 to February 1989.',
    },
    quotes: ['the Soviet Union not only waged a war in Afghanistan', 'fought against the Soviet army and the former Afghan regime'],
  },
  {
    id: 'taliban-vs-us',
    title: 'Taliban fight against the Americans',
    date: {
      start: '2001',
      end: '2021',
      basis: 'record',
      note: 'The article says only “some time ago”. The Taliban fought US forces from October 2001 until the US withdrawal in August 2021.',
    },
    quotes: ['Some time ago, when the Taliban was fighting against the Americans'],
  },
  {
    id: 'us-withdrawal',
    title: 'Biden administration announces US withdrawal from Afghanistan',
    date: {
      start: '2021-04-14',
      basis: 'record',
      note: 'The article states no date. President Biden announced the withdrawal of US troops on 14 April 2021.',
    },
    quotes: ['After the Biden administration announced the end of its US military operation in Afghanistan and the launch of its troop pullout'],
  },
  {
    id: 'taliban-offensive',
    title: 'Taliban offensive against Afghan government forces',
    date: {
      start: '2021-05',
      end: '2021-08-15',
      basis: 'record',
      note: 'The article places the offensive after the withdrawal announcement and before the fall of Kabul, without dates. It ran from May 2021 until 15 August 2021.',
    },
    quotes: ['the Taliban embarked on an offensive against Afghan government forces'],
  },
  {
    id: 'fall-of-kabul',
    title: 'Taliban fighters enter Kabul and take the capital',
    date: {
      start: '2021-08-15',
      basis: 'record',
      note: 'The article gives the day, “August 15”, but no year. The year, 2021, is from the public record.',
    },
    quotes: [
      'On August 15, Taliban fighters swept into Kabul without encountering any resistance and gained full control over the Afghan capital within a few hours.',
    ],
  },
  {
    id: 'ghani-flees',
    title: 'President Ashraf Ghani steps down and flees the country',
    date: {
      start: '2021-08-15',
      basis: 'record',
      note: 'The article states no date. Ghani left Afghanistan on 15 August 2021, the day Kabul fell.',
    },
    quotes: ["Afghanistan's President Ashraf Ghani said he had stepped down to prevent any bloodshed and subsequently fled the country."],
  },
  {
    id: 'taliban-mission',
    title: 'Russia admits a Taliban mission at chargé d’affaires level',
    date: {
      start: '2021-08-15',
      end: '2024-05-15',
      mod: 'before',
      basis: 'publication',
      note: 'No date is stated. Kabulov speaks of it as done by the interview on 15 May 2024, and the Taliban have held power only since 15 August 2021.',
    },
    quotes: ['We have allowed a Taliban mission operate in Russia at the level of a charge d’affaires'],
  },
  {
    id: 'consultations',
    title: 'Kabulov speaks to TASS after Russian-Indian consultations on Afghanistan',
    date: {
      start: '2024-05-15',
      basis: 'publication',
      note: 'The dateline reads “NEW DELHI, May 15”; the year is that of the publication date, 2024. The article itself states no year.',
    },
    quotes: ['said after the Russian-Indian consultations on Afghanistan', 'NEW DELHI, May 15. /TASS/.'],
  },
];

const doc: NewslineDocument = {
  format: DOCUMENT_FORMAT,
  version: DOCUMENT_VERSION,
  sources: [
    {
      id: FIRST_SOURCE_ID,
      title: meta.title,
      publisher: meta.publisher,
      url: meta.url,
      published: meta.published,
      dateline: meta.dateline,
      language: meta.language,
      file: 'article.txt',
      paragraphs,
    },
  ],
  events: curated.map(({ quotes, ...e }) => ({ ...e, evidence: quotes.map(anchor), origin: 'curated' as const })),
};

const checked = validateDocument(doc);
if (!checked.ok) throw new Error(JSON.stringify(checked.problems, null, 2));
writeFileSync(join(dir, 'document.json'), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`wrote ${doc.events.length} events over ${paragraphs.length} paragraphs`);
