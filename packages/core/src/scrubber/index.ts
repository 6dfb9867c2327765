export * from './issue.ts';
export * from './rule.ts';
export * from './scrub-claim.ts';
export * from './scrub.ts';
export { CLAIM_DATA_RULES } from './rules/index.ts';
export * from './payer-rules/index.ts';
export * from './code-facts.ts';
export { codeSetRules } from './rules/code-set-rules.ts';
export { builtInRules, ruleCatalogueMarkdown } from './rule-catalogue.ts';
