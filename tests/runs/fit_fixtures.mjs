// Writes FIT test files with Garmin's own FIT JavaScript SDK (npm @garmin/fitsdk, pinned by
// package-lock.json), an encoder independent of KneeTriage's decoder, and decodes each again with
// the SDK's Decoder, so that a test can compare KneeTriage's figures with the SDK's.
//
//   node fit_fixtures.mjs OUT_DIR     writes OUT_DIR/*.fit and OUT_DIR/expected.json
//
// expected.json: for each file name, "valid" (the SDK's checkIntegrity) and, for a valid file, the
// sessions as the SDK decodes them (sport, start, distance, timer time, ascent, heart rate,
// cadence) and the activity's local offset.
import fs from 'node:fs';
import path from 'node:path';
import { Decoder, Stream } from '@garmin/fitsdk';
import { encodeActivity } from './fit_encode.mjs';

const kStart = new Date('2024-03-05T07:12:45Z');
const seconds = (date) => Math.round(date.getTime() / 1000);

// FIT's CRC, written out here from the protocol so that the hand-made file below is complete.
function crc16(bytes) {
  const table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400];
  let crc = 0;
  for (const byte of bytes) {
    let tmp = table[crc & 0xF];
    crc = (crc >> 4) & 0x0FFF;
    crc = crc ^ tmp ^ table[byte & 0xF];
    tmp = table[crc & 0xF];
    crc = (crc >> 4) & 0x0FFF;
    crc = crc ^ tmp ^ table[(byte >> 4) & 0xF];
  }
  return crc;
}

// The SDK's Encoder writes only normal headers, so this file is put together byte by byte: its
// records use compressed timestamp headers (the time as 5 bits that roll over), and it has no
// session or lap, so the run is what the records add up to. The SDK's Decoder reads it back.
// The figures it was written with, since the SDK's Decoder cannot read them back (its read()
// stops at "compressed timestamp messages are not currently supported"); the SDK still checks the
// file's integrity (header, size and CRC).
const kCompressed = { points: 601, intervalS: 3, metresPerS: 2.9 };
function compressedTimestampFile() {
  const body = [];
  const u16 = (v) => [v & 0xFF, (v >> 8) & 0xFF];
  const u32 = (v) => [v & 0xFF, (v >> 8) & 0xFF, (v >> 16) & 0xFF, (v >>> 24) & 0xFF];
  const start = seconds(kStart) - 631065600 + 86400; // the next day
  // Local 0: file_id (type, time_created).
  body.push(0x40, 0, 0, ...u16(0), 2, 0, 1, 0x00, 4, 4, 0x86);
  body.push(0x00, 4, ...u32(start));
  // Local 1: sport (sport).
  body.push(0x41, 0, 0, ...u16(12), 1, 0, 1, 0x00);
  body.push(0x01, 1);
  // Local 2: record with a timestamp; local 3: record without, for compressed headers.
  body.push(0x42, 0, 0, ...u16(20), 3, 253, 4, 0x86, 5, 4, 0x86, 3, 1, 0x02);
  body.push(0x43, 0, 0, ...u16(20), 2, 5, 4, 0x86, 3, 1, 0x02);
  body.push(0x02, ...u32(start), ...u32(0), 150);
  let time = start;
  for (let i = 1; i < kCompressed.points; ++i) {
    time += kCompressed.intervalS; // the 5-bit offset rolls over many times
    const metres = i * kCompressed.intervalS * kCompressed.metresPerS;
    body.push(0x80 | (3 << 5) | (time & 0x1F), ...u32(Math.round(metres * 100)), 150 + (i % 10));
  }
  const header = [14, 0x20, ...u16(2170), ...u32(body.length), 0x2E, 0x46, 0x49, 0x54];
  header.push(...u16(crc16(header)));
  const file = [...header, ...body];
  file.push(...u16(crc16(file)));
  return Uint8Array.from(file);
}

function sdkFigures(bytes, read = true) {
  const stream = Stream.fromByteArray(Array.from(bytes));
  const decoder = new Decoder(stream);
  const valid = decoder.checkIntegrity();
  if (!valid || !read) return { valid };
  const { messages, errors } = new Decoder(Stream.fromByteArray(Array.from(bytes))).read();
  if (errors.length > 0) throw new Error(`the SDK could not read its own file: ${errors[0].message}`);
  const activity = (messages.activityMesgs ?? [])[0];
  const records = messages.recordMesgs ?? [];
  return {
    valid,
    utcOffsetSeconds: activity && activity.localTimestamp !== undefined
      ? activity.localTimestamp - (seconds(activity.timestamp) - 631065600) : null,
    sessions: (messages.sessionMesgs ?? []).map((s) => ({
      sport: s.sport,
      startUtc: seconds(s.startTime),
      distanceM: s.totalDistance,
      timerS: s.totalTimerTime,
      ascentM: s.totalAscent ?? null,
      avgHeartRate: s.avgHeartRate ?? null,
      avgCadence: s.avgCadence ?? null,
      avgFractionalCadence: s.avgFractionalCadence ?? null,
    })),
    records: {
      count: records.length,
      firstUtc: records.length > 0 ? seconds(records[0].timestamp) : null,
      lastUtc: records.length > 0 ? seconds(records[records.length - 1].timestamp) : null,
      lastDistanceM: records.length > 0 ? records[records.length - 1].distance : null,
    },
  };
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node fit_fixtures.mjs OUT_DIR');
  process.exit(2);
}
fs.mkdirSync(out, { recursive: true });
const run = encodeActivity({ sport: 'running', startDate: kStart, durationS: 1800, metresPerS: 3.1, developerField: true });
const files = {
  'run.fit': run,
  'ride.fit': encodeActivity({ sport: 'cycling', startDate: new Date('2024-03-06T16:00:00Z'), durationS: 3600, metresPerS: 8 }),
  'compressed_timestamps.fit': compressedTimestampFile(),
  // One bit of the last message's values flipped: the messages still decode, only the CRC can tell.
  'crc_broken.fit': (() => { const b = Uint8Array.from(run); b[b.length - 4] ^= 0x01; return b; })(),
  'truncated.fit': run.slice(0, Math.floor(run.length * 0.6)),
};
const expected = {};
for (const [name, bytes] of Object.entries(files)) {
  fs.writeFileSync(path.join(out, name), bytes);
  expected[name] = sdkFigures(bytes, name !== 'compressed_timestamps.fit');
}
const startCompressed = seconds(kStart) + 86400;
const lastSecond = (kCompressed.points - 1) * kCompressed.intervalS;
expected['compressed_timestamps.fit'].written = {
  startUtc: startCompressed,
  lastUtc: startCompressed + lastSecond,
  distanceM: lastSecond * kCompressed.metresPerS,
  movingS: lastSecond,
  sport: 'running',
};
fs.writeFileSync(path.join(out, 'expected.json'), JSON.stringify(expected, null, 2));
console.log(`wrote ${Object.keys(files).length} FIT files and expected.json to ${out}`);
