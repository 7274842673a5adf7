/**
 * replylint: a linter for customer-service replies. This entry is browser-safe (no
 * Node.js built-ins); file and CLI helpers live in `replylint/node`.
 */
export { lint, lintSync, type LintOptions } from './lint.js';
export { default as replylint, default, type ReplylintOptions } from './engine/preset.js';
export {
  type PresetName,
  type ResolvedRule,
  type RuleLevel,
  type RuleSetting,
  type RulesConfig,
  resolveRules,
  ruleIds,
} from './config/rules-config.js';
export { ReplylintInputError } from './errors.js';
export { readReply, type ReplyHints, type ReplyStructure } from './structure/index.js';
export type { Finding, Fix, Format, LintResult, ReplyRef, Severity, Suggestion } from './types.js';
export { rules } from '@replylint/rules';
