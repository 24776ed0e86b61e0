#!/usr/bin/env node
// Holds resources/api/openapi.yaml against the contract's codecs (CTest: api_schema_samples).
//
//   node tests/api/check-samples.mjs --spec resources/api/openapi.yaml \
//        (--samples samples.json | --generator build/tests/api/api_samples)
//
// The samples are what tests/api/api_samples.cpp prints (its header says what): encodings of
// fully populated values of every contract type, what the decoders say of altered ones, the
// enums' spellings, the route table with a request and an answer per route, and error
// answers with their statuses. Checked here:
// - every type has a component schema of the same name that takes its full value and the
//   edge samples; the schema's properties are exactly the encoding's keys, `required`
//   exactly the members whose absence the decoder refuses;
// - the schema agrees with the decoder on every probe (a member removed, null, of another
//   type, a string at and over each limit), and on edge timestamps, 64-bit and 32-bit
//   integers and Variant values, except for the divergences listed below with their reason;
// - every enum schema lists exactly the spellings, in order;
// - the paths are exactly the route table (same method, path and operationId) plus
//   GET /healthz; a changing route takes Idempotency-Key, and only those; path and query
//   parameters match; each route's request body and 200 answer validate; the error answers
//   every route can give are described;
// - every error answer validates against the response its status is described by;
// - the limits in the document are the codecs'.
// Exits 1 listing every violation, with a summary line.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import { loadSpec, SpecValidator, pointer } from './lib/openapi.mjs';

const { values: args } = parseArgs({
    options: {
        spec: { type: 'string' },
        samples: { type: 'string' },
        generator: { type: 'string' },
    },
});
if (!args.spec || !(args.samples || args.generator)) {
    console.error('usage: check-samples.mjs --spec openapi.yaml (--samples file.json | --generator exe)');
    process.exit(2);
}

const samples = JSON.parse(
    args.samples
        ? readFileSync(args.samples, 'utf8')
        : execFileSync(args.generator, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }),
);
const spec = loadSpec(args.spec);
const v = new SpecValidator(spec);
const schemas = spec.components?.schemas ?? {};

const violations = [];
let checks = 0;
function check(ok, what) {
    ++checks;
    if (!ok) violations.push(what);
    return ok;
}
function describe(errors) {
    return errors
        .slice(0, 6)
        .map((e) => `${e.path}: ${e.message}`)
        .join('; ');
}
function validates(ref, value, what) {
    const errors = v.validate(ref, value);
    return check(errors.length === 0, `${what}: ${describe(errors)}`);
}
const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

// ---- divergences between schema and decoder that are deliberate --------------------------

// Where the schema refuses what the decoder would take, or the other way round. Each entry
// must still occur (a stale one is reported too).
const allowedDivergences = [
    {
        where: 'int64',
        json: '9223372036854775808',
        why: 'a pattern cannot bound a decimal string to the 64-bit range (the decoder refuses it: range)',
    },
    {
        where: 'int64',
        json: '-9223372036854775809',
        why: 'a pattern cannot bound a decimal string to the 64-bit range (the decoder refuses it: range)',
    },
    {
        where: 'int64',
        json: 9007199254740992,
        why: 'the mapping writes an integer beyond ±(2^53 − 1) as a string; the decoder also takes the number',
    },
    {
        where: 'int64',
        json: 1e18,
        why: 'the mapping writes an integer beyond ±(2^53 − 1) as a string; the decoder also takes the number',
    },
];
const divergenceSeen = new Set();
function allowedDivergence(where, json) {
    const i = allowedDivergences.findIndex((d) => d.where === where && isDeepStrictEqual(d.json, json));
    if (i >= 0) divergenceSeen.add(i);
    return i >= 0;
}

// Properties the server adds to a codec's encoding.
const serverAdded = { Error: ['message'] };

// ---- types -------------------------------------------------------------------------------

