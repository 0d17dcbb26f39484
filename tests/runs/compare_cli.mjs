// Compares `kneetriage-cli runs import` with Garmin's FIT SDK on files the SDK wrote.
//
//   node compare_cli.mjs CLI OUT_DIR
//
// Writes the fixtures of fit_fixtures.mjs into OUT_DIR, imports that folder with the CLI, and
// checks each run line against the SDK's own decode of the same file; the files the SDK finds
// damaged must each give an error line naming them, and exit status 1. Exit status 0 when
// everything agrees, 1 otherwise, with each disagreement listed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [cli, out] = process.argv.slice(2);
if (!cli || !out) {
  console.error('usage: node compare_cli.mjs CLI OUT_DIR');
  process.exit(2);
}
const here = path.dirname(fileURLToPath(import.meta.url));
fs.rmSync(out, { recursive: true, force: true });
const made = spawnSync(process.execPath, [path.join(here, 'fit_fixtures.mjs'), out], { encoding: 'utf8' });
if (made.status !== 0) {
  console.error(made.stderr);
  process.exit(1);
}
const expected = JSON.parse(fs.readFileSync(path.join(out, 'expected.json'), 'utf8'));
const imported = spawnSync(cli, ['runs', 'import', out], { encoding: 'utf8' });
const lines = imported.stdout.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
const errorLines = imported.stderr.split('\n').filter((line) => line !== '');

const failures = [];
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
function expectEqual(what, found, wanted, tolerance = 0.05) {
  const same = typeof wanted === 'number' ? Math.abs(found - wanted) <= tolerance : found === wanted;
  if (!same) failures.push(`${what}: KneeTriage gives ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`);
}
function lineOf(name) {
  return lines.find((line) => path.basename(line.source_file) === name);
}

for (const [name, figures] of Object.entries(expected)) {
  const line = lineOf(name);
  if (!figures.valid) {
    // The SDK's checkIntegrity refuses it: so must KneeTriage, with a message naming the file.
    if (line) failures.push(`${name}: the SDK finds it damaged, but KneeTriage imported a run from it`);
    if (!errorLines.some((error) => error.startsWith(path.join(out, name) + ': '))) {
      failures.push(`${name}: no error line naming it on standard error`);
    }
    continue;
  }
  if (figures.written) { // compressed timestamps: the figures it was written with
    if (!line) { failures.push(`${name}: no run imported`); continue; }
    expectEqual(`${name} start`, line.start_utc, iso(figures.written.startUtc));
    expectEqual(`${name} distance`, line.distance_m, figures.written.distanceM);
    expectEqual(`${name} moving time`, line.moving_time_s, figures.written.movingS);
    continue;
  }
  const session = figures.sessions[0];
  if (session.sport !== 'running') {
    if (line) failures.push(`${name}: a ${session.sport} session was imported as a run`);
    continue;
  }
  if (!line) { failures.push(`${name}: no run imported`); continue; }
  expectEqual(`${name} start`, line.start_utc, iso(session.startUtc));
  expectEqual(`${name} local start`, line.start_local,
    iso(session.startUtc + figures.utcOffsetSeconds).replace('Z', figures.utcOffsetSeconds === 3600 ? '+01:00' : 'Z'));
  expectEqual(`${name} distance`, line.distance_m, session.distanceM);
  expectEqual(`${name} moving time`, line.moving_time_s, session.timerS);
  expectEqual(`${name} elevation gain`, line.elevation_gain_m, session.ascentM);
  expectEqual(`${name} heart rate`, line.average_heart_rate_bpm, session.avgHeartRate);
  // FIT counts running cadence in strides (one foot) a minute; KneeTriage gives steps.
  expectEqual(`${name} cadence`, line.average_cadence_spm, 2 * (session.avgCadence + session.avgFractionalCadence));
}
const runs = Object.values(expected).filter((f) => f.valid && (f.written || f.sessions[0].sport === 'running')).length;
expectEqual('run lines', lines.length, runs, 0);
expectEqual('exit status', imported.status, 1, 0);

for (const failure of failures) console.error(failure);
console.log(`${Object.keys(expected).length} FIT files compared with the SDK: ${failures.length === 0 ? 'all agree' : `${failures.length} disagreement(s)`}`);
process.exit(failures.length === 0 ? 0 : 1);
