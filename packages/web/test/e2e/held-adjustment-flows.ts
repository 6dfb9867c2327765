import { it } from 'vitest';
import { make835 } from '../../../server/test/era-fixture.ts';
import { importEra } from './api-setup.ts';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';

/**
 * A provider-level adjustment from a payer medbill could not identify waits, unposted, on the
 * remittance and the unmatched worklist; the biller posts it to the payer's account by hand.
 */
export function heldAdjustmentFlows(workspace: Workspace): void {
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
