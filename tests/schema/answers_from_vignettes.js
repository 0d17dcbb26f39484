// Writes the answers of every vignette in the files given as arguments as an answers document,
// one per line (JSON Lines), in file and vignette order: the input of `kneetriage-cli triage
// --batch`, so that output line N is the result for vignette N.
'use strict';
const fs = require('fs');

for (const file of process.argv.slice(2)) {
  for (const vignette of JSON.parse(fs.readFileSync(file, 'utf8')).vignettes) {
    process.stdout.write(`${JSON.stringify({ format: 'kneetriage.answers/1', answers: vignette.answers })}\n`);
  }
}
