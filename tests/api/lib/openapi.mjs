// Loading resources/api/openapi.yaml and validating JSON values against its schemas
// (OpenAPI 3.1: the schemas are JSON Schema 2020-12, checked with Ajv and ajv-formats).
// Shared by check-samples.mjs and validate-responses.mjs.

import { readFileSync } from 'node:fs';

let deps;
try {
    deps = {
        Ajv2020: (await import('ajv/dist/2020.js')).default,
        addFormats: (await import('ajv-formats')).default,
        YAML: await import('yaml'),
    };
} catch (error) {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
        console.error(
            'error: the Node packages of tests/api are not installed: run ' +
                '`npm ci --prefix tests/api` (`.ci/dev test` does it)',
        );
        process.exit(2);
    }
    throw error;
}

const SpecId = 'urn:onboarding-console:openapi';

export const Methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function loadSpec(path) {
    const spec = deps.YAML.parse(readFileSync(path, 'utf8'));
    if (!spec || typeof spec.openapi !== 'string' || !spec.openapi.startsWith('3.1'))
        throw new Error(`${path}: not an OpenAPI 3.1 document`);
    return spec;
}

// "~" and "/" escaped (RFC 6901), then percent-encoded for a URI fragment.
export function pointer(...segments) {
    return (
        '#' +
        segments
            .map((s) => '/' + encodeURIComponent(String(s).replaceAll('~', '~0').replaceAll('/', '~1')))
            .join('')
    );
}

// "/value/order/0/amount" (Ajv's instancePath) -> "$.value.order[0].amount".
export function jsonPath(instancePath) {
    let path = '$';
    for (const raw of instancePath.split('/').slice(1)) {
        const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        path += /^[0-9]+$/.test(segment)
            ? `[${segment}]`
            : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)
              ? `.${segment}`
              : `[${JSON.stringify(segment)}]`;
    }
    return path;
}

export class SpecValidator {
    constructor(spec) {
        this.spec = spec;
        this.ajv = new deps.Ajv2020({
            allErrors: true,
            strict: true,
            strictTypes: false, // `properties` beside `allOf` without `type` is fine here
            strictRequired: false, // `required` in an allOf part names a sibling's property
            strictTuples: false,
        });
        deps.addFormats(this.ajv);
        // The document itself is added as one schema (so that "#/components/..." resolves):
        // its OpenAPI members, and OpenAPI's own schema keywords, are annotations to Ajv.
        this.ajv.addVocabulary([
            'openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components',
            'security', 'tags', 'externalDocs', 'discriminator', 'xml', 'example',
        ]);
        this.ajv.addSchema({ ...spec, $id: SpecId });
        this.compiled = new Map();
    }

    // The object at a "#/..." pointer of the document.
    at(ref) {
        let node = this.spec;
        for (const raw of ref.replace(/^#\/?/, '').split('/').filter((s) => s !== '')) {
            const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
            node = node?.[key];
        }
        return node;
    }

    // Follows `$ref`s of components (responses, parameters, ...) to the object.
    resolve(node) {
        let seen = 0;
        while (node && typeof node.$ref === 'string' && seen++ < 32) node = this.at(node.$ref);
        return node;
    }

    // Validates `value` against the schema at `ref` (a "#/..." pointer); returns
    // [{path, message}], empty when valid.
    validate(ref, value) {
        let check = this.compiled.get(ref);
        if (!check) {
            check = this.ajv.compile({ $ref: SpecId + ref });
            this.compiled.set(ref, check);
        }
        if (check(value)) return [];
        return (check.errors ?? []).map((e) => ({
            path: jsonPath(e.instancePath),
            message: `${e.message}${describeParams(e)} (schema ${e.schemaPath.replace(SpecId, "")})`,
        }));
    }

    schemaRef(name) {
        return pointer('components', 'schemas', name);
    }

    // Every operation: {method (upper case), path, operation, pointer}.
    operations() {
        const list = [];
        for (const [path, item] of Object.entries(this.spec.paths ?? {})) {
            for (const method of Methods) {
                if (item[method])
                    list.push({
                        method: method.toUpperCase(),
                        path,
                        operation: item[method],
                        pathItem: item,
                        pointer: pointer('paths', path, method),
                    });
            }
        }
        return list;
    }

    // The operation's parameters (path item's and its own), resolved.
    parameters(op) {
        return [...(op.pathItem.parameters ?? []), ...(op.operation.parameters ?? [])].map((p) =>
            this.resolve(p),
        );
    }
}

function describeParams(error) {
    const p = error.params ?? {};
    if (p.allowedValues) return `: ${JSON.stringify(p.allowedValues)}`;
    if (p.allowedValue !== undefined) return `: ${JSON.stringify(p.allowedValue)}`;
    if (p.additionalProperty) return `: ${p.additionalProperty}`;
    if (p.missingProperty) return '';
    return '';
}

// Splits "/v1/a/{b}" into segments; a template segment {x} matches any non-empty one.
export function matchesTemplate(template, path) {
    const t = template.split('/');
    const p = path.split('?')[0].split('/');
    if (t.length !== p.length) return false;
    return t.every((seg, i) => (/^\{[^}]+\}$/.test(seg) ? p[i] !== '' : seg === p[i]));
}
