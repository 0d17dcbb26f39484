// Validates KneeTriage's data files and documents against the JSON Schemas in data/schema/ with
// ajv, a validator independent of KneeTriage's own loader and readers.
//
//   node validate.js --data DIR [--answers FILE] [--answers-lines FILE] [--result FILE]
//                    [--batch-output FILE] [--reject-answers FILE] [--reject-result FILE]
//                    [--reject-batch-output FILE] [--run-lines FILE] [--reject-run-lines FILE]
//                    [--load-lines FILE] [--reject-load-lines FILE]
//                    [--diary FILE] [--reject-diary FILE] [--plan FILE] [--reject-plan FILE]
//                    [--check-data-files]
//
// DIR is a knowledge-base data directory (its schema/ holds the schemas). --check-data-files
// validates every JSON file in DIR/kb, DIR/content, DIR/measures and DIR/training against the schema that
// DIR/README.md's file table names for it. The other options may repeat; "-lines" and
// "batch-output" files are JSON Lines, checked line by line (a batch output line is a result, or
// an error line in place of one). A --reject-* file must fail its schema: it guards against a
// schema that accepts too much. Exit status 0 when everything is as expected, 1 otherwise.
'use strict';
const fs = require('fs');
const path = require('path');

let Ajv2020;
try {
  Ajv2020 = require('ajv/dist/2020');
} catch {
  console.error('validate.js: ajv is not installed; run (cd tests/schema && npm ci --no-audit --no-fund)');
  process.exit(1);
}

// Data files with no schema, each with the reason. A new data file must be given a schema in
// README's table or be listed here, so that nothing goes unchecked by accident.
const kNoSchema = {
  'content/rejected_sources.json': 'a list of refused source addresses, read only by a test',
  'measures/koos12.json': 'outcome measures have no schema yet; `kneetriage-cli validate` checks them',
  'measures/kujala.json': 'outcome measures have no schema yet; `kneetriage-cli validate` checks them',
  'measures/nrs.json': 'outcome measures have no schema yet; `kneetriage-cli validate` checks them',
  'measures/visa_p.json': 'outcome measures have no schema yet; `kneetriage-cli validate` checks them',
};
const kDataFolders = ['kb', 'content', 'measures', 'training'];
const kErrorFormat = 'kneetriage.error/1';

function parseArguments(argv) {
  const options = { data: null, checkDataFiles: false, documents: [] };
  const kinds = {
    '--answers': { schema: 'answers', lines: false, valid: true },
    '--answers-lines': { schema: 'answers', lines: true, valid: true },
    '--result': { schema: 'result', lines: false, valid: true },
    '--batch-output': { schema: 'batch', lines: true, valid: true },
    '--reject-answers': { schema: 'answers', lines: false, valid: false },
    '--reject-result': { schema: 'result', lines: false, valid: false },
    '--reject-batch-output': { schema: 'batch', lines: true, valid: false },
    '--run-lines': { schema: 'run', lines: true, valid: true },
    '--reject-run-lines': { schema: 'run', lines: true, valid: false },
    '--load-lines': { schema: 'load', lines: true, valid: true },
    '--reject-load-lines': { schema: 'load', lines: true, valid: false },
    '--diary': { schema: 'diary', lines: false, valid: true },
    '--reject-diary': { schema: 'diary', lines: false, valid: false },
    '--plan': { schema: 'plan', lines: false, valid: true },
    '--reject-plan': { schema: 'plan', lines: false, valid: false },
  };
  for (let i = 0; i < argv.length; ++i) {
    const option = argv[i];
    if (option === '--check-data-files') {
      options.checkDataFiles = true;
    } else if ((option === '--data' || option in kinds) && i + 1 < argv.length) {
      const value = argv[++i];
      if (option === '--data') {
        options.data = value;
      } else {
        options.documents.push({ file: value, ...kinds[option] });
      }
    } else {
      throw new Error(`unexpected argument '${option}'; see the usage at the top of validate.js`);
    }
  }
  if (options.data === null) throw new Error('--data DIR is required');
  return options;
}

function loadSchemas(schemaDirectory) {
  // strictTypes would flag style (minItems beside a $ref to an array), not an invalid schema;
  // strictSchema, on by default, still refuses unknown keywords.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  for (const name of fs.readdirSync(schemaDirectory).filter((n) => n.endsWith('.schema.json')).sort()) {
    // The schemas have no $id and refer to each other by file name, as an editor resolves them.
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(schemaDirectory, name), 'utf8')), name);
  }
  return ajv;
}

