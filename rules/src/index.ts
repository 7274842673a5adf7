import apologizeForMistakes from './apologize-for-mistakes/index.js';
import customerName from './customer-name/index.js';
import type { Rule } from './kit/rule.js';
import noBlameDeflection from './no-blame-deflection/index.js';
import noFlatNo from './no-flat-no/index.js';
import noUnrealisticPromise from './no-unrealistic-promise/index.js';

export type { CustomerNameOptions } from './customer-name/index.js';
export { isNameField, placeholderFor, platformPlaceholders } from './customer-name/placeholders.js';
export type { NoUnrealisticPromiseOptions } from './no-unrealistic-promise/index.js';
export { apologizeForMistakes, customerName, noBlameDeflection, noFlatNo, noUnrealisticPromise };

/** Every rule, by id. A rule's id is also the name of its folder and of its page. */
export const rules: Readonly<Record<string, Rule>> = Object.freeze({
  [noFlatNo.meta.id]: noFlatNo,
  [noBlameDeflection.meta.id]: noBlameDeflection,
  [customerName.meta.id]: customerName,
  [noUnrealisticPromise.meta.id]: noUnrealisticPromise,
  [apologizeForMistakes.meta.id]: apologizeForMistakes,
});

export type RuleId = keyof typeof rules;
