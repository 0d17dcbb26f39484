// Validates FHIR R4 resources (JSON files given as arguments) with the npm package "fhir",
// an implementation independent of KneeTriage. Exit status 0 when every file is valid.
'use strict';
const fs = require('fs');
const { Fhir } = require('fhir');

// fhir 4.12 reports a choice value that is false or 0 (answerBoolean: false,
// answerInteger: 0) as a missing property. Such reports are dropped only when the resource
// really holds that value there, so a truly missing value still fails.
function holdsFalsyChoiceValue(resource, location) {
  const path = location.split('.').slice(1);
  const last = path.pop();
  if (!last || !last.endsWith('[x]')) return false;
  let node = resource;
  for (const step of path) {
    const match = step.match(/^(\w+)(?:\[(\d+)\])?$/);
    if (!match || node == null) return false;
    node = node[match[1]];
    if (match[2] !== undefined) node = node == null ? undefined : node[Number(match[2])];
  }
  if (node == null || typeof node !== 'object') return false;
  const prefix = last.slice(0, -3);
  return Object.keys(node).some((key) => key.startsWith(prefix) && key.length > prefix.length &&
    (node[key] === false || node[key] === 0));
}

const fhir = new Fhir();
let failed = false;
for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const errors = result.messages.filter((m) => m.severity === 'error' &&
    !(m.message === 'Missing property' && holdsFalsyChoiceValue(resource, m.location)));
  for (const error of errors) {
    console.error(`${file}: ${error.location}: ${error.message}`);
  }
  console.log(`${file}: ${resource.resourceType} ${errors.length === 0 ? 'valid' : 'INVALID'} (${errors.length} errors)`);
  failed = failed || errors.length > 0;
}
process.exit(failed ? 1 : 0);
