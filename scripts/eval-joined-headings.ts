// npx tsx scripts/eval-joined-headings.ts [SAMPLES_DIR]: for every NON-blind document (samples, fixtures, real dev),
// the sections the extractor finds as found that it loses when the paragraphs are joined ("joined", "all"), and
// the sections it finds only then, with their number, so that the losses can be grouped by the heading's form.
// Not only gold headings: every section found as found counts, which gives more forms to look at than the gold.
// Blind documents are skipped before their text is read.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocumentText } from '../src/cli/extract-command.js';
import { extractDocument, type ExtractedSection } from '../src/domain/extract/index.js';
import { skeleton, type GoldFile } from './eval-extract-score.js';
import { PERTURBATIONS } from './eval-perturb.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const samplesDir = path.resolve(
  args.find((a) => !a.startsWith('--')) ?? path.join(repoRoot, '..', 'shared', 'samples'),
);
const fixturesDir = path.join(repoRoot, 'src', 'domain', 'extract', 'fixtures');
const dirs = [samplesDir, fixturesDir, path.join(fixturesDir, 'real')];
const names = ['joined', 'all'];

/** The first letters of a title, enough to recognise it when its end is guessed differently. */
const head = (s: ExtractedSection): string => skeleton(s.title).slice(0, 6);
const label = (s: ExtractedSection): string => `L${s.level} ${s.number} ${s.title.slice(0, 30)}`;

let lost = 0;
let added = 0;
for (const dir of dirs) {
  let entries: string[] = [];
  try {
    entries = (await readdir(dir)).filter((f) => f.endsWith('.gold.json')).sort();
  } catch {
    continue;
  }
  for (const entry of entries) {
    const gold = JSON.parse(await readFile(path.join(dir, entry), 'utf8')) as GoldFile;
    if (gold.blind === true) continue;
    const text = await readDocumentText(
      path.join(dir, gold.document || entry.replace(/\.gold\.json$/, '.txt')),
    );
    const found = extractDocument(text, { meetingDate: gold.date }).sections;
    const lines: string[] = [];
    for (const name of names) {
      const p = PERTURBATIONS.find((q) => q.name === name);
      if (p === undefined) continue;
      const got = extractDocument(p.apply(text), { meetingDate: gold.date }).sections;
      for (const s of found)
        if (!got.some((g) => skeleton(g.title).includes(head(s)))) {
          lines.push(`  ${name.padEnd(6)} lost  ${label(s)}`);
          lost++;
        }
      for (const g of got)
        if (!found.some((s) => skeleton(g.title).includes(head(s)))) {
          lines.push(`  ${name.padEnd(6)} added ${label(g)}`);
          added++;
        }
    }
    if (lines.length > 0) console.log(`== ${path.basename(dir)}/${entry}\n${lines.join('\n')}`);
  }
}
console.log(`\nlost ${lost}, added ${added}`);
