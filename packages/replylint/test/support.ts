import { type RulesConfig, rules } from 'replylint';

/**
 * The four core rules only. Tests of reading, mapping and controls use them so that a new
 * rule in the default preset does not change what those tests are about; each rule's own
 * behaviour is specified by its tests in rules/test and measured on the corpus.
 */
const core = new Set(['no-flat-no', 'no-blame-deflection', 'customer-name', 'no-unrealistic-promise']);

export const coreRules: RulesConfig = Object.fromEntries(
  Object.keys(rules)
    .filter((id) => !core.has(id))
    .map((id) => [id, 'off']),
);
