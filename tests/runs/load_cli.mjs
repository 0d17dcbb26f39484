// `kneetriage-cli runs load` end to end on FIT files written by Garmin's own FIT SDK (an encoder
// independent of KneeTriage's decoder): the spike categories of each run, the ISO weeks by local
// date with empty weeks kept, the onset link, the summary's 30-day longest, the error line for a
// broken file, dates on the command line, and the same analysis read back from a history file.
//
//   node load_cli.mjs CLI OUT_DIR
//
// Exit status 0 when everything is as expected, 1 otherwise, with each difference listed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { encodeActivity } from './fit_encode.mjs';

const [cli, out] = process.argv.slice(2);
if (!cli || !out) {
  console.error('usage: node load_cli.mjs CLI OUT_DIR');
  process.exit(2);
}
fs.rmSync(out, { recursive: true, force: true });
const runsDir = path.join(out, 'runs');
fs.mkdirSync(runsDir, { recursive: true });

// name: start (UTC), seconds at 2.5 m/s, offset of the local time. Distances: 10, 11 (exactly
// 10 % longer: no spike), 15.95 (45 % longer than 11: moderate), 5 and 8 km.
const kRuns = [
  ['a_first.fit', '2026-10-05T07:00:00Z', 4000, 3600],
  ['b_ten_percent.fit', '2026-10-07T07:00:00Z', 4400, 3600],
  ['c_spike.fit', '2026-10-10T07:00:00Z', 6380, 3600],
  // Sunday 23:30 UTC is Monday 01:30 at UTC+2: the week of 19 October, not of the 12th.
  ['d_after_midnight.fit', '2026-10-18T23:30:00Z', 2000, 7200],
  ['e_month_later.fit', '2026-11-04T07:00:00Z', 3200, 3600],
];
for (const [name, start, durationS, utcOffsetS] of kRuns) {
  const bytes = encodeActivity({ sport: 'running', startDate: new Date(start), durationS, metresPerS: 2.5, utcOffsetS });
  fs.writeFileSync(path.join(runsDir, name), bytes);
}
const broken = encodeActivity({ sport: 'running', startDate: new Date('2026-10-20T07:00:00Z'), durationS: 600, metresPerS: 2.5 });
fs.writeFileSync(path.join(runsDir, 'z_truncated.fit'), broken.slice(0, Math.floor(broken.length / 2)));

const failures = [];
function expectEqual(what, found, wanted) {
  const same = typeof wanted === 'number' ? Math.abs(found - wanted) <= 1e-9 : found === wanted;
  if (!same) failures.push(`${what}: found ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`);
}
function load(args) {
  const result = spawnSync(cli, ['runs', 'load', ...args], { encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
  return { status: result.status, stderr: result.stderr, lines, ofType: (type) => lines.filter((l) => l.type === type) };
}

// The 30 local dates before 10 November start on 11 October: the 15.95 km run is out of them.
const first = load(['--today', '2026-11-10', '--onset', '2026-10-12', runsDir]);
expectEqual('exit status with one broken file', first.status, 1);
const errors = first.ofType('error');
expectEqual('error lines', errors.length, 1);
expectEqual('error line names the broken file', errors[0] && path.basename(errors[0].file), 'z_truncated.fit');
if (!first.stderr.includes('z_truncated.fit')) failures.push('standard error does not name the broken file');

const runs = first.ofType('run');
const wanted = [
  ['2026-10-05', 10000, 'no_earlier_run', undefined],
  ['2026-10-07', 11000, 'none', 0.1],
  ['2026-10-10', 15950, 'moderate', 0.45],
  ['2026-10-19', 5000, 'none', 5000 / 15950 - 1],
  ['2026-11-04', 8000, 'none', 8000 / 15950 - 1],
];
expectEqual('run lines', runs.length, wanted.length);
wanted.forEach(([date, metres, category, ratio], i) => {
  const run = runs[i] ?? {};
  expectEqual(`run ${i + 1} date`, run.date, date);
  expectEqual(`run ${i + 1} distance`, run.distance_m, metres);
  expectEqual(`run ${i + 1} category`, run.category, category);
  if (ratio === undefined) {
    if ('ratio' in run || 'longest_30d_m' in run) failures.push(`run ${i + 1}: a ratio with no earlier run`);
  } else if (Math.abs(run.ratio - ratio) > 0.0001) {
    failures.push(`run ${i + 1} ratio: found ${run.ratio}, expected ${ratio.toFixed(4)}`);
  }
});
expectEqual('run 5 compared with the longest of the 30 days before', runs[4] && runs[4].longest_30d_m, 15950);

const weeks = first.ofType('week');
const wantedWeeks = [['2026-W41', '2026-10-05', 3, 1, 36950], ['2026-W42', '2026-10-12', 0, 0, 0],
  ['2026-W43', '2026-10-19', 1, 0, 5000], ['2026-W44', '2026-10-26', 0, 0, 0], ['2026-W45', '2026-11-02', 1, 0, 8000]];
expectEqual('week lines', weeks.length, wantedWeeks.length);
wantedWeeks.forEach(([week, start, count, spikes, metres], i) => {
  const line = weeks[i] ?? {};
  expectEqual(`week ${i + 1}`, `${line.week} ${line.start} ${line.runs} ${line.spikes}`, `${week} ${start} ${count} ${spikes}`);
  expectEqual(`${week} distance`, line.distance_m, metres);
});

const [onset] = first.ofType('onset');
expectEqual('onset finding', onset && onset.finding, 'spike_before_onset');
expectEqual('onset spike date', onset && onset.spikes[0].date, '2026-10-10');
expectEqual('onset days before', onset && onset.spikes[0].days_before, 2);
if (!onset || !onset.text.includes('about 2 days after') || !onset.text.includes('45 %')) {
  failures.push(`onset text: ${onset && onset.text}`);
}
const summary = first.lines[first.lines.length - 1] ?? {};
expectEqual('last line', summary.type, 'summary');
expectEqual('summary today', summary.today, '2026-11-10');
expectEqual('summary 30-day longest', summary.longest_30d_m, 8000);
expectEqual('summary spikes', summary.spikes, 1);

// No spike before an onset is said too.
const quiet = load(['--onset', '2026-11-06', runsDir]).ofType('onset')[0];
expectEqual('no spike before a later onset', quiet && quiet.finding, 'no_spike_before_onset');

const badDate = spawnSync(cli, ['runs', 'load', '--today', '2026-02-30', runsDir], { encoding: 'utf8' });
expectEqual('exit status for a bad --today', badDate.status, 2);
if (!badDate.stderr.includes('--today: expected a date as YYYY-MM-DD')) failures.push(`bad --today: ${badDate.stderr}`);

// Stored with --history, then read back from it alone: the same run lines.
const history = path.join(out, 'history.sqlite');
load(['--history', history, runsDir]);
const stored = load(['--history', history, '--today', '2026-11-04']);
expectEqual('exit status from the history alone', stored.status, 0);
expectEqual('runs from the history', JSON.stringify(stored.ofType('run').map((r) => [r.date, r.category])),
  JSON.stringify(runs.map((r) => [r.date, r.category])));

for (const failure of failures) console.error(failure);
console.log(failures.length === 0 ? 'runs load: all as expected' : `${failures.length} failure(s)`);
process.exit(failures.length === 0 ? 0 : 1);
