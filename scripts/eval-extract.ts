// npm run eval:extract [-- SAMPLES_DIR]: scores the extractor on every *.gold.json of the samples folder
// (default: ../shared/samples beside the repository) and of src/domain/extract/fixtures (documents the
// rules were not tuned on), and lists what it missed and what it added, per file, per folder and overall.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentText } from '../src/cli/extract-command.js';
import { extractDocument } from '../src/domain/extract/index.js';
import { scoreExtraction, sumScores, type FileScore, type GoldFile, type Prf } from './eval-extract-score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samplesDir = path.resolve(process.argv[2] ?? path.join(repoRoot, '..', 'shared', 'samples'));
const fixturesDir = path.join(repoRoot, 'src', 'domain', 'extract', 'fixtures');

function formatPrf(name: string, s: Prf): string {
  const pct = (x: number): string => x.toFixed(3);
  return `${name.padEnd(9)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (matched ${s.matched}, counted predictions ${s.predicted}, gold ${s.gold})`;
}

function describeTarget(t: { value: number | null | 'X'; unit: string }, extra: string): string {
  return `${String(t.value)}${t.unit} ${extra}`;
}

function printFile(name: string, s: FileScore): void {
  console.log(`\n== ${name}`);
  console.log(formatPrf('targets', s.targets));
  console.log(formatPrf('headings', s.headings));
  console.log(`deadline  accuracy ${s.deadline.accuracy.toFixed(3)} (${s.deadline.correct}/${s.deadline.graded})`);
  for (const g of s.unmatchedGoldTargets) console.log(`  missed target    ${describeTarget(g, `key=${g.key}${g.max === undefined ? '' : ` max=${g.max}`}`)}`);
  for (const p of s.unmatchedPredictedTargets) {
    console.log(`  extra target     ${describeTarget(p, `raw=${p.raw} indicator=${p.indicator}`)}`);
  }
  for (const w of s.wrongDeadlines) {
    console.log(`  wrong deadline   ${w.gold.key}: ${w.predicted.deadline ?? 'null'} (${w.predicted.deadlineText ?? ''}) not in ${JSON.stringify(w.gold.years)}`);
  }
  for (const h of s.unmatchedGoldHeadings) console.log(`  missed heading   ${h.key}`);
  for (const sec of s.unmatchedPredictedSections) console.log(`  extra heading    ${sec.number} ${sec.title}`);
}

async function goldFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    return [];
  }
}

function printTotal(label: string, scores: readonly FileScore[]): void {
  const total = sumScores(scores);
  console.log(`\n== ${label} (${scores.length} file${scores.length === 1 ? '' : 's'})`);
  console.log(formatPrf('targets', total.targets));
  console.log(formatPrf('headings', total.headings));
  console.log(`deadline  accuracy ${total.deadline.accuracy.toFixed(3)} (${total.deadline.correct}/${total.deadline.graded})`);
}

const all: FileScore[] = [];
const groups: { label: string; scores: FileScore[] }[] = [];
for (const dir of [...new Set([samplesDir, fixturesDir])]) {
  const entries = await goldFiles(dir);
  if (entries.length === 0) {
    console.error(`no *.gold.json in ${dir}`);
    continue;
  }
  const scores: FileScore[] = [];
  for (const entry of entries) {
    const gold = JSON.parse(await readFile(path.join(dir, entry), 'utf8')) as GoldFile;
    const documentFile = path.join(dir, gold.document || entry.replace(/\.gold\.json$/, '.txt'));
    const text = await readDocumentText(documentFile);
    const result = extractDocument(text, { meetingDate: gold.date });
    const score = scoreExtraction(result, gold);
    scores.push(score);
    printFile(`${path.basename(dir)}/${entry}`, score);
  }
  groups.push({ label: path.relative(repoRoot, dir) || dir, scores });
  all.push(...scores);
}
if (all.length === 0) process.exit(1);
for (const g of groups) printTotal(g.label, g.scores);
printTotal('overall', all);
