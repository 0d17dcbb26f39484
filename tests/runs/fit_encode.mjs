// Encodes FIT activity files with Garmin's own FIT JavaScript SDK (npm @garmin/fitsdk, pinned by
// package-lock.json): an encoder independent of KneeTriage's decoder, shared by fit_fixtures.mjs
// and load_cli.mjs.
import { Encoder, Profile } from '@garmin/fitsdk';

const kMesg = Profile.MesgNum;
const seconds = (date) => Math.round(date.getTime() / 1000);

// One activity: a file_id, records every second, laps, a session per sport and the activity.
export function encodeActivity({
  sport, startDate, durationS, metresPerS, laps = 2, developerField = false, utcOffsetS = 3600,
}) {
  // A developer field (a third-party app's own value in every record) that a decoder must skip.
  const developerDataIdMesg = { developerDataIndex: 0, applicationVersion: 1 };
  const fieldDescriptionMesg = {
    developerDataIndex: 0, fieldDefinitionNumber: 0, fitBaseTypeId: 'uint32', fieldName: 'Doughnuts', units: 'doughnuts',
  };
  const encoder = new Encoder(developerField
    ? { fieldDescriptions: { 0: { developerDataIdMesg, fieldDescriptionMesg } } } : {});
  encoder.onMesg(kMesg.FILE_ID, {
    type: 'activity', manufacturer: 'development', product: 0, serialNumber: 1234, timeCreated: startDate,
  });
  encoder.onMesg(kMesg.SPORT, { sport, subSport: 'generic' });
  if (developerField) {
    encoder.onMesg(kMesg.DEVELOPER_DATA_ID, developerDataIdMesg);
    encoder.onMesg(kMesg.FIELD_DESCRIPTION, fieldDescriptionMesg);
  }
  let altitude = 100;
  let ascent = 0;
  for (let t = 0; t <= durationS; ++t) {
    // Rolling ground: up 8 m and down again every 200 s, with a little jitter.
    const next = 100 + 8 * Math.sin((2 * Math.PI * t) / 200) + ((t * 7) % 3) * 0.2;
    if (next > altitude) ascent += next - altitude;
    altitude = next;
    const record = {
      timestamp: new Date(startDate.getTime() + t * 1000),
      distance: t * metresPerS,
      enhancedAltitude: altitude,
      heartRate: 140 + (t % 20),
      cadence: sport === 'running' ? 85 + (t % 3) : 90,
    };
    if (developerField) record.developerFields = { 0: t };
    encoder.onMesg(kMesg.RECORD, record);
  }
  const lapS = durationS / laps;
  for (let i = 0; i < laps; ++i) {
    encoder.onMesg(kMesg.LAP, {
      timestamp: new Date(startDate.getTime() + (i + 1) * lapS * 1000),
      startTime: new Date(startDate.getTime() + i * lapS * 1000),
      totalElapsedTime: lapS, totalTimerTime: lapS, totalDistance: lapS * metresPerS, sport,
    });
  }
  const end = new Date(startDate.getTime() + durationS * 1000);
  encoder.onMesg(kMesg.SESSION, {
    timestamp: end, startTime: startDate, sport, subSport: 'generic',
    totalElapsedTime: durationS + 30, totalTimerTime: durationS, totalDistance: durationS * metresPerS,
    totalAscent: Math.round(ascent), avgHeartRate: 149, avgCadence: sport === 'running' ? 86 : 90,
    avgFractionalCadence: sport === 'running' ? 0.5 : 0, firstLapIndex: 0, numLaps: laps,
  });
  encoder.onMesg(kMesg.ACTIVITY, {
    timestamp: end, localTimestamp: seconds(end) - 631065600 + utcOffsetS, numSessions: 1, type: 'manual',
    totalTimerTime: durationS,
  });
  return encoder.close();
}
