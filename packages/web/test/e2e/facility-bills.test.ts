import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe.ts';
import { launchChromium, screenshot, signIn } from './browser.ts';
import { make835 } from '../../../server/test/era-fixture.ts';
import { startMedbill } from './medbill-server.ts';
import type { RunningServer } from './medbill-server.ts';
import { codesetsDir, e2eMissing } from './paths.ts';
import { ensureWebBuild } from './web-build.ts';

const missing = e2eMissing();
if (missing) console.warn(`Skipping the facility-bill end-to-end test: ${missing}.`);

/** A Mantine select by its label: the input, not the list of options that shares the label. */
const select = (page: Page, label: string) => page.locator('input').and(page.getByLabel(label));

async function pick(page: Page, field: Locator, option: string | RegExp): Promise<void> {
  await field.click();
  await page.getByRole('option', { name: option }).first().click();
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const answer = await page.request.get(url);
  expect(answer.status(), url).toBe(200);
  return (await answer.json()) as T;
}

interface Visit {
  readonly accountNumber: string;
  readonly patientName: string;
  readonly date: string;
}

/**
 * A demo patient with a primary coverage in force on a date the loaded ICD-10-CM release
 * covers: the emergency visit is billed on that date.
 */
async function insuredVisit(page: Page, url: string): Promise<Visit> {
  const { releases } = await getJson<{
    releases: { system: string; effectiveTo?: string }[];
  }>(page, `${url}/codes/releases`);
  const covers = releases
    .filter((r) => r.system === 'icd10cm')
    .map((r) => r.effectiveTo ?? '9999-12-31')
    .sort();
  const { items } = await getJson<{
    items: { id: string; serviceDateFrom: string; patientName: string; accountNumber: string }[];
  }>(page, `${url}/encounter-worklist?limit=50&to=${covers.at(-1) ?? ''}`);
  for (const visit of items) {
    const { patientId } = await getJson<{ patientId: string }>(
      page,
      `${url}/encounters/${visit.id}`,
    );
    const coverages = await getJson<
      { order: string; effectiveFrom: string; effectiveTo?: string }[]
    >(page, `${url}/patients/${patientId}/coverages`);
    const date = visit.serviceDateFrom;
    const insured = coverages.some(
      (c) =>
        c.order === 'primary' &&
        c.effectiveFrom <= date &&
        (c.effectiveTo === undefined || date <= c.effectiveTo),
    );
    if (insured)
      return { accountNumber: visit.accountNumber, patientName: visit.patientName, date };
  }
  throw new Error('the demo practice has no insured visit on a date the code sets cover');
}

const dayBefore = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
};

/**
 * A hospital biller's UB-04 bill, end to end on `medbill start` with the demo practice: an
 * emergency visit entered on the facility-bill form, refused with the error beside the field
 * when the statement ends before it starts, saved, billed as an 837I claim, and listed.
 */
