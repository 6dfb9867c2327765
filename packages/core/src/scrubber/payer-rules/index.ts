export { compilePayerRules } from './compile-payer-rules.ts';
export { matchesCode, parsePayerRuleSet, payerRuleSetSchema } from './payer-rule-set.ts';
export type { DeclaredRule, PayerRuleSet } from './payer-rule-set.ts';
