import { type PresetName, type RuleSetting, type RulesConfig, resolveRules } from 'replylint';
import type { Settings } from 'replylint-language-server';

/** The rule whose option the `minimumTurnaround` setting sets. */
const turnaroundRule = 'no-unrealistic-promise';

function levelOf(setting: RuleSetting | undefined): string | undefined {
  return setting === undefined ? undefined : Array.isArray(setting) ? setting[0] : (setting as string);
}

/**
 * Client settings on top of the configuration files' preset and rules, as the language
 * server merges them for an open document (server/src/configuration.ts, which does not
 * export it): a preset setting replaces the files' preset; a rule's severity setting
 * replaces its level and keeps the files' options; `minimumTurnaround` sets that option of
 * `no-unrealistic-promise` when the rule is on. Problems are pushed onto `problems`.
 */
export function mergeSettings(
  filePreset: PresetName,
  fileRules: RulesConfig,
  settings: Pick<Settings, 'preset' | 'rules' | 'minimumTurnaround'>,
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
