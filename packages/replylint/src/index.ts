/**
 * replylint: a linter for customer-service replies. This entry is browser-safe (no
 * Node.js built-ins); file and CLI helpers live in `replylint/node`.
 */

export { rules } from '@replylint/rules';
export {
  type PresetName,
  type ResolvedRule,
  type RuleLevel,
  type RuleSetting,
  type RulesConfig,
  resolveRules,
  ruleIds,
} from './config/rules-config.js';
export { default as replylint, default, type ReplylintOptions } from './engine/preset.js';
export { clearParseCache } from './engine/stream-cache.js';
export { ReplylintInputError } from './errors.js';
export { type LintOptions, lint, lintSync } from './lint.js';
export { type ReplyHints, type ReplyStructure, readReply } from './structure/index.js';
export type { Finding, Fix, Format, LintResult, ReplyRef, Severity, Suggestion } from './types.js';
