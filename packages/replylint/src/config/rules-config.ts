import { rules } from '@replylint/rules';
import { OptionsError, type PresetName, type Rule, type Severity } from '@replylint/rules/kit';
import { ReplylintInputError } from '../errors.js';

export type { PresetName, Severity };
export type RuleLevel = 'off' | Severity;
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, unknown];
/** Per-rule setting: a level, or `[level, options]`. Rules not named keep their preset setting. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

export interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: Severity;
  readonly options: unknown;
}

const levels: readonly RuleLevel[] = ['off', 'info', 'warning', 'error'];

export function ruleIds(): string[] {
  return Object.keys(rules);
}

function closest(id: string): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] as number;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] as number;
        row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length] as number;
  };
  const ranked = ruleIds()
    .map((candidate) => ({ candidate, score: distance(id, candidate) }))
    .sort((a, b) => a.score - b.score);
  const best = ranked[0];
  return best && best.score <= Math.max(3, id.length / 3) ? best.candidate : undefined;
}

export function unknownRule(id: string): ReplylintInputError {
  const guess = closest(id);
  return new ReplylintInputError(
    `unknown rule "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; known rules: ${ruleIds().join(', ')}`,
  );
}

export function parseLevel(value: unknown, where: string): RuleLevel {
  if (typeof value === 'string' && (levels as readonly string[]).includes(value)) return value as RuleLevel;
  if (value === 0 || value === 1 || value === 2) return (['off', 'warning', 'error'] as const)[value];
  throw new ReplylintInputError(
    `${where}: severity must be one of ${levels.map((level) => `"${level}"`).join(', ')}, got ${JSON.stringify(value)}`,
  );
}

/**
 * The rules to run and how: the preset's rules at their default severity, overridden by
 * `config`. Throws `ReplylintInputError` for unknown rules, bad levels and bad options.
 */
export function resolveRules(config: RulesConfig = {}, preset: PresetName = 'recommended'): ResolvedRule[] {
  const chosen = new Map<string, { level: RuleLevel; options: unknown }>();
  for (const rule of Object.values(rules)) {
    if (rule.meta.presets.includes(preset)) chosen.set(rule.meta.id, { level: rule.meta.severity, options: undefined });
  }
  for (const [id, setting] of Object.entries(config)) {
    if (!rules[id]) throw unknownRule(id);
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined];
    chosen.set(id, { level: parseLevel(level, `rule "${id}"`), options });
  }
  const resolved: ResolvedRule[] = [];
  for (const [id, { level, options }] of chosen) {
    if (level === 'off') continue;
    const rule = rules[id] as Rule;
    try {
      rule.parseOptions(options);
    } catch (error) {
      if (error instanceof OptionsError) throw new ReplylintInputError(error.message);
      throw error;
    }
    resolved.push({ rule, severity: level, options });
  }
  return resolved;
}
