// npm run eval:extract [-- SAMPLES_DIR] [--details] [--blind] [--show-blind]: scores the extractor on every *.gold.json
// of the samples folder (default: ../shared/samples beside the repository), of src/domain/extract/fixtures
// and of its real/ folder (public documents as found), each as found and under every transformation of
// eval-perturb.ts: task, target and heading P/R/F1 and deadline accuracy per document and transformation,
// then per folder. What was missed or added is listed for the document as found (--details: under every
// transformation). Blind documents are scored only with --blind, and their misses are never listed unless
// --show-blind is given: their output stays unseen.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentText } from '../src/cli/extract-command.js';
import { extractDocument } from '../src/domain/extract/index.js';
import { scoreExtraction, sumScores, type FileScore, type GoldFile, type Prf } from './eval-extract-score.js';
import { PERTURBATIONS } from './eval-perturb.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showDetails = args.includes('--details');
const showBlind = args.includes('--show-blind');
// Blind documents are not even scored unless asked (--blind): their figures are read twice, before and after.
const scoreBlind = args.includes('--blind') || showBlind;
const samplesDir = path.resolve(
  args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, '..', 'shared', 'samples'),
);
const fixturesDir = path.join(repoRoot, 'src', 'domain', 'extract', 'fixtures');
const realDir = path.join(fixturesDir, 'real');

const f3 = (x: number): string => x.toFixed(2);
const prf = (name: string, s: Prf | null): string =>
  s === null ? `${name} —             ` : `${name} ${f3(s.precision)}/${f3(s.recall)}/${f3(s.f1)}`;

function scoreLine(
  label: string,
  s: { tasks: Prf | null; targets: Prf; headings: Prf; deadline: FileScore['deadline'] },
): string {
  const d = s.deadline;
  return `  ${label.padEnd(11)} ${prf('tasks', s.tasks)}  ${prf('targets', s.targets)}  ${prf('headings', s.headings)}  deadlines ${f3(d.accuracy)} (${d.correct}/${d.graded})`;
}

function printDetails(s: FileScore): void {
  for (const g of s.unmatchedGoldTasks) console.log(`      missed task      ${g.key}`);
  for (const p of s.unmatchedPredictedTasks) console.log(`      extra task       ${p.text.slice(0, 60)}`);
  for (const g of s.unmatchedGoldTargets)
    console.log(
      `      missed target    ${String(g.value)}${g.unit} key=${g.key}${g.max === undefined ? '' : ` max=${g.max}`}`,
    );
  for (const p of s.unmatchedPredictedTargets)
    console.log(`      extra target     ${String(p.value)}${p.unit} raw=${p.raw} indicator=${p.indicator}`);
  for (const w of s.wrongDeadlines) {
    console.log(
      `      wrong deadline   ${w.gold.key}: ${w.predicted.deadline ?? 'null'} (${w.predicted.deadlineText ?? ''}) not in ${JSON.stringify(w.gold.years)}`,
    );
  }
  for (const h of s.unmatchedGoldHeadings) console.log(`      missed heading   ${h.key}`);
  for (const sec of s.unmatchedPredictedSections)
    console.log(`      extra heading    ${sec.number} ${sec.title}`);
}

async function goldFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    return [];
  }
}

/** Scores per transformation name, for one group of documents. */
type GroupScores = Map<string, FileScore[]>;
const groups = new Map<string, GroupScores>();
function record(group: string, perturbation: string, score: FileScore): void {
  const byName = groups.get(group) ?? new Map<string, FileScore[]>();
  groups.set(group, byName);
  byName.set(perturbation, [...(byName.get(perturbation) ?? []), score]);
}

for (const dir of [...new Set([samplesDir, fixturesDir, realDir])]) {
  const entries = await goldFiles(dir);
  if (entries.length === 0) {
    console.error(`no *.gold.json in ${dir}`);
    continue;
  }
  for (const entry of entries) {
    const gold = JSON.parse(await readFile(path.join(dir, entry), 'utf8')) as GoldFile;
    const text = await readDocumentText(
      path.join(dir, gold.document || entry.replace(/\.gold\.json$/, '.txt')),
    );
    const blind = gold.blind === true;
    if (blind && !scoreBlind) continue;
    const group = `${path.relative(repoRoot, dir) || dir}${dir === realDir ? (blind ? ' (blind)' : ' (dev)') : ''}`;
    console.log(`\n== ${path.basename(dir)}/${entry}${blind ? '  [blind: scores only]' : ''}`);
    for (const p of PERTURBATIONS) {
      const score = scoreExtraction(extractDocument(p.apply(text), { meetingDate: gold.date }), gold);
      record(group, p.name, score);
      if (gold.heldOut) record(`${group}, of which held out`, p.name, score);
      if (typeof gold.heldOut === 'string')
        record(`${group}, of which the ${gold.heldOut} held-out batch`, p.name, score);
      console.log(scoreLine(p.name, score));
      if ((!blind || showBlind) && (showDetails || p.name === 'as found')) printDetails(score);
    }
  }
}
if (groups.size === 0) process.exit(1);
console.log('\n== totals (micro-averaged over the documents of each folder)');
for (const [group, byName] of groups) {
  console.log(`\n${group} (${byName.get('as found')?.length ?? 0} documents)`);
  for (const [name, scores] of byName) console.log(scoreLine(name, sumScores(scores)));
  // Three decimals of each F1 as well: a goal of 0.95 is not met by 0.947, which prints as 0.95.
  if (group.includes('(blind)'))
    for (const [name, scores] of byName) {
      const s = sumScores(scores);
      console.log(
        `  ${name.padEnd(11)} F1 to three places: tasks ${s.tasks?.f1.toFixed(3) ?? '—'}, targets ${s.targets.f1.toFixed(3)}, headings ${s.headings.f1.toFixed(3)}, deadlines ${s.deadline.accuracy.toFixed(3)}`,
      );
    }
}