function mutate(full, key, mutation) {
    const copy = { ...full };
    if (mutation === 'remove') delete copy[key];
    else if (mutation === 'null') copy[key] = null;
    else if (mutation === 'true') copy[key] = true;
    else if (mutation === '[]') copy[key] = [];
    else if (mutation === '1.5') copy[key] = 1.5;
    else if (mutation.startsWith('string:')) copy[key] = 'x'.repeat(Number(mutation.slice(7)));
    else throw new Error(`unknown mutation ${mutation}`);
    return copy;
}

// A member whose schema is a Timestamp: the store always sets it (a NOT NULL column, or set
// by the service), so the description refuses null where the decoder reads null as "not
// set". resources/api/openapi.yaml: NullableTimestamp marks the members that may be null.
function isAlwaysSetTime(schema, key) {
    return schema.properties?.[key]?.$ref === '#/components/schemas/Timestamp';
}

let probeCount = 0;
for (const [type, entry] of Object.entries(samples.types)) {
    const schema = schemas[type];
    if (!check(schema !== undefined, `type ${type}: no component schema #/components/schemas/${type}`))
        continue;
    const ref = v.schemaRef(type);
    validates(ref, entry.full, `type ${type}: its full value`);
    if (!entry.keys) continue; // a scalar (Fen)

    const properties = Object.keys(schema.properties ?? {});
    const added = serverAdded[type] ?? [];
    for (const key of entry.keys)
        check(properties.includes(key), `type ${type}: member "${key}" is not a property of the schema`);
    for (const key of properties)
        check(
            entry.keys.includes(key) || added.includes(key),
            `type ${type}: property "${key}" is no member of the codec's encoding`,
        );
    const required = entry.probes
        .filter((p) => p.mutation === 'remove' && !p.accepted)
        .map((p) => p.key);
    check(
        sameSet(required, schema.required ?? []),
        `type ${type}: required should be [${required.join(', ')}], is [${(schema.required ?? []).join(', ')}]`,
    );

    for (const probe of entry.probes) {
        ++probeCount;
        const value = mutate(entry.full, probe.key, probe.mutation);
        const errors = v.validate(ref, value);
        const schemaAccepts = errors.length === 0;
        if (schemaAccepts === probe.accepted) continue;
        if (!schemaAccepts && probe.mutation === 'null' && isAlwaysSetTime(schema, probe.key)) continue;
        check(
            false,
            `type ${type}: member "${probe.key}" set to ${probe.mutation}: the decoder ` +
                `${probe.accepted ? 'takes' : 'refuses'} it, the schema ${schemaAccepts ? 'takes' : 'refuses'} it` +
                (schemaAccepts ? '' : ` (${describe(errors)})`),
        );
    }
}
for (const [name, schema] of Object.entries(schemas)) {
    // Every object schema named like a struct is one the codecs know (or the API's own).
    if (schema.type === 'object' && schema.properties && /^[A-Z]/.test(name))
        check(
            name in samples.types ||
                ['ErrorBody', 'HealthOk', 'HealthUnavailable', 'VariantInt64', 'VariantTime'].includes(name),
            `schema ${name}: no contract type of that name has a codec`,
        );
}

for (const [type, list] of Object.entries(samples.samples)) {
    if (!check(schemas[type] !== undefined, `samples of ${type}: no component schema`)) continue;
    list.forEach((value, i) => validates(v.schemaRef(type), value, `type ${type}: edge sample ${i}`));
}

// ---- enums -------------------------------------------------------------------------------

for (const [name, spellings] of Object.entries(samples.enums)) {
    const schema = schemas[name];
    if (!check(schema !== undefined, `enum ${name}: no component schema`)) continue;
    check(
        schema.type === 'string' && isDeepStrictEqual(schema.enum, spellings),
        `enum ${name}: should be [${spellings.join(', ')}], is [${(schema.enum ?? []).join(', ')}]`,
    );
}

