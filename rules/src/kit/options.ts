import { OptionsError } from './rule.js';

/** Options parser for a rule that takes none: anything but nothing or `{}` is a mistake. */
export function noOptions(ruleId: string): (raw: unknown) => undefined {
  return (raw) => {
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw === 'object' && !Array.isArray(raw)) {
      const [key] = Object.keys(raw);
      if (key === undefined) return undefined;
      throw new OptionsError(ruleId, key, 'absent (this rule takes no options)', (raw as Record<string, unknown>)[key]);
    }
    throw new OptionsError(ruleId, '(options)', 'an object', raw);
  };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
