import { expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Workspace } from './api-setup.ts';
import { screenshot } from './browser.ts';

/**
 * A Mantine select by its label (a required one reads "Label *"): the input, not the list of
 * options that shares the label.
 */
const select = (page: Page | Locator, label: string) =>
  page.locator('input').and(page.getByLabel(label));

async function pick(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).click();
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  return (await (await page.request.get(url)).json()) as T;
}

/**
 * The billing setup the server learned today: a clearinghouse with its ISA/GS and submitter IDs,
 * a payer's follow-up days and clearinghouse, and, at registration, why Medicare pays second.
 */
export function setupFlows(workspace: Workspace): void {
  it('an admin adds a clearinghouse, routes a payer through it and sets its follow-up days', async () => {
    const page = await workspace.newPage('admin@demo.test');
    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Setup' })
      .click();
    await page.getByRole('heading', { name: 'Setup' }).waitFor();

    await page.getByRole('tab', { name: 'Clearinghouses' }).click();
    await page.getByRole('button', { name: 'Add a clearinghouse' }).click();
    const form = page.getByRole('form', { name: 'New clearinghouse' });
    const fill = (label: string, text: string) => form.getByLabel(label).fill(text);
    await fill('Receiver name (NM103)', 'Availity');
    await fill('Receiver ID (NM109)', '030240928');
    await fill('Sender ID (ISA06)', 'PRAIRIEFM01');
    await fill('Receiver ID (ISA08)', '030240928');
    await fill('Application sender (GS02)', 'PRAIRIEFM01');
    await fill('Application receiver (GS03)', '030240928');
    await fill('Submitter name (NM103)', 'Prairie Family Medicine');
    await fill('Submitter ID (NM109)', 'PRAIRIEFM01');
    await fill('Contact name (PER02)', 'Blake Biller');
    await fill('Contact phone (PER04)', '217-555-0100');
    await pick(page, select(form, 'Sender ID qualifier (ISA05)'), /^30 — Federal tax ID/);
    await screenshot(page, 'setup-1-clearinghouse');
    await form.getByRole('button', { name: 'Add clearinghouse' }).click();
    await page.getByRole('form', { name: 'Clearinghouse Availity' }).waitFor();
    await page
      .getByRole('table', { name: 'Clearinghouses' })
      .getByRole('row', { name: /Availity.*PRAIRIEFM01 → 030240928/ })
      .waitFor();

    await page.getByRole('tab', { name: 'Payers' }).click();
    await page
      .getByRole('table', { name: 'Payers' })
      .getByRole('row', { name: /^Aetna/ })
      .click();
    const payer = page.getByRole('form', { name: 'Payer Aetna' });
    await payer.getByLabel('Follow-up after (days)').fill('45');
    await pick(page, select(payer, 'Clearinghouse'), 'Availity (030240928)');
    await payer.getByRole('button', { name: 'Save payer' }).click();
    await page
      .getByRole('table', { name: 'Payers' })
      .getByRole('row', { name: /^Aetna.*45 d.*Availity/ })
      .waitFor();
    await screenshot(page, 'setup-2-payer');

    const payers = await getJson<{
      items: { name: string; followUpDays?: number; receiverId?: string }[];
    }>(page, `${workspace.url()}/payers?q=Aetna`);
    const receivers = await getJson<{
      items: {
        id: string;
        name: string;
        interchangeSenderQualifier: string;
        submitterPhone: string;
      }[];
    }>(page, `${workspace.url()}/receivers`);
    const availity = receivers.items.find((r) => r.name === 'Availity');
    expect(availity).toMatchObject({
      interchangeSenderQualifier: '30',
      submitterPhone: '2175550100',
    });
    expect(payers.items.find((p) => p.name === 'Aetna')).toMatchObject({
      followUpDays: 45,
      receiverId: availity?.id,
    });
    await page.close();
  }, 90_000);

  it('the front desk registers Medicare as secondary and says why Medicare pays second', async () => {
    const page = await workspace.newPage('frontdesk@demo.test');
    await page.goto(`${workspace.url()}/app/patients/new`);
    await page.getByRole('heading', { name: 'Register a patient' }).waitFor();
    await page.getByLabel('Patient last name').fill('Lindqvist');
    await page.getByLabel('Patient first name').fill('Ingrid');
    await page.getByLabel('Patient date of birth').fill('1957-06-14');
    await pick(page, select(page, 'Patient sex'), 'F');
    await page.getByLabel(/^Street/).fill('88 Elm St');
    await page.getByLabel(/^City/).fill('Springfield');
    await page.getByLabel(/^State/).fill('IL');
    await page.getByLabel(/^ZIP/).fill('62704');

    await pick(page, select(page, 'Primary payer'), 'Aetna');
    await page.getByLabel('Primary member ID').fill('W884412907');
    await page.getByLabel('Primary effective from').fill('2024-01-01');
    await page.getByRole('button', { name: 'Add secondary coverage' }).click();
    await pick(page, select(page, 'Secondary payer'), /^Medicare Part B/);
    await page.getByLabel('Secondary member ID').fill('1EG4TE5MK73');
    await page.getByLabel('Secondary effective from').fill('2022-07-01');
    // Still working at 68 with her employer's plan: Medicare pays second as working aged.
    await pick(
      page,
      select(page, 'Why Medicare pays second (MSP type)'),
      '12 — Working aged, employer group health plan',
    );
    await screenshot(page, 'register-msp-type');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByRole('heading', { name: 'Lindqvist, Ingrid' }).waitFor();
    await page
      .getByRole('table', { name: 'Coverages' })
      .getByText('MSP 12 — Working aged, employer group health plan')
      .waitFor();

    const patientId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const coverages = await getJson<{ order: string; medicareSecondaryType?: string }[]>(
      page,
      `${workspace.url()}/patients/${patientId}/coverages`,
    );
    expect(coverages.map((c) => [c.order, c.medicareSecondaryType])).toEqual([
      ['primary', undefined],
      ['secondary', '12'],
    ]);
    await page.close();
  }, 90_000);
}
