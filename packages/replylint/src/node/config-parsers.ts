import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { configSchema } from '../config/schema.js';

/**
 * What reading a configuration file needs beyond JSON: a YAML parser and the schema
 * validator. Kept in a module of their own so that a run without configuration files
 * never loads them; imported statically here because a bundle only exposes a CommonJS
 * package's exports by name to static imports.
 */
export function parseYaml(text: string): unknown {
  return parse(text, { maxAliasCount: 10 });
}

export function schemaValidator(): ValidateFunction {
  return new Ajv({ allErrors: true, strict: false }).compile(configSchema());
}