// The "file -> schema" rows of README's table, such as | `kb/kb.json` | ... | `kb.schema.json` |.
function schemaTable(readme) {
  const table = new Map();
  for (const line of fs.readFileSync(readme, 'utf8').split('\n')) {
    const row = line.match(/^\| `([^`]+\.json)` \|.*\| `([^`]+\.schema\.json)` \|$/);
    if (row) table.set(row[1], row[2]);
  }
  return table;
}

function describe(error) {
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  const { params } = error;
  const detail = params.additionalProperty ?? params.allowedValues ?? params.allowedValue ??
    params.missingProperty;
  return `at ${where}: ${error.message}${detail === undefined ? '' : ` (${JSON.stringify(detail)})`}`;
}

// The failures of one document, as lines ready to print.
function check(ajv, schemaName, document, place) {
  const validate = ajv.getSchema(schemaName);
  if (!validate) return [`${place}: no schema ${schemaName}`];
  return validate(document) ? [] : validate.errors.map((error) => `${place}: ${describe(error)}`);
}

function checkDataFiles(ajv, dataDirectory) {
  const table = schemaTable(path.join(dataDirectory, 'README.md'));
  const failures = [];
  for (const folder of kDataFolders) {
    const names = fs.readdirSync(path.join(dataDirectory, folder)).filter((n) => n.endsWith('.json')).sort();
    for (const name of names) {
      const relative = `${folder}/${name}`;
      const file = path.join(dataDirectory, relative);
      if (relative in kNoSchema) {
        console.log(`${file}: skipped, no schema: ${kNoSchema[relative]}`);
        continue;
      }
      const schemaName = table.get(relative);
      if (!schemaName) {
        failures.push(`${file}: no schema named in README.md's file table, and not listed as having none`);
        continue;
      }
      const document = JSON.parse(fs.readFileSync(file, 'utf8'));
      const found = check(ajv, schemaName, document, file);
      // An editor follows the file's own "$schema", so it must name the same schema as the table.
      if (document.$schema !== undefined && path.basename(document.$schema) !== schemaName) {
        found.push(`${file}: at /$schema: names ${document.$schema}, but README.md's table gives ${schemaName}`);
      }
      console.log(`${file}: ${found.length === 0 ? 'valid' : 'INVALID'} against ${schemaName}`);
      failures.push(...found);
    }
  }
  return failures;
}

const kSchemaFiles = {
  answers: 'answers.schema.json', result: 'result.schema.json', run: 'run.schema.json',
  load: 'load.schema.json', diary: 'diary.schema.json', plan: 'plan.schema.json',
};

function schemaFor(kind, document) {
  if (kind !== 'batch') return kSchemaFiles[kind];
  return document !== null && document.format === kErrorFormat ? 'error.schema.json' : 'result.schema.json';
}

// Every failure of `entry`'s documents, or, for a --reject-* entry, a failure when none fails.
function checkDocuments(ajv, entry) {
  const text = fs.readFileSync(entry.file, 'utf8');
  const documents = entry.lines
    ? text.split('\n').map((line, i) => [line, `${entry.file}:${i + 1}`]).filter(([line]) => line !== '')
    : [[text, entry.file]];
  const unreadable = documents.length === 0 ? [`${entry.file}: holds no document`] : [];
  const failures = [];
  for (const [source, place] of documents) {
    let document;
    try {
      document = JSON.parse(source);
    } catch (error) {
      unreadable.push(`${place}: not JSON: ${error.message}`);
      continue;
    }
    failures.push(...check(ajv, schemaFor(entry.schema, document), document, place));
  }
  const what = `${documents.length} ${entry.schema} document(s)`;
  if (!entry.valid) {
    // Only the schema may reject it: a file that cannot be read proves nothing.
    const rejected = failures.length > 0;
    console.log(`${entry.file}: ${rejected ? 'rejected, as it must be' : 'ACCEPTED, but must be rejected'}: ${what}` +
      (rejected ? ` (${failures[0]})` : ''));
    return rejected ? unreadable : [...unreadable, `${entry.file}: expected the schema to reject it, but it is valid`];
  }
  console.log(`${entry.file}: ${failures.length + unreadable.length === 0 ? 'valid' : 'INVALID'}: ${what}`);
  return [...unreadable, ...failures];
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  const ajv = loadSchemas(path.join(options.data, 'schema'));
  const failures = options.checkDataFiles ? checkDataFiles(ajv, options.data) : [];
  for (const entry of options.documents) {
    failures.push(...checkDocuments(ajv, entry));
  }
  for (const failure of failures) console.error(failure);
  console.log(failures.length === 0 ? 'all as expected' : `${failures.length} failure(s)`);
  return failures.length === 0 ? 0 : 1;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`validate.js: ${error.message}`);
  process.exitCode = 1;
}
