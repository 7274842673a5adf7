import acknowledgeFeelings from './acknowledge-feelings/index.js';
import apologizeForMistakes from './apologize-for-mistakes/index.js';
import customerName from './customer-name/index.js';
import explainQuestions from './explain-questions/index.js';
import type { Rule } from './kit/rule.js';
import noBlameDeflection from './no-blame-deflection/index.js';
import noCondescension from './no-condescension/index.js';
import noFlatNo from './no-flat-no/index.js';
import noShouting from './no-shouting/index.js';
import noUnrealisticPromise from './no-unrealistic-promise/index.js';
import stateNextStep from './state-next-step/index.js';

export type { CustomerNameOptions } from './customer-name/index.js';
export { isNameField, placeholderFor, platformPlaceholders } from './customer-name/placeholders.js';
export type { NoShoutingOptions } from './no-shouting/index.js';
export type { NoUnrealisticPromiseOptions } from './no-unrealistic-promise/index.js';
export {
  acknowledgeFeelings,
  apologizeForMistakes,
  customerName,
  explainQuestions,
  noBlameDeflection,
  noCondescension,
  noFlatNo,
  noShouting,
  noUnrealisticPromise,
  stateNextStep,
};

/** Every rule, by id. A rule's id is also the name of its folder and of its page. */
export const rules: Readonly<Record<string, Rule>> = Object.freeze({
  [noFlatNo.meta.id]: noFlatNo,
  [noBlameDeflection.meta.id]: noBlameDeflection,
  [customerName.meta.id]: customerName,
  [noUnrealisticPromise.meta.id]: noUnrealisticPromise,
  [acknowledgeFeelings.meta.id]: acknowledgeFeelings,
  [apologizeForMistakes.meta.id]: apologizeForMistakes,
  [noCondescension.meta.id]: noCondescension,
  [noShouting.meta.id]: noShouting,
  [stateNextStep.meta.id]: stateNextStep,
  [explainQuestions.meta.id]: explainQuestions,
});

export type RuleId = keyof typeof rules;
