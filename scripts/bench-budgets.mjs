// The timing budgets (docs/budgets.md) beside the medians `npm run bench` just measured: read from Vitest's
// JSON report (bench-output/bench.json, written by `vitest bench --run --outputJson …`), printed as median, budget
// and ratio. Prints only; never fails on a timing (timings depend on the machine and its load).
// Alone: `node scripts/bench-budgets.mjs [path/to/report.json]`.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const path = process.argv[2] ?? 'bench-output/bench.json';
if (!existsSync(path)) {
  console.error(`bench-budgets: no report at ${path} (run \`vitest bench --run --outputJson ${path}\` first)`);
  process.exit(2);
}
const report = JSON.parse(readFileSync(path, 'utf8'));
const all = report.files.flatMap((file) =>
  file.groups.flatMap((group) => group.benchmarks.map((b) => ({ ...b, file: file.filepath, group: group.fullName }))),
);

/** The benchmark in `file` whose name starts with `prefix` (names may carry figures after the prefix). */
function find(file, prefix) {
  return all.find((b) => b.file.endsWith(file) && b.name.startsWith(prefix));
}

const ms = (value) =>
  value < 0.01
    ? `${(value * 1e6).toFixed(0)} ns`
    : value < 1
      ? `${(value * 1e3).toFixed(2)} µs`
      : `${value.toFixed(2)} ms`;

/** Each line: what, the measured median (ms), the budget (ms or a ratio) and how the two compare. */
const lines = [];
function time(label, file, prefix, budgetMs, per = 1) {
  const b = find(file, prefix);
  if (!b) return lines.push([label, 'not measured', `< ${ms(budgetMs)}`, '—']);
  const median = b.median / per;
  lines.push([label, ms(median), `< ${ms(budgetMs)}`, `${((median / budgetMs) * 100).toFixed(0)}% of budget`]);
}
function ratio(label, file, prefix, basePrefix, budget) {
  const b = find(file, prefix);
  const base = find(file, basePrefix);
  const limit = budget === undefined ? '(no budget)' : `≤ ${budget.toFixed(2)}×`;
  if (!b || !base) return lines.push([label, 'not measured', limit, '—']);
  const r = b.median / base.median;
  lines.push([label, `${r.toFixed(3)}×`, limit, `${ms(b.median)} vs ${ms(base.median)}`]);
}

const BRIDGE = 'tests/bench/bridge.bench.ts';
const BINARY = 'tests/bench/bridge-binary.bench.ts';
const AUDIT = 'tests/bench/audit.bench.ts';
const SIDEBAR = 'tests/bench/sidebar.bench.ts';
const ORGANIZATION = 'tests/bench/organization.bench.ts';
// web.max.ru today: binary protocol 10 (MessagePack + LZ4).
time('bridge, binary: ignored frame (PING), per frame in a batch of 100', BINARY, 'binary: ignored frame', 0.001, 100);
time(
  'bridge, binary: message without an invite link, per frame in a batch of 100',
  BINARY,
  'binary: message without an invite link',
  0.003,
  100,
);
time(
  'bridge, binary: message with an invite link (read + post)',
  BINARY,
  'binary: message with an invite link:',
  0.015,
);
time(
  'bridge + content script, binary: message with an invite link, per message in a batch of 100 (read, post, receive, merge)',
  BINARY,
  'binary: message with an invite link, both sides',
  0.015,
  100,
);
ratio(
  'bridge, binary: login with 2,000 chats ÷ the page’s own LZ4 + MessagePack decode of it (same run)',
  BINARY,
  'binary: login with 2,000 chats',
  'reference: the page’s own LZ4 + MessagePack decode of the login frame',
  1.3,
);
time(
  'bridge, binary: login with 10,000 chats (an administrator’s account)',
  BINARY,
  'binary: login with 10,000 chats',
  80,
);
ratio(
  'bridge, binary: login with 10,000 chats ÷ the page’s own decode of it (same run)',
  BINARY,
  'binary: login with 10,000 chats',
  'reference: the page’s own LZ4 + MessagePack decode of the 10,000',
);
// The JSON protocol 11 (older deployments, ws-api.oneme.ru).
time('bridge: ignored frame (PING), a batch of one', BRIDGE, 'ignored frame (PING)', 0.002);
time('bridge: ignored frame (PING), per frame in a batch of 100', BRIDGE, '100 ignored frames (PING)', 0.002, 100);
time(
  'bridge: login frame with 2,000 chats (listener + look + read + post)',
  BRIDGE,
  'login with 2,000 chats: listener',
  20,
);
ratio(
  'bridge login ÷ the page’s own JSON.parse of that frame (same run)',
  BRIDGE,
  'login with 2,000 chats: listener',
  'reference: JSON.parse of the login frame',
);
// Against a page handler that only parses and stores (far lighter than a real client's, which also renders): the
// worst case of the ratio. The budget (≤ 1.05×) is checked on the stand-in MAX web in Chromium, by
// scripts/bench-browser.mjs, which `npm run bench` runs last.
ratio(
  'page with bridge vs without, a parse-only page handler (200 frames, everything)',
  BRIDGE,
  'with Сверка: everything',
  'without Сверка',
);
ratio(
  'page with bridge vs without, a parse-only page handler (200 frames, listener + head look)',
  BRIDGE,
  'with Сверка: listener + deferred head look',
  'without Сверка',
);
time('audit: 2,000 chats × 60 requirements (same chats again)', AUDIT, '2,000 chats × 60 requirements (the same', 10);
time('audit: 2,000 chats × 60 requirements (titles never seen)', AUDIT, '2,000 chats × 60 requirements (titles', 10);
time('audit: 10,000 chats × 60 requirements (an administrator’s account)', AUDIT, '10,000 chats × 60 requirements', 30);
time('sidebar first paint: render, audit ready → first rows (happy-dom)', SIDEBAR, 'render: SidebarApp open', 100);
time('sidebar first paint: data → first rows, audit + render (happy-dom)', SIDEBAR, 'data → first rows', 100);
ratio(
  'sidebar render ÷ happy-dom parsing the same HTML (≈1: the time is happy-dom’s)',
  SIDEBAR,
  'render: SidebarApp open',
  'reference: happy-dom parsing',
);
time('organization: import of 300 summaries × 20 requirements', ORGANIZATION, 'import: 300 summaries', 2000);
time('organization: page model + render of 300 summaries (happy-dom)', ORGANIZATION, 'render: the page', 500);
ratio(
  'organization render ÷ happy-dom parsing the same HTML (≈1: the time is happy-dom’s)',
  ORGANIZATION,
  'render: the page',
  'reference: happy-dom parsing the same page',
);

const load = loadavg().map((l) => l.toFixed(2));
console.log(`\nbudgets (medians from ${path}; ${cpus().length} cores, load average ${load.join(' ')}):`);
const widths = [0, 1, 2].map((i) => Math.max(...lines.map((line) => line[i].length)));
for (const [label, value, budget, note] of lines)
  console.log(`  ${label.padEnd(widths[0])}  ${value.padStart(widths[1])}  ${budget.padEnd(widths[2])}  ${note}`);
