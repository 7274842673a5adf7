import { readFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import picomatch from 'picomatch';
import { type PresetName, type RulesConfig, resolveRules } from '../config/rules-config.js';
import type { ConfigFile } from '../config/schema.js';
import { ReplylintInputError } from '../errors.js';

/** The settings that apply to one file, after every configuration file has had its say. */
export interface ResolvedConfig {
  readonly preset: PresetName;
  readonly rules: RulesConfig;
  readonly allow: readonly string[];
  readonly reportUnusedDisableDirectives: boolean;
  /** The configuration files that applied, farthest first. */
  readonly files: readonly string[];
}

/** Where configuration is looked for in each folder, in order: the first found is the folder's. */
export const configNames = ['.replylintrc.json', '.replylintrc.yaml', '.replylintrc.yml', '.replylintrc', 'package.json'];

interface LoadedFile {
  readonly path: string;
  readonly config: ConfigFile;
}

let validator: ValidateFunction | undefined;

/** Checks a configuration against the schema; the validator is built when a file is first found. */
async function validate(config: unknown): Promise<readonly ErrorObject[]> {
  validator ??= (await import('./config-parsers.js')).schemaValidator();
  return validator(config) ? [] : (validator.errors ?? []);
}

/** "rules.no-flat-no" from "/rules/no-flat-no". */
function keyOf(error: ErrorObject): string {
  const path = error.instancePath
    .replace(/^\//, '')
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties')
    path.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return path.join('.') || '(top level)';
}

function expectation(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return 'is not a setting replylint knows';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'type':
      return `must be ${(error.params as { type: string }).type === 'array' ? 'a list' : `a ${(error.params as { type: string }).type}`}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/** The clearest of Ajv's errors for a value: the deepest one, preferring "not allowed" and "one of". */
function describe(errors: readonly ErrorObject[], config: unknown): string {
  const best = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length || rank(a) - rank(b))[0] as ErrorObject;
  const value = best.instancePath
    .split('/')
    .filter(Boolean)
    .reduce<unknown>(
      (at, part) => (at && typeof at === 'object' ? (at as Record<string, unknown>)[part.replace(/~1/g, '/')] : undefined),
      config,
    );
  const got = best.keyword === 'additionalProperties' ? '' : ` (got ${JSON.stringify(value)})`;
  return `"${keyOf(best)}" ${expectation(best)}${got}`;
}

function rank(error: ErrorObject): number {
  return ['additionalProperties', 'enum', 'type'].includes(error.keyword) ? 0 : 1;
}

async function readConfigFile(path: string): Promise<LoadedFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ReplylintInputError(`cannot read this configuration file: ${reason}`, path);
  }
  const name = basename(path);
  let data: unknown;
  try {
    data = name.endsWith('.json') ? JSON.parse(text) : (await import('./config-parsers.js')).parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
    throw new ReplylintInputError(`is not valid ${name.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`, path);
  }
  if (name === 'package.json') {
    const section = data && typeof data === 'object' ? (data as Record<string, unknown>).replylint : undefined;
    if (section === undefined) return undefined;
    data = section;
  }
  if (data === null || data === undefined) data = {};
  const errors = await validate(data);
  if (errors.length > 0) throw new ReplylintInputError(describe(errors, data), path);
  return { path, config: data as ConfigFile };
}

function asList(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}

function presetOf(config: ConfigFile): PresetName | undefined {
  const last = asList(config.extends).at(-1);
  return last === undefined ? undefined : (last.replace(/^replylint:/, '') as PresetName);
}

export interface ConfigLoaderOptions {
  /** `--config`: applied after every file found, so it has the last word. */
  readonly explicit?: string | undefined;
  /** Look for configuration files from each linted file's folder upward (default true). */
  readonly lookup?: boolean;
}

/**
 * Finds and merges the configuration for each linted file: from its folder upward (the
 * nearest file wins, a `root: true` file stops the search), then `--config`. Folders are
 * read once.
 */
export class ConfigLoader {
  private readonly folders = new Map<string, Promise<LoadedFile | undefined>>();
  private readonly explicit: Promise<LoadedFile | undefined>;
  private readonly lookup: boolean;

  constructor(options: ConfigLoaderOptions = {}) {
    this.lookup = options.lookup ?? true;
    this.explicit = options.explicit
      ? readConfigFile(resolve(options.explicit)).then((found) => {
          if (!found)
            throw new ReplylintInputError('no such configuration file (or no "replylint" section in it)', options.explicit);
          return found;
        })
      : Promise.resolve(undefined);
    // Reported when a file asks for it; not an unhandled rejection in the meantime.
    this.explicit.catch(() => undefined);
  }

  private folder(path: string): Promise<LoadedFile | undefined> {
    let found = this.folders.get(path);
    if (!found) {
      found = (async () => {
        for (const name of configNames) {
          const file = await readConfigFile(join(path, name));
          if (file) return file;
        }
        return undefined;
      })();
      this.folders.set(path, found);
    }
    return found;
  }

  /** The configuration files that apply to a file, farthest first. */
  async chain(filePath: string): Promise<LoadedFile[]> {
    const chain: LoadedFile[] = [];
    if (this.lookup) {
      for (let folder = dirname(resolve(filePath)); ; folder = dirname(folder)) {
        const file = await this.folder(folder);
        if (file) {
          chain.unshift(file);
          if (file.config.root) break;
        }
        if (dirname(folder) === folder) break;
      }
    }
    const explicit = await this.explicit;
    if (explicit) chain.push(explicit);
    return chain;
  }

  async forFile(filePath: string): Promise<ResolvedConfig> {
    const chain = await this.chain(filePath);
    let preset: PresetName = 'recommended';
    let rules: Record<string, unknown> = {};
    let allow: string[] = [];
    let reportUnused = false;
    for (const { path, config } of chain) {
      preset = presetOf(config) ?? preset;
      rules = { ...rules, ...(config.rules ?? {}) };
      allow = [...allow, ...(config.allow ?? [])];
      reportUnused = config.reportUnusedDisableDirectives ?? reportUnused;
      const where = relative(dirname(path), resolve(filePath));
      for (const override of config.overrides ?? []) {
        const matches = picomatch(asList(override.files) as string[], {
          dot: true,
          matchBase: !asList(override.files).some((glob) => glob.includes('/')),
        });
        const excluded =
          asList(override.excludedFiles).length > 0
            ? picomatch(asList(override.excludedFiles) as string[], { dot: true })
            : () => false;
        if (matches(where) && !excluded(where)) {
          rules = { ...rules, ...(override.rules ?? {}) };
          allow = [...allow, ...(override.allow ?? [])];
        }
      }
      try {
        resolveRules(rules as RulesConfig, preset);
      } catch (error) {
        if (error instanceof ReplylintInputError) throw new ReplylintInputError(error.message, path);
        throw error;
      }
    }
    return {
      preset,
      rules: rules as RulesConfig,
      allow,
      reportUnusedDisableDirectives: reportUnused,
      files: chain.map((file) => file.path),
    };
  }
}
