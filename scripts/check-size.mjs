// The size budget (docs/budgets.md): everything Сверка puts into MAX's page — the bridge, the sidebar's script
// (its CSS is inlined there) and the marks' CSS — ≤ 60 KB gzip together; Dexie stays out of it. Each file is gzipped
// on its own, as the browser loads it. Run last by `npm run bench` (its exit code must not stop the timings);
// alone: `node scripts/check-size.mjs`.
//
// By default it builds Chrome (production, the same config) into .output/size-check-chrome-mv3, so that it measures
// this tree without touching .output/chrome-mv3, which the E2E runs read. `--dir <path>` measures an existing build
// instead (e.g. `--dir .output/chrome-mv3`). Exits 1 when a budget is broken: sizes are deterministic, unlike timings.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;
/** Strings that survive minification in Dexie's bundle (its error names, its database list, its version field). */
const DEXIE_SIGNATURES = ['DatabaseClosedError', 'MissingAPIError', '__dbnames', 'semVer'];

async function buildForMeasuring() {
  const { build } = await import('wxt');
  const quiet = () => {};
  const logger = {
    debug: quiet,
    log: quiet,
    info: quiet,
    success: quiet,
    warn: (...args) => console.warn(...args),
    error: (...args) => console.error(...args),
    fatal: (...args) => console.error(...args),
    level: 3,
  };
  const started = performance.now();
  await build({ browser: 'chrome', mode: 'production', outDirTemplate: 'size-check-chrome-mv3', logger });
  return { dir: join(process.cwd(), '.output/size-check-chrome-mv3'), ms: performance.now() - started };
}

function measure(path) {
  const code = readFileSync(path);
  const text = code.toString('utf8');
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    dexie: DEXIE_SIGNATURES.filter((s) => text.includes(s)),
  };
}

const dirArg = process.argv.indexOf('--dir');
let dir;
if (dirArg >= 0) {
  dir = process.argv[dirArg + 1];
  if (!dir || !existsSync(dir)) {
    console.error(`check-size: no build at ${dir ?? '(missing path)'}`);
    process.exit(2);
  }
} else {
  const built = await buildForMeasuring();
  dir = built.dir;
  console.log(`check-size: built Chrome MV3 into ${relative(process.cwd(), dir)} in ${(built.ms / 1000).toFixed(1)} s`);
}

const IN_PAGE_BUDGET = 60 * KB;
const rows = [
  {
    name: 'content script (isolated world: sidebar with its CSS, snapshot, marks)',
    file: 'content-scripts/max.js',
    inPage: true,
    noDexie: true,
  },
  {
    name: 'bridge (MAIN world, runs in MAX’s page)',
    file: 'content-scripts/max-bridge.js',
    inPage: true,
    noDexie: true,
  },
  { name: 'marks’ CSS (injected by the browser)', file: 'content-scripts/page-marks.css', inPage: true, noDexie: true },
  { name: 'background (for reference: holds Dexie)', file: 'background.js' },
];
let inPage = 0;

let broken = 0;
console.log(`\nsize of what ships (${relative(process.cwd(), dir) || dir}), gzip -9:`);
for (const row of rows) {
  const path = join(dir, row.file);
  if (!existsSync(path)) {
    console.log(`  ${row.name}: ${row.file} missing`);
    if (row.inPage) broken++;
    continue;
  }
  const m = measure(path);
  if (row.inPage) inPage += m.gzip;
  let line = `  ${row.name}\n    ${row.file}: ${kb(m.gzip)} gzip (${kb(m.raw)} raw)`;
  if (row.noDexie) {
    line += `\n    Dexie: ${m.dexie.length === 0 ? 'absent ✓' : `PRESENT ✗ (${m.dexie.join(', ')})`}`;
    if (m.dexie.length > 0) broken++;
  } else {
    line += `\n    Dexie: ${m.dexie.length > 0 ? 'present (expected here)' : 'absent'}`;
  }
  console.log(line);
}
{
  const ratio = inPage / IN_PAGE_BUDGET;
  console.log(
    `  everything in MAX's page together: ${kb(inPage)} gzip; budget ≤ ${kb(IN_PAGE_BUDGET)} → ${(ratio * 100).toFixed(0)}% of budget${ratio > 1 ? '  ✗ OVER BUDGET' : '  ✓'}`,
  );
  if (ratio > 1) broken++;
}
if (broken > 0) {
  console.error(`\ncheck-size: ${broken} budget(s) broken`);
  process.exit(1);
}
