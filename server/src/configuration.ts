import { dirname, join, relative, resolve, sep } from 'node:path';
import { type PresetName, ReplylintInputError, type RuleSetting, type RulesConfig, resolveRules } from 'replylint';
import { ConfigLoader, configNames, type ResolvedConfig } from 'replylint/node';
import type { Settings } from './settings.js';

/** What the library is asked to lint a document with: configuration files and client settings merged. */
export interface EffectiveConfig extends ResolvedConfig {
  /** Problems to tell the user about (a broken configuration file, a bad setting); linting goes on without the bad part. */
  readonly problems: readonly string[];
}

/** The rule whose option the `minimumTurnaround` setting sets. */
const turnaroundRule = 'no-unrealistic-promise';

export function isConfigFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf(sep) + 1);
  return configNames.includes(name);
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}

function levelOf(setting: RuleSetting | undefined): string | undefined {
  return setting === undefined ? undefined : Array.isArray(setting) ? setting[0] : (setting as string);
}

/**
 * The workspace's configuration files, read through the library's `ConfigLoader` (which
 * caches folders; `invalidate` starts afresh), plus phrases the user allowed from a code
 * action that the client may not have saved to disk yet.
 */
export class WorkspaceConfiguration {
  private loader = new ConfigLoader();
  /** Configuration file path → phrases added by `replylint.allowPhrase` since the file was last read. */
  private readonly pendingAllow = new Map<string, string[]>();
  /** Bumped whenever configuration may have changed, so that cached results are known to be stale. */
  generation = 0;

  /**
   * Reads configuration afresh. Phrases added from a code action stay in force until their
   * file is reported changed (from then on the file on disk says what is allowed), because
   * the client may not have saved the edit yet.
   */
  invalidate(changed?: readonly string[]): void {
    this.loader = new ConfigLoader();
    for (const path of changed ?? []) this.pendingAllow.delete(resolve(path));
    this.generation++;
  }

  /** Makes a phrase allowed for documents under `configPath`'s folder right away. */
  allowNow(configPath: string, phrase: string): void {
    const key = resolve(configPath);
    const list = this.pendingAllow.get(key) ?? [];
    if (!list.includes(phrase)) list.push(phrase);
    this.pendingAllow.set(key, list);
    this.generation++;
  }

  /** The configuration files' settings for a document at `filePath` (which need not exist). */
  async files(filePath: string): Promise<{ config?: ResolvedConfig; error?: string }> {
    try {
      return { config: await this.loader.forFile(filePath) };
    } catch (error) {
      if (error instanceof ReplylintInputError) {
        const where = error.source ? `${error.source}: ` : '';
        return { error: `${where}${error.message}` };
      }
      throw error;
    }
  }

  /** The configuration for a document: files, then the client's settings on top. */
  async forDocument(filePath: string | undefined, settings: Settings): Promise<EffectiveConfig> {
    const problems: string[] = [];
    let base: ResolvedConfig | undefined;
    if (filePath) {
      const found = await this.files(filePath);
      if (found.error) problems.push(`${found.error} (linting without it)`);
      base = found.config;
    }
    const allow = [...(base?.allow ?? [])];
    if (filePath) {
      for (const [configPath, phrases] of this.pendingAllow) {
        if (isInside(dirname(configPath), filePath)) allow.push(...phrases);
      }
    }
    const merged = mergeSettings(base?.preset ?? 'recommended', base?.rules ?? {}, settings, problems);
    return {
      preset: merged.preset,
      rules: merged.rules,
      allow,
      reportUnusedDisableDirectives: base?.reportUnusedDisableDirectives ?? false,
      files: base?.files ?? [],
      problems,
    };
  }
}

/**
 * Client settings on top of the files' preset and rules: a preset setting replaces the
 * files' preset; a rule's severity setting replaces its level and keeps the files' options
 * for it; `minimumTurnaround` sets that option of the rule when the rule is on.
 */
export function mergeSettings(
  filePreset: PresetName,
  fileRules: RulesConfig,
  settings: Settings,
  problems: string[],
): { preset: PresetName; rules: RulesConfig } {
  const preset = settings.preset ?? filePreset;
  const rules: Record<string, RuleSetting> = { ...fileRules };
  for (const [id, level] of Object.entries(settings.rules)) {
    const current = rules[id];
    rules[id] = Array.isArray(current) && current.length > 1 && level !== 'off' ? [level, current[1]] : level;
  }
  if (settings.minimumTurnaround !== null) {
    let active: string | undefined;
    try {
      active = resolveRules(rules, preset).find((entry) => entry.rule.meta.id === turnaroundRule)?.severity;
    } catch {
      active = undefined;
    }
    if (active) {
      const current = rules[turnaroundRule];
      const options = Array.isArray(current) && current.length > 1 ? (current[1] as Record<string, unknown>) : {};
      const candidate = {
        ...rules,
        [turnaroundRule]: [levelOf(current) ?? active, { ...options, minimumTurnaround: settings.minimumTurnaround }],
      } as RulesConfig;
      try {
        resolveRules(candidate, preset);
        Object.assign(rules, candidate);
      } catch (error) {
        problems.push(`setting "replylint.minimumTurnaround": ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  try {
    resolveRules(rules, preset);
    return { preset, rules };
  } catch (error) {
    problems.push(`the rules settings cannot be used: ${error instanceof Error ? error.message : String(error)}`);
    return { preset: filePreset, rules: fileRules };
  }
}

/** Where a document without a file of its own (untitled) looks for configuration: its workspace folder. */
export function untitledPath(folder: string): string {
  return join(folder, '.replylint-untitled');
}
