// Validates the translations (DIR/i18n/LANG/**.json) and the emergency-number table
// (DIR/i18n/emergency_numbers.json) against data/schema/translation.schema.json and
// emergency_numbers.schema.json with the independent validator ajv, and checks that the
// translation schema refuses a broken file. Usage: node validate_translations.js DIR
// Exit status 0 when everything is as expected, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');

const data = process.argv[2];
const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
const schemaDirectory = path.join(data, 'schema');
for (const name of ['common.schema.json', 'translation.schema.json', 'emergency_numbers.schema.json',
                    'terms.schema.json']) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDirectory, name), 'utf8')), name);
}

function filesUnder(directory) {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.name.endsWith('.json') ? [full] : [];
  });
}

const failures = [];
function check(schema, file, document, mustPass) {
  const validate = ajv.getSchema(schema);
  const valid = validate(document);
  if (valid !== mustPass) {
    const why = (validate.errors || []).map((e) => `at ${e.instancePath || '/'}: ${e.message}`).join('; ');
    failures.push(`${file}: ${mustPass ? 'invalid' : 'accepted although broken'}${why ? ': ' + why : ''}`);
  }
}

const i18n = path.join(data, 'i18n');
let count = 0;
for (const file of filesUnder(i18n)) {
  const document = JSON.parse(fs.readFileSync(file, 'utf8'));
  const relative = path.relative(i18n, file);
  const schema = relative === 'emergency_numbers.json' ? 'emergency_numbers.schema.json'
    : path.basename(relative) === 'terms.json' ? 'terms.schema.json' : 'translation.schema.json';
  check(schema, file, document, true);
  ++count;
}
const broken = { format: 'kneetriage.translation/1', language: 'de', file: 'kb/kb.json',
                 texts: { '/notice/short': { en: 'Not a diagnosis.' } } };
check('translation.schema.json', '<an entry without its text>', broken, false);
check('emergency_numbers.schema.json', '<a number without a source>',
      { format: 'kneetriage.emergency_numbers/1', countries: { DE: { number: '112' } },
        words: { en: { notice_short: '{number}', emergency_action: '{number}', also: '{number} {also}' } } }, false);

for (const failure of failures) console.error(failure);
console.log(`${count} translation file(s) checked, ${failures.length} failure(s)`);
process.exit(failures.length === 0 ? 0 : 1);
