import { rules } from '@replylint/rules';

/** The configuration file's shape, as written: what `.replylintrc.*` and `package.json#replylint` hold. */
export interface ConfigFile {
  readonly $schema?: string;
  /** Stop looking for configuration in parent folders. */
  readonly root?: boolean;
  /** The preset to start from: `recommended` (default) or `strict`. */
  readonly extends?: string | readonly string[];
  readonly rules?: Readonly<Record<string, unknown>>;
  /** Phrases your team allows; findings on them are dropped. */
  readonly allow?: readonly string[];
  /** Report `replylint-disable` comments that silenced nothing. */
  readonly reportUnusedDisableDirectives?: boolean;
  /** Settings for some files only, by glob relative to the configuration file. */
  readonly overrides?: readonly {
    readonly files: string | readonly string[];
    readonly excludedFiles?: string | readonly string[];
    readonly rules?: Readonly<Record<string, unknown>>;
    readonly allow?: readonly string[];
  }[];
}

export const presetNames = ['recommended', 'strict'] as const;
const extendsValues = [...presetNames, ...presetNames.map((name) => `replylint:${name}`)];
const levels = ['off', 'info', 'warning', 'error'];

function ruleSetting(id: string): Record<string, unknown> {
  const rule = rules[id];
  const level = { enum: levels, description: 'off, info, warning or error' };
  const options = rule?.optionsSchema ?? { type: 'object', maxProperties: 0, description: 'This rule takes no options.' };
  return {
    description: `${rule?.meta.summary ?? ''} ${rule?.meta.url ?? ''}`.trim(),
    oneOf: [
      level,
      { type: 'array', items: [level], additionalItems: false, minItems: 1 },
      { type: 'array', items: [level, options], additionalItems: false, minItems: 2 },
    ],
  };
}

/** JSON Schema (draft-07, which every editor reads) of the configuration, built from the rules so that it cannot drift from them. */
export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(Object.keys(rules).map((id) => [id, ruleSetting(id)]));
  const rulesSchema = {
    type: 'object',
    description: 'Per-rule severity (off, info, warning, error), or [severity, options].',
    properties: ruleProperties,
    additionalProperties: false,
  };
  const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
  const globs = { anyOf: [{ type: 'string', minLength: 1 }, stringList] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/replylint/replylint/blob/main/packages/replylint/schema/replylintrc.schema.json',
    title: 'replylint configuration',
    description: 'Configuration for replylint, the linter for customer-service replies. Data only: nothing in it is executed.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.' },
      extends: {
        description: 'The preset to start from: "recommended" (the default) or "strict" (every rule).',
        anyOf: [{ enum: extendsValues }, { type: 'array', items: { enum: extendsValues } }],
      },
      rules: rulesSchema,
      allow: { ...stringList, description: 'Phrases your team allows; findings on them are dropped (case does not matter).' },
      reportUnusedDisableDirectives: { type: 'boolean', description: 'Report replylint-disable comments that silenced nothing.' },
      overrides: {
        type: 'array',
        description: 'Settings for some files only; globs are relative to this file.',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: { files: globs, excludedFiles: globs, rules: rulesSchema, allow: stringList },
        },
      },
    },
  };
}
