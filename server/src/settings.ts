import { type PresetName, type RuleLevel, rules } from 'replylint';

/**
 * The client settings, section `replylint` of `workspace/configuration`. The names are a
 * contract: the VS Code extension contributes exactly these, and server/README.md
 * documents them.
 */
export interface Settings {
  /** Lint documents at all. */
  readonly enable: boolean;
  /** Rule id → severity, on top of the configuration files. */
  readonly rules: Readonly<Record<string, RuleLevel>>;
  /** The preset to start from; `null` keeps the configuration files' choice (default `recommended`). */
  readonly preset: PresetName | null;
  /** The customer's name when the document names nobody (front matter, `To:`, thread) and no command set one. */
  readonly customerName: string;
  /** `no-unrealistic-promise`'s shortest turnaround you can promise ("24h", "4 hours", 2); `null` keeps the files' choice. */
  readonly minimumTurnaround: string | number | null;
  /** Milliseconds to wait after a keystroke before linting. */
  readonly debounceMs: number;
  /** What the server logs to the client's output: nothing, one line per lint, or also configuration details. */
  readonly trace: Trace;
}

export type Trace = 'off' | 'messages' | 'verbose';

export const defaultSettings: Settings = Object.freeze({
  enable: true,
  rules: Object.freeze({}),
  preset: null,
  customerName: '',
  minimumTurnaround: null,
  debounceMs: 200,
  trace: 'off',
});

const levels: readonly string[] = ['off', 'info', 'warning', 'error'];
const presets: readonly string[] = ['recommended', 'strict'];
const traces: readonly string[] = ['off', 'messages', 'verbose'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Settings from whatever the client sent: unknown keys are ignored, a value of the wrong
 * type falls back to its default, and each such problem is described for the user.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: defaultSettings, problems };
  if (!isRecord(raw)) {
    problems.push(`the "replylint" settings must be an object, got ${JSON.stringify(raw)}`);
    return { settings: defaultSettings, problems };
  }
  const bad = (key: string, expected: string): void => {
    problems.push(`setting "replylint.${key}" must be ${expected}, got ${JSON.stringify(raw[key])}; using the default`);
  };

  let enable = defaultSettings.enable;
  if (raw.enable !== undefined && raw.enable !== null) {
    if (typeof raw.enable === 'boolean') enable = raw.enable;
    else bad('enable', 'true or false');
  }

  const ruleLevels: Record<string, RuleLevel> = {};
  if (raw.rules !== undefined && raw.rules !== null) {
    if (!isRecord(raw.rules)) bad('rules', 'an object of rule id → severity');
    else {
      for (const [id, level] of Object.entries(raw.rules)) {
        if (!rules[id]) {
          problems.push(`setting "replylint.rules": unknown rule "${id}" (known rules: ${Object.keys(rules).join(', ')})`);
        } else if (typeof level !== 'string' || !levels.includes(level)) {
          problems.push(
            `setting "replylint.rules.${id}" must be one of ${levels.map((name) => `"${name}"`).join(', ')}, got ${JSON.stringify(level)}`,
          );
        } else {
          ruleLevels[id] = level as RuleLevel;
        }
      }
    }
  }

  let preset: PresetName | null = null;
  if (raw.preset !== undefined && raw.preset !== null && raw.preset !== '') {
    if (typeof raw.preset === 'string' && presets.includes(raw.preset)) preset = raw.preset as PresetName;
    else bad('preset', '"recommended" or "strict"');
  }

  let customerName = '';
  if (raw.customerName !== undefined && raw.customerName !== null) {
    if (typeof raw.customerName === 'string') customerName = raw.customerName.trim();
    else bad('customerName', 'a string');
  }

  let minimumTurnaround: string | number | null = null;
  const turnaround = raw.minimumTurnaround;
  if (turnaround !== undefined && turnaround !== null && turnaround !== '') {
    if ((typeof turnaround === 'number' && Number.isFinite(turnaround) && turnaround > 0) || typeof turnaround === 'string')
      minimumTurnaround = typeof turnaround === 'string' ? turnaround.trim() : turnaround;
    else bad('minimumTurnaround', 'a duration such as "24h", "4 hours" or "2 days", or a number of hours');
  }

  let debounceMs = defaultSettings.debounceMs;
  if (raw.debounceMs !== undefined && raw.debounceMs !== null) {
    if (typeof raw.debounceMs === 'number' && Number.isFinite(raw.debounceMs) && raw.debounceMs >= 0)
      debounceMs = Math.min(Math.round(raw.debounceMs), 10_000);
    else bad('debounceMs', 'a number of milliseconds (0 or more)');
  }

  let trace: Trace = defaultSettings.trace;
  if (raw.trace !== undefined && raw.trace !== null) {
    if (typeof raw.trace === 'string' && traces.includes(raw.trace)) trace = raw.trace as Trace;
    else bad('trace', '"off", "messages" or "verbose"');
  }

  return {
    settings: { enable, rules: ruleLevels, preset, customerName, minimumTurnaround, debounceMs, trace },
    problems,
  };
}
