import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { make835 } from '../../../server/test/era-fixture.ts';
import { importEra, mistypedPayment, silentlyRecodedPayment } from './api-setup.ts';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';

/**
 * What an 835 import could not post waits on the remittance and the unmatched worklist ("Unposted
 * ERA"): a claim payment under a claim number medbill did not send, a service line paid under
 * another code without saying which line it pays, a provider-level adjustment from a payer it
 * could not identify. The biller posts each by hand from the remittance.
 */
/** Opens the remittance imported last; its table of claim payments. */
async function newestRemittance(page: Page, url: string) {
  await page.goto(`${url}/app/remittances`);
  await page.getByRole('table', { name: 'Imported remittances' }).getByRole('row').first().click();
  return page.getByRole('table', { name: 'Posted claims' });
}

export function unpostedEraFlows(workspace: Workspace): void {
  it('a biller posts a payment the payer sent under a mistyped claim number to the claim', async () => {
    const page = await workspace.newPage('biller@demo.test');
    const url = workspace.url();
    const claim = await mistypedPayment(page, url);
    const posted = await newestRemittance(page, url);
    await posted
      .getByRole('row')
      .filter({ hasText: `${claim.claimNumber}X` })
      .waitFor();
    await posted.getByText('unmatched', { exact: true }).waitFor();
    await page
      .getByRole('textbox', {
        name: `Claim number the payment sent as ${claim.claimNumber}X is for`,
      })
      .fill(claim.claimNumber);
    await screenshot(page, 'biller-unmatched-payment-0-held');
    await page.getByRole('button', { name: 'Post to claim' }).click();
    await posted.getByRole('link', { name: `${claim.claimNumber}X` }).waitFor();
    await posted.getByText('paid', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Post to claim' }).waitFor({ state: 'detached' });
    await screenshot(page, 'biller-unmatched-payment-1-posted');
    await page.close();
  });

  it('a biller posts a line the payer paid under another code to the line it pays', async () => {
    const page = await workspace.newPage('biller@demo.test');
    const url = workspace.url();
    const { claim, billedCode, paidCode } = await silentlyRecodedPayment(page, url);
    const posted = await newestRemittance(page, url);
    const row = posted.getByRole('row').filter({ hasText: claim.claimNumber });
    await row.getByText(`Not posted: ${paidCode}`).waitFor();
    await row.getByText('partially paid', { exact: true }).waitFor();
    await page
      .getByRole('combobox', { name: `Billed line the ${paidCode} payment (service line 1) pays` })
      .click();
    await page.getByRole('option', { name: new RegExp(`^${billedCode}`) }).click();
    await screenshot(page, 'biller-unmatched-line-0-held');
    await page.getByRole('button', { name: 'Post to line' }).click();
    await row.getByText('Not posted:').waitFor({ state: 'detached' });
    await row.getByText('paid', { exact: true }).waitFor();
    await row.getByText(new RegExp(`^${billedCode}(-\\w+)* → paid as ${paidCode}$`)).waitFor();
    await screenshot(page, 'biller-unmatched-line-1-posted');
    await page.close();
  });

  it("a biller posts interest from a payer the 835 names differently to the payer's account", async () => {
    const page = await workspace.newPage('biller@demo.test');
    const url = workspace.url();
    await importEra(
      page,
      url,
      'prairie-interest.835',
      make835([], {
        trace: 'E2E-PLB-1',
        controlNumber: 9101,
        payer: { name: 'PRAIRIE MUTUAL', id: '99999' },
        providerAdjustments: [{ reason: 'L6', amount: -450 }],
      }),
    );
    await page.goto(`${url}/app/remittances`);
    await page
      .getByRole('table', { name: 'Imported remittances' })
      .getByRole('row')
      .filter({ hasText: 'PRAIRIE MUTUAL' })
      .first()
      .click();
    await page.getByText(/not posted: the 835 names no single payer on file/).waitFor();
    await page.getByRole('combobox', { name: /Payer whose account PLB L6/ }).click();
    await page.getByRole('option', { name: /^Medicare Part B Illinois/ }).click();
    await screenshot(page, 'biller-held-adjustment-0-held');
    await page.getByRole('button', { name: 'Post to payer' }).click();
    await page
      .getByText(
        "Interest paid by the payer, posted to Medicare Part B Illinois (NGS J6)'s account",
      )
      .waitFor();
    await page.getByRole('button', { name: 'Post to payer' }).waitFor({ state: 'detached' });
    await screenshot(page, 'biller-held-adjustment-1-posted');
    await page.close();
  });
}
