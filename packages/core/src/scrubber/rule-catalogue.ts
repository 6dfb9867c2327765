import type { CodeFacts } from './code-facts.ts';
import type { ScrubRule } from './rule.ts';
import { codeSetRules } from './rules/code-set-rules.ts';
import { CLAIM_DATA_RULES } from './rules/index.ts';

/**
 * Code facts for reading the code-set rules' descriptions only: the rules are closures over
 * their facts, and listing them asks nothing of the facts.
 */
const NO_FACTS = new Proxy({} as CodeFacts, {
  get: () => {
    throw new Error('the rule catalogue does not run rules');
  },
});

/** Every built-in rule, claim-data rules first, in the order the scrubber runs them. */
export function builtInRules(): readonly ScrubRule[] {
  return [...CLAIM_DATA_RULES, ...codeSetRules(NO_FACTS)];
}

const cell = (text: string) => text.replaceAll('|', '\\|');

/** The rule catalogue as a Markdown table (docs/scrubber-rules.md). */
export function ruleCatalogueMarkdown(rules: readonly ScrubRule[]): string {
  return [
    '# Scrubber rules',
    '',
    'Every rule the scrubber runs on a claim before it is sent, generated from the rules themselves',
    '(`medbill scrub --rules`). Severity says what happens if the claim goes out as it is:',
    "**reject** — the payer's front end or the clearinghouse bounces it; **deny** — it is adjudicated",
    'and likely denied; **warn** — worth a look. Payer rules (docs/payer-rules.md) come on top.',
    '',
    '| rule | severity | category | checks | source |',
    '| ---- | -------- | -------- | ------ | ------ |',
    ...rules.map(
      (r) =>
        `| \`${r.id}\` | ${r.severity} | ${r.category} | ${cell(r.title)} | ${cell(r.source)} |`,
    ),
    '',
  ].join('\n');
}