describe.skipIf(missing !== undefined)('facility bills, end to end', () => {
  let server: RunningServer;
  let browser: Browser;
  /** The claim the first flow billed, as its claim page shows it. */
  let billed: { id: string; claimNumber: string } | undefined;

  beforeAll(async () => {
    ensureWebBuild();
    [server, browser] = await Promise.all([startMedbill(codesetsDir), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a biller enters an outpatient bill, fixes what the API locates, bills it and lists it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    page.setDefaultTimeout(15_000);
    await signIn(page, server.url, 'biller@demo.test');
    const visit = await insuredVisit(page, server.url);
    const violations: string[] = [];
    const axe = async (screen: string) =>
      violations.push(...(await seriousViolations(page)).map((v) => `${screen}: ${v}`));

    await page
      .getByRole('navigation', { name: 'Screens' })
      .getByRole('link', { name: 'Facility bills' })
      .click();
    await page.getByRole('heading', { name: 'Facility bills' }).waitFor();
    await page.getByRole('link', { name: 'New facility bill' }).click();
    await page.getByRole('heading', { name: 'New facility bill' }).waitFor();

    await select(page, 'Patient (FL 8)').fill(visit.accountNumber);
    await page.getByRole('option', { name: new RegExp(visit.accountNumber) }).click();
    await pick(page, select(page, 'Billing facility (FL 1)'), /Prairie Family Medicine/);
    await pick(page, select(page, 'Attending provider (FL 76)'), /Okafor/);
    await expect(select(page, 'Type of bill (FL 4): facility').inputValue()).resolves.toBe(
      '13 Hospital outpatient',
    );
    await page.getByLabel('Statement from (FL 6)').fill(visit.date);
    // Through the day before it starts: the API refuses it, and says so at the field.
    await page.getByLabel('Statement through (FL 6)').fill(dayBefore(visit.date));
    await page.getByLabel('Admission date (FL 12)').fill(visit.date);
    await page.getByLabel('Admission hour (FL 13)').fill('14');
    await pick(page, select(page, 'Admission type (FL 14)'), '1 Emergency');
    await pick(page, select(page, 'Point of origin (FL 15)'), '1 Non-health care facility');

    await page.getByLabel('Line 1 revenue code').fill('0450');
    await page.getByLabel('Line 1 HCPCS').fill('99284');
    await page.getByLabel('Line 1 charge').fill('650');
    await page.getByRole('button', { name: 'Add a revenue line' }).click();
    await page.getByLabel('Line 2 revenue code').fill('0320');
    await page.getByLabel('Line 2 HCPCS').fill('71046');
    await page.getByLabel('Line 2 charge').fill('280.50');
    await expect(page.getByLabel('Line 2 service date').inputValue()).resolves.toBe(visit.date);
    await page.getByLabel('Total charges').filter({ hasText: '$930.50' }).waitFor();

    // Saved without a diagnosis: the API refuses the bill and the form says where.
    const save = page.getByRole('button', { name: 'Save (Ctrl+S)' });
    await save.click();
    const refused = page.getByRole('alert').filter({ hasText: 'Not saved' });
    await refused.getByText('Principal diagnosis (FL 67): required').waitFor();
    await page.getByText(/No diagnoses: find the principal diagnosis.*\(required\)/).waitFor();
    await axe('facility bill form, refused');

    const search = page.getByRole('combobox', { name: 'Encoder search' });
    await search.fill('R07.9');
    await page.getByRole('option', { name: /^R07\.9 billable/ }).click();
    await page.getByLabel('Principal diagnosis code').waitFor();
    await pick(page, select(page, 'Principal diagnosis present on admission'), 'Y yes');

    // The statement ends the day before it starts: refused again, the error beside the field.
    await save.click();
    await refused.getByText(/^Statement through \(FL 6\)/).waitFor();
    const through = page.getByLabel('Statement through (FL 6)');
    await expect(through.getAttribute('aria-invalid')).resolves.toBe('true');
    const errorId = (await through.getAttribute('aria-describedby'))
      ?.split(' ')
      .find((id) => id.endsWith('-error'));
    await expect(page.locator(`[id="${errorId ?? ''}"]`).textContent()).resolves.toBe(
      `${dayBefore(visit.date)} is before ${visit.date}`,
    );
    await screenshot(page, 'facility-bill-1-located-error');

    await through.fill(visit.date);
    // The chest pain began that morning: occurrence 11 (onset of symptoms), FL 31a.
    await page.getByRole('button', { name: 'Add an occurrence' }).click();
    await page.getByLabel('Occurrence 1 code').fill('11');
    await expect(page.getByLabel('Occurrence 1 date').inputValue()).resolves.toBe(visit.date);
    await page.keyboard.press('Control+s');
    await page.waitForURL(/\/app\/facility-bills\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { name: new RegExp(`^Facility bill · ${visit.patientName}`) })
      .waitFor();
    await page.getByText('unsaved changes').waitFor({ state: 'detached' });
    await expect(through.getAttribute('aria-invalid')).resolves.not.toBe('true');
    await expect(page.getByLabel('Occurrence 1 code').inputValue()).resolves.toBe('11');

    const claim = page.getByRole('region', { name: 'Claim' });
    await claim.getByRole('button', { name: 'Build claim' }).click();
    const claimLink = claim.getByRole('link', { name: /^Claim \S+$/ });
    await claimLink.waitFor({ timeout: 60_000 });
    await claim.getByRole('region', { name: 'Scrubber findings' }).waitFor();
    const claimNumber = ((await claimLink.textContent()) ?? '').replace('Claim ', '');
    await claim.scrollIntoViewIfNeeded();
    await screenshot(page, 'facility-bill-2-billed');
    await axe('facility bill, billed');

    await page.getByRole('link', { name: 'All facility bills' }).click();
    const row = page
      .getByRole('table', { name: 'Facility bills' })
      .getByRole('row')
      .filter({ hasText: visit.patientName });
    await row.filter({ hasText: '$930.50' }).filter({ hasText: 'billed' }).waitFor();
    await row.getByRole('link', { name: claimNumber }).waitFor();
    await expect(row.textContent()).resolves.toContain('0131');
    await screenshot(page, 'facility-bill-3-list');
    await axe('facility bills list');

    await row.getByRole('link', { name: claimNumber }).click();
    await page.waitForURL(/\/app\/claims\/[0-9a-f-]{36}$/);
    billed = { id: page.url().split('/').at(-1) ?? '', claimNumber };
    expect(violations).toEqual([]);
    await page.close();
  }, 180_000);

  it('a biller corrects the paid claim: inpatient (type of bill 117) with another attending', async () => {
    if (!billed) throw new Error('the first flow billed no claim');
    const { id, claimNumber } = billed;
    const page = await browser.newPage({ viewport: { width: 1440, height: 1100 } });
    page.setDefaultTimeout(15_000);
    await signIn(page, server.url, 'biller@demo.test');
    const { csrfToken } = await getJson<{ csrfToken: string }>(page, `${server.url}/auth/session`);
    const post = async (path: string, data: unknown) => {
      const answer = await page.request.post(`${server.url}${path}`, {
        headers: { 'x-csrf-token': csrfToken },
        data,
      });
      expect(answer.status(), `${path}: ${await answer.text()}`).toBeLessThan(300);
    };
    // Sent in an 837I and paid by the payer: the ER visit and the X-ray by their HCPCS codes.
    await post('/batches', {});
    const sent = await getJson<{
      status: string;
      renderingProviderId: string;
      lines: { controlNumber: string }[];
    }>(page, `${server.url}/claims/${id}`);
    expect(sent.status).toBe('in_batch');
    const [er, xray] = sent.lines.map((l) => l.controlNumber);
    const era = make835(
      [
        {
          claimNumber,
          status: '1',
          payerClaimNumber: 'PCN-E2E-UB04',
          lines: [
            {
              code: '99284',
              revenueCode: '0450',
              charge: 65000,
              paid: 40000,
              adjustments: [['CO', '45', 25000]],
              ...(er ? { controlNumber: er } : {}),
            },
            {
              code: '71046',
              revenueCode: '0320',
              charge: 28050,
              paid: 10000,
              adjustments: [['CO', '45', 18050]],
              ...(xray ? { controlNumber: xray } : {}),
            },
          ],
        },
      ],
      { trace: 'E2EUB04', controlNumber: 904 },
    );
    await post('/remittances', { fileName: 'ub04-paid.835', content: era });

    // Kept overnight: the hospital bills the stay as inpatient, attended by the hospitalist.
    await page.goto(`${server.url}/app/claims/${id}`);
    // The claim page shows each line's revenue code, HCPCS and charge from the facility bill.
    const claimLines = page.getByRole('table', { name: 'Claim lines' });
    await claimLines
      .getByRole('row')
      .filter({ hasText: '0450 99284' })
      .filter({ hasText: '$650.00' })
      .waitFor();
    await claimLines.getByRole('row').filter({ hasText: '0320 71046' }).waitFor();
    await page.getByRole('button', { name: 'Corrected claim' }).click();
    const type = select(page, 'Type of bill (FL 4): facility');
    await expect(type.inputValue()).resolves.toBe('13 Hospital outpatient');
    const attending = select(page, 'Attending provider (FL 76)');
    await expect.poll(() => attending.inputValue()).toMatch(/Okafor/);
    await page.getByLabel('Reason').fill('admitted from the ER, attended by Dr Osei');
    await pick(page, type, '11 Hospital inpatient (Part A)');
    await pick(page, attending, /Osei/);
    await screenshot(page, 'facility-correct-1-form');
    await page.getByRole('button', { name: 'Send the corrected claim' }).click();
    await page.getByText(/version 2 · replacement/).waitFor();
    const versionId = page.url().split('/').at(-1) ?? '';
    expect(versionId).not.toBe(id);
    const version = await getJson<{
      frequency: string;
      placeOfService: string;
      renderingProviderId: string;
    }>(page, `${server.url}/claims/${versionId}`);
    expect(version).toMatchObject({ frequency: '7', placeOfService: '11' });
    expect(version.renderingProviderId).not.toBe(sent.renderingProviderId);
    await screenshot(page, 'facility-correct-2-new-version');
    await page.close();
  }, 180_000);
});
