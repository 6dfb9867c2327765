import { expect, it } from 'vitest';
import { patientWithCharges, providerEncounter } from './api-setup.ts';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';

/**
 * The work around the visit, before the biller bills the practice: the front desk takes a copay
 * (on charges of one encounter billed through the API), and a coder's question goes to the
 * provider and back (a held encounter is not billed until it is answered).
 */
export function visitFlows(workspace: Workspace): void {
  it('a front-desk user records a copay payment and sees it in the ledger', async () => {
    const setup = await workspace.newPage('biller@demo.test');
    const patient = await patientWithCharges(setup, workspace.url());
    await setup.close();

    const page = await workspace.newPage('frontdesk@demo.test');
    await page.keyboard.press('Alt+6');
    await page.getByLabel('Name, account or member ID').fill(patient.accountNumber);
    await page
      .getByRole('table', { name: 'Patients' })
      .getByRole('row')
      .filter({ hasText: patient.accountNumber })
      .getByRole('link')
      .click();
    await page.getByRole('table', { name: 'Account ledger' }).waitFor();
    await page.getByRole('button', { name: 'Record payment' }).click();
    await page.getByLabel('Amount').fill('25');
    await page.getByLabel('Reference').fill('visa 4242');
    await screenshot(page, 'copay-1-form');
    // A double submit (Enter twice) records the money once: one idempotency key per form.
    await page.getByLabel('Reference').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: /payment of \$25\.00 \(card visa 4242\)/ })
      .waitFor();
    await page.getByRole('button', { name: 'Close' }).click();

    const ledger = page.getByRole('table', { name: 'Account ledger' });
    await ledger
      .getByRole('row')
      .filter({ hasText: /Patient payment.*-\$25\.00/ })
      .waitFor();
    const receipts = page.getByRole('table', { name: 'Receipts' });
    await receipts.getByRole('row').filter({ hasText: 'visa 4242' }).waitFor();
    await expect(receipts.getByRole('row').filter({ hasText: 'visa 4242' }).count()).resolves.toBe(
      1,
    );
    await screenshot(page, 'copay-2-ledger');
    await page.close();
  }, 90_000);

  it("a provider answers a coder's query", async () => {
    const coder = await workspace.newPage('coder@demo.test');
    const encounterId = await providerEncounter(coder, workspace.url(), 'Alvarez, Marco');
    await coder.goto(`${workspace.url()}/app/encounters/${encounterId}`);
    await coder.getByRole('button', { name: 'Query the provider' }).click();
    const question =
      'Is the assessment confirmed, or still a working diagnosis? We cannot code "probable" conditions.';
    await coder.getByRole('textbox', { name: 'Question' }).fill(question);
    await coder.getByRole('button', { name: 'Send and hold the encounter' }).click();
    await coder.getByText('(waiting; encounter on hold)').waitFor();

    const provider = await workspace.newPage('provider@demo.test');
    await provider.keyboard.press('Alt+0');
    await provider.getByRole('heading', { name: 'My queries' }).waitFor();
    const row = provider
      .getByRole('table', { name: 'Queries' })
      .getByRole('row')
      .filter({ hasText: question });
    await row.focus();
    await row.press('Enter');
    const answer = provider.getByRole('textbox', { name: 'Answer' });
    await answer.fill('Confirmed at the visit; addendum signed.');
    await screenshot(provider, 'query-1-provider-answers');
    await answer.press('Control+Enter');
    await row.waitFor({ state: 'detached' });
    await provider.locator('label', { hasText: 'Answered' }).click();
    await provider
      .getByRole('table', { name: 'Queries' })
      .getByRole('row')
      .filter({ hasText: question })
      .waitFor();
    await provider.close();

    await coder.reload();
    await coder.getByText(/A Confirmed at the visit; addendum signed/).waitFor();
    await screenshot(coder, 'query-2-coder-reads-answer');
    await coder.close();
  }, 90_000);
}