// ---- scalar values -----------------------------------------------------------------------

const valueSchemas = {
    timestamp: 'NullableTimestamp',
    int64: 'Int64',
    int32: 'Int32',
    variant: 'Variant',
};
for (const [where, probes] of Object.entries(samples.values)) {
    const ref = v.schemaRef(valueSchemas[where]);
    for (const { json, accepted } of probes) {
        ++probeCount;
        const schemaAccepts = v.validate(ref, json).length === 0;
        if (schemaAccepts === accepted || allowedDivergence(where, json)) continue;
        const shown = typeof json === 'string' && json.length > 40 ? `a string of ${json.length}` : JSON.stringify(json);
        check(
            false,
            `${valueSchemas[where]}: ${shown}: the decoder ${accepted ? 'takes' : 'refuses'} it, the schema ` +
                `${schemaAccepts ? 'takes' : 'refuses'} it`,
        );
    }
}
allowedDivergences.forEach((d, i) =>
    check(
        divergenceSeen.has(i),
        `allowed divergence ${d.where} ${JSON.stringify(d.json)} no longer occurs: remove it from check-samples.mjs`,
    ),
);

// ---- routes ------------------------------------------------------------------------------

const operations = v.operations();
const byKey = new Map(operations.map((op) => [`${op.method} ${op.path}`, op]));
const routeKeys = new Set(samples.routes.map((r) => `${r.method} ${r.path}`));
for (const op of operations) {
    const key = `${op.method} ${op.path}`;
    if (key === 'GET /healthz') {
        check(
            Array.isArray(op.operation.security) && op.operation.security.length === 0,
            'GET /healthz: must take no authentication (security: [])',
        );
        continue;
    }
    check(routeKeys.has(key), `${key}: no route of src/contract/Routes.cpp`);
}
check(byKey.has('GET /healthz'), 'GET /healthz: not described');

