import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compilePayerRules, parsePayerRuleSet, todayInZone } from '@medbill/core';
import type { ScrubRule } from '@medbill/core';
import type { CodeSetCatalog, ScrubOptions } from '@medbill/server';
import type { Config } from './config.ts';

/** "Today" where this machine is, read from the real clock: the CLI is where the clock lives. */
export function localToday(): ReturnType<ScrubOptions['today']> {
  return todayInZone({ now: () => new Date() }, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * Reads every payer rule file (*.yaml, *.yml, *.json) in MEDBILL_PAYER_RULES_DIR. One bad file
 * stops the start with every problem named by file and path, rather than scrubbing with half
 * the rules.
 */
export async function loadPayerRules(dir: string | undefined): Promise<ScrubRule[]> {
  if (!dir) return [];
  const names = (await readdir(dir)).filter((name) => /\.(ya?ml|json)$/i.test(name)).sort();
  const rules: ScrubRule[] = [];
  const problems: string[] = [];
  for (const name of names) {
    const parsed = parsePayerRuleSet(name, await readFile(join(dir, name), 'utf8'));
    if (parsed.ok) rules.push(...compilePayerRules(parsed.value));
    else problems.push(...parsed.problems.map((p) => `  ${p.path}: ${p.message}`));
  }
  if (problems.length > 0)
    throw new Error(`Payer rules in ${dir} have problems:\n${problems.join('\n')}`);
  return rules;
}

/** What the scrubber needs: today, the payers' rules, and the code-set rules when code sets are loaded. */
export async function scrubOptions(
  config: Config,
  catalog?: CodeSetCatalog,
): Promise<ScrubOptions> {
  return {
    today: localToday,
    payerRules: await loadPayerRules(config.payerRulesDir),
    codeRules: () => catalog?.loaded?.scrubRules ?? [],
  };
}
