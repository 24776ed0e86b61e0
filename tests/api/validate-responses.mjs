#!/usr/bin/env node
// Validates every answer the billing API tests recorded against resources/api/openapi.yaml
// (CTest: api_responses_valid, with -DOC_VALIDATE_API_RECORDS=ON).
//
//   node tests/api/validate-responses.mjs --spec resources/api/openapi.yaml --records DIR
//
// DIR defaults to $OC_API_RECORD_DIR. The recording format (tests/api/README.md): DIR holds
// files *.jsonl (others are ignored), each line one JSON object for one answer:
//
//   {"method": "POST",
//    "route": "/v1/organizations/{organizationId}/departments",
//    "status": 409,
//    "contentType": "application/json",
//    "body": {"error": {...}}}
//
// - method: the request's method, upper case.
// - route: the route's template exactly as in src/contract/Routes.cpp, or "/healthz"; for a
//   path that is no route's (or a route's path with another method), the literal path as
//   requested, without the query.
// - status: the answer's HTTP status.
// - contentType: the answer's Content-Type header as sent (parameters such as charset
//   allowed), or null when it had none.
// - body: the answer's body parsed as JSON; null when it is not JSON (the CSV export).
//
// Each answer is checked against the operation of its method and route: its status must be
// described, its content type one the status describes, and its JSON body valid against
// that schema. An answer that is no operation's (unknown path or method) must be 404
// (E-NOT-FOUND) for a path that is no route's and 405 (E-INVALID method) for a route's
// path with another method, with the error body. Exits 1 listing every violation (file
// and line, method, route, status, JSON path, message) after a one-line summary with the
// counts per route; also when DIR has no records at all, so that a misconfigured run
// cannot pass.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSpec, matchesTemplate, pointer, SpecValidator } from './lib/openapi.mjs';

const { values: args } = parseArgs({
    options: {
        spec: { type: 'string' },
        records: { type: 'string' },
    },
});
const recordDir = args.records ?? process.env.OC_API_RECORD_DIR;
if (!args.spec || !recordDir) {
    console.error('usage: validate-responses.mjs --spec openapi.yaml [--records DIR]  (DIR: $OC_API_RECORD_DIR)');
    process.exit(2);
}

const spec = loadSpec(args.spec);
const v = new SpecValidator(spec);
const operations = v.operations();
const byKey = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
const paths = Object.keys(spec.paths);

const violations = [];
const counts = new Map(); // "METHOD route" -> count
let records = 0;
let invalid = 0; // records with a violation

function mediaType(contentType) {
    return typeof contentType === 'string' ? contentType.split(';')[0].trim().toLowerCase() : null;
}

function validateBody(where, record, responseRef, response) {
    const type = mediaType(record.contentType);
    const content = response.content ?? {};
    const described = Object.keys(content);
    if (!described.includes(type)) {
        violations.push(`${where}: content type ${JSON.stringify(record.contentType)}, described: ${described.join(', ') || 'none'}`);
        return;
    }
    if (type !== 'application/json') return; // the CSV export: not JSON, no schema
    const schemaRef = responseRef + pointer('content', type, 'schema').slice(1);
    for (const e of v.validate(schemaRef, record.body)) violations.push(`${where} ${e.path}: ${e.message}`);
}

function check(file, lineNumber, record) {
    const before = violations.length;
    checkRecord(file, lineNumber, record);
    if (violations.length > before) ++invalid;
}

function checkRecord(file, lineNumber, record) {
    const at = `${file}:${lineNumber}`;
    const shapeProblems = [];
    if (typeof record?.method !== 'string' || !/^[A-Z]+$/.test(record.method)) shapeProblems.push('method');
    if (typeof record?.route !== 'string' || !record.route.startsWith('/')) shapeProblems.push('route');
    if (!Number.isInteger(record?.status)) shapeProblems.push('status');
    if (!(typeof record?.contentType === 'string' || record?.contentType === null)) shapeProblems.push('contentType');
    if (!record || !('body' in record)) shapeProblems.push('body');
    if (shapeProblems.length > 0) {
        violations.push(`${at}: not a record (bad or missing: ${shapeProblems.join(', ')})`);
        return;
    }
    const key = `${record.method} ${record.route}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const where = `${at} ${key} ${record.status}`;

    const op = byKey.get(key);
    if (op) {
        const response = op.operation.responses?.[String(record.status)];
        if (!response) {
            violations.push(`${where}: status ${record.status} is not described for this route`);
            return;
        }
        const responseRef = response.$ref ?? pointer('paths', op.path, op.method.toLowerCase(), 'responses', String(record.status));
        validateBody(where, record, responseRef, v.resolve(response));
        return;
    }

    // No operation: a route's path with another method (405), or no route's path (404).
    const template = paths.find((p) => p === record.route);
    const literalMatch = paths.find((p) => p !== record.route && matchesTemplate(p, record.route));
    if (literalMatch && byKey.has(`${record.method} ${literalMatch}`)) {
        violations.push(`${where}: the path is the route ${literalMatch}: record its template as "route"`);
        return;
    }
    const knownPath = template ?? literalMatch;
    const expected = knownPath ? 405 : 404;
    if (record.status !== expected) {
        violations.push(
            `${where}: ${knownPath ? `the path ${knownPath} has no ${record.method}` : 'no route has this path'}: ` +
                `must be answered ${expected}`,
        );
        return;
    }
    const responseRef = expected === 405 ? '#/components/responses/MethodNotAllowed' : '#/components/responses/NotFound';
    validateBody(where, record, responseRef, v.resolve({ $ref: responseRef }));
}

let files = [];
try {
    files = readdirSync(recordDir)
        .filter((f) => f.endsWith('.jsonl') && statSync(join(recordDir, f)).isFile())
        .sort();
} catch (error) {
    console.error(`error: cannot read the record directory ${recordDir}: ${error.message}`);
    process.exit(1);
}
for (const file of files) {
    const lines = readFileSync(join(recordDir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
        if (line.trim() === '') return;
        ++records;
        let record;
        try {
            record = JSON.parse(line);
        } catch (error) {
            violations.push(`${file}:${i + 1}: not JSON: ${error.message}`);
            ++invalid;
            return;
        }
        check(file, i + 1, record);
    });
}

const perRoute = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
for (const violation of violations) console.log(`VIOLATION ${violation}`);
if (records === 0) {
    console.log(
        `api responses: no records in ${recordDir} (${files.length} *.jsonl files): the API tests ` +
            'recorded nothing (is OC_API_RECORD_DIR set for them?)',
    );
    process.exit(1);
}
const unseen = operations.map((op) => `${op.method} ${op.path}`).filter((k) => !counts.has(k));
console.log(
    `api responses: ${records} records in ${files.length} files, ${records - invalid} valid, ` +
        `${invalid} with ${violations.length} violations; ` +
        `per route: ${perRoute}`,
);
if (unseen.length > 0) console.log(`api responses: routes without records (not a failure): ${unseen.join(', ')}`);
process.exit(violations.length === 0 ? 0 : 1);
