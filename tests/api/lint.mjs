#!/usr/bin/env node
// Lints the billing API's description with Redocly CLI (CTest: api_openapi_lint), offline:
//
//   node tests/api/lint.mjs [resources/api/openapi.yaml]
//
// The rules are Redocly's `recommended-strict` (every problem an error) with the exceptions
// in redocly.yaml and .redocly.lint-ignore.yaml, each with its reason.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
if (!existsSync(cli)) {
    console.error(
        'error: the Node packages of tests/api are not installed: run ' +
            '`npm ci --prefix tests/api` (`.ci/dev test` does it)',
    );
    process.exit(2);
}
const spec = resolve(process.argv[2] ?? join(here, '..', '..', 'resources', 'api', 'openapi.yaml'));
const run = spawnSync(
    process.execPath,
    [cli, 'lint', '--config', join(here, 'redocly.yaml'), '--format', 'stylish', spec],
    {
        stdio: 'inherit',
        // No usage report and no look-up of newer versions: the lint runs offline.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
);
process.exit(run.status ?? 1);
