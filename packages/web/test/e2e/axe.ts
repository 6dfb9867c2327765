import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What the suite refuses: a violation axe rates serious or critical. */
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

/**
 * Runs axe-core (WCAG 2.1 A and AA, and axe's best practices) on the page as it is now and
 * returns each serious or critical violation in words, with the elements at fault.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol, so the server's Content-Security-Policy does not refuse it.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    }),
  );
  return results.violations
    .filter((v) => v.impact && BLOCKING.includes(v.impact))
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
    );
}
