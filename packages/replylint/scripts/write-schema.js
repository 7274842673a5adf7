#!/usr/bin/env node
// Writes the configuration's JSON Schema from the rules' own option schemas (`pnpm schema`).
// The test suite fails when the committed file and the rules disagree.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../dist/config/schema.js';

const target = new URL('../schema/replylintrc.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(configSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target.pathname}\n`);