const isIdempotencyKey = (p) => p.in === 'header' && p.name === 'Idempotency-Key';
const errorStatuses = new Map(); // status -> the responses' pointers
for (const route of samples.routes) {
    const key = `${route.method} ${route.path}`;
    const op = byKey.get(key);
    if (!check(op !== undefined, `${key} (${route.operation}): not described`)) continue;
    const o = op.operation;
    check(o.operationId === route.operation, `${key}: operationId should be ${route.operation}, is ${o.operationId}`);
    check(o.security === undefined, `${key}: must take the document's bearer token (no own security)`);

    const parameters = v.parameters(op);
    check(
        parameters.some(isIdempotencyKey) === route.changes,
        `${key}: ${route.changes ? 'changes the store: must take' : 'changes nothing: must not take'} Idempotency-Key`,
    );
    const pathNames = [...route.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const declaredPath = parameters.filter((p) => p.in === 'path').map((p) => p.name);
    check(sameSet(pathNames, declaredPath), `${key}: path parameters should be [${pathNames}], are [${declaredPath}]`);
    const declaredQuery = parameters.filter((p) => p.in === 'query').map((p) => p.name);
    check(
        sameSet(route.query, declaredQuery),
        `${key}: query parameters should be [${route.query}], are [${declaredQuery}]`,
    );

    if (route.request !== undefined) {
        const content = o.requestBody?.content?.['application/json'];
        if (check(content !== undefined && o.requestBody.required === true, `${key}: no required JSON request body`))
            validates(
                pointer('paths', op.path, op.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'),
                route.request,
                `${key}: request body`,
            );
    } else {
        check(o.requestBody === undefined, `${key}: the call takes no body, the description has one`);
    }

    const ok = v.resolve(o.responses?.['200']);
    if (typeof route.response === 'string') {
        check(ok?.content?.[route.response] !== undefined, `${key}: 200 should be ${route.response}`);
    } else if (check(ok?.content?.['application/json'] !== undefined, `${key}: no JSON 200 answer`)) {
        const base = o.responses['200'].$ref
            ? o.responses['200'].$ref
            : pointer('paths', op.path, op.method.toLowerCase(), 'responses', '200');
        validates(base + pointer('content', 'application/json', 'schema').slice(1), route.response, `${key}: 200 answer`);
    }

    const statuses = Object.keys(o.responses ?? {});
    const expected = ['400', '401', '404', '500', '503'];
    if (route.changes) expected.push('403', '409');
    if (route.method === 'POST' || route.method === 'PUT') expected.push('413', '415');
    for (const status of expected) check(statuses.includes(status), `${key}: the ${status} answer is not described`);
    for (const status of statuses) {
        if (status === '200') continue;
        const response = o.responses[status];
        check(
            typeof response.$ref === 'string' && response.$ref.startsWith('#/components/responses/'),
            `${key}: the ${status} answer should be a component of #/components/responses`,
        );
        if (!errorStatuses.has(status)) errorStatuses.set(status, new Set());
        errorStatuses.get(status).add(response.$ref);
    }
}
for (const [status, refs] of errorStatuses)
    check(refs.size === 1, `status ${status}: described by several responses (${[...refs].join(', ')})`);

// ---- errors ------------------------------------------------------------------------------

function errorResponseRef(status) {
    if (status === 405) return '#/components/responses/MethodNotAllowed';
    const refs = errorStatuses.get(String(status));
    return refs ? [...refs][0] : undefined;
}
const jsonSchemaOf = (responseRef) => responseRef + pointer('content', 'application/json', 'schema').slice(1);
for (const { status, body } of samples.errors) {
    const what = `error ${body.error.code} ${body.error.reason} (${status})`;
    const ref = errorResponseRef(status);
    if (!check(ref !== undefined, `${what}: no route describes the status ${status}`)) continue;
    validates(jsonSchemaOf(ref), body, what);
    // The rules' two statuses split by reason: each body fits only its own.
    for (const other of [409, 422].filter((s) => s !== status)) {
        const otherRef = errorResponseRef(other);
        if (otherRef)
            check(v.validate(jsonSchemaOf(otherRef), body).length > 0, `${what}: also fits the ${other} answer`);
    }
}

// ---- limits ------------------------------------------------------------------------------

const { limits } = samples;
const idempotencyKey = spec.components.parameters.IdempotencyKey.schema;
check(
    idempotencyKey.maxLength === limits.maxIdempotencyKeyLength,
    `Idempotency-Key: maxLength should be ${limits.maxIdempotencyKeyLength}`,
);
check(schemas.Int64.oneOf[0].maximum === limits.maxSafeInteger, `Int64: maximum should be ${limits.maxSafeInteger}`);
check(schemas.Int64.oneOf[0].minimum === -limits.maxSafeInteger, `Int64: minimum should be ${-limits.maxSafeInteger}`);
(function walk(node, where) {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (!node || typeof node !== 'object') return;
    if ('maxLength' in node && where.includes('/schemas/'))
        check([limits.short, limits.text].includes(node.maxLength), `${where}: maxLength ${node.maxLength} is no codec limit`);
    for (const k of ['maxItems', 'maxProperties'])
        if (k in node) check(node[k] === limits.list, `${where}: ${k} should be ${limits.list}`);
    for (const [k, child] of Object.entries(node)) walk(child, `${where}/${k}`);
})(spec.components.schemas, '#/components/schemas');

// ---- summary -----------------------------------------------------------------------------

for (const violation of violations) console.log(`VIOLATION ${violation}`);
console.log(
    `api schema samples: ${Object.keys(samples.types).length} types, ${Object.keys(samples.enums).length} enums, ` +
        `${samples.routes.length} routes, ${samples.errors.length} errors, ${probeCount} probes; ` +
        `${checks - violations.length} passed, ${violations.length} failed`,
);
process.exit(violations.length === 0 ? 0 : 1);
