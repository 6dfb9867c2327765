import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deniedClaim } from './api-setup.ts';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';
import { tabTo } from './keyboard.ts';
import { artifactsDir } from './paths.ts';

/**
 * The work after the first adjudication: a denial appealed, then corrected. It sets up its own
 * denial through the API (an 835 for a claim that went out in a batch).
 */
/**
 * Opens the work queues (Alt+5) and picks the claim's denial by keyboard (Tab to it, Enter); the
 * focus moves to the item, so the next Tab goes through its actions.
 */
export async function openDenial(page: Page, claimNumber: string): Promise<void> {
  await page.keyboard.press('Alt+5');
  await page.getByRole('heading', { name: 'Work queues' }).waitFor();
  const denial = page
    .getByRole('table', { name: 'denial items' })
    .getByRole('row')
    .filter({ hasText: claimNumber })
    .first();
  await denial.waitFor();
  await tabTo(page, denial);
  await page.keyboard.press('Enter');
  const item = page.getByRole('heading', { level: 4 }).filter({ hasText: claimNumber });
  await item.and(page.locator(':focus')).waitFor();
}

export function denialFlows(workspace: Workspace): void {
  it('a biller writes and prints an appeal letter for a denial, then corrects the claim', async () => {
    const page = await workspace.newPage('biller@demo.test');
    const claim = await deniedClaim(page, workspace.url());

    await openDenial(page, claim.claimNumber);
    const reasons = page.getByRole('list', { name: 'Denial reasons' });
    await reasons
      .getByRole('listitem')
      .filter({ hasText: /CO-97.*included in the payment/ })
      .waitFor();
    await reasons
      .getByRole('listitem')
      .filter({ hasText: /M15.*bundled/ })
      .waitFor();

    await page.getByRole('button', { name: 'Appeal letter' }).click();
    const letter = page.getByRole('textbox', { name: 'Letter' });
    await expect
      .poll(() => letter.inputValue(), { timeout: 15_000 })
      .toContain(`Our claim number: ${claim.claimNumber}`);
    const edited = `${await letter.inputValue()}\n\nP.S. The visit note of the same day is enclosed.`;
    await letter.fill(edited);
    await screenshot(page, 'appeal-1-letter');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Print PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`appeal-${claim.claimNumber}.pdf`);
    const pdf = join(artifactsDir, 'appeal-letter.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByText(/the denial notes that the appeal was printed/).waitFor();
    await screenshot(page, 'appeal-2-printed');
    await page.keyboard.press('Escape');

    // The payer wants a corrected claim instead: modifier 25 on line 1, from the denial; and the
    // visit was the day before the date billed.
    await page.getByRole('link', { name: 'Correct or void the claim' }).click();
    await page.getByRole('heading', { name: claim.claimNumber }).waitFor();
    await page.getByRole('button', { name: 'Corrected claim' }).click();
    await page.getByLabel('Reason').fill('modifier 25 left off the visit');
    await page.getByLabel('Line 1 modifiers').fill('25');
    const { serviceDateFrom: billedOn } = (await (
      await page.request.get(`${workspace.url()}/claims/${claim.id}`)
    ).json()) as { serviceDateFrom: string };
    const dayBefore = new Date(Date.parse(`${billedOn}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    await page.getByLabel('Line 1 dos').fill(dayBefore);
    // And the onset of the illness (box 14, DTP*431), the day of the visit.
    await page.getByLabel('Onset of illness (box 14)').fill(dayBefore);
    await screenshot(page, 'correct-1-form');
    await page.getByRole('button', { name: 'Send the corrected claim' }).click();
    const versions = page.getByRole('list', { name: 'Claim versions' });
    await versions.getByRole('link', { name: claim.claimNumber }).waitFor();
    await page.getByText(/version 2 · replacement/).waitFor();
    await page
      .getByRole('table', { name: 'Claim lines' })
      .getByRole('cell', { name: '25', exact: true })
      .first()
      .waitFor();
    await page
      .getByRole('table', { name: 'Claim lines' })
      .getByRole('cell', { name: dayBefore, exact: true })
      .first()
      .waitFor();
    // The visit may carry other related causes (the accident flow codes one of the demo's).
    await page.getByText(new RegExp(`Related to: .*onset ${dayBefore}`)).waitFor();
    await screenshot(page, 'correct-2-new-version');

    // A void of a version the payer has not seen yet is refused, and the biller reads why.
    await page.getByRole('button', { name: 'Void' }).click();
    await page.getByLabel('Reason').fill('sent to the wrong payer');
    await page.getByRole('button', { name: 'Void the claim' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /only a claim the payer has accepted or adjudicated/ })
      .waitFor();
    await screenshot(page, 'correct-3-void-refused');
    await page.close();
  }, 120_000);
}
