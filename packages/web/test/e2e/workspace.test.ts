import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { make835 } from '../../../server/test/era-fixture.ts';
import { accessibilityFlows } from './accessibility-flows.ts';
import { accidentFlows } from './accident-flows.ts';
import { launchChromium, screenshot, signIn } from './browser.ts';
import { codeSetFlows } from './code-set-flows.ts';
import { denialFlows, openDenial } from './denial-flows.ts';
import { unpostedEraFlows } from './unposted-era-flows.ts';
import { setupFlows } from './setup-flows.ts';
import { tabTo } from './keyboard.ts';
import { visitFlows } from './visit-flows.ts';
import { startMedbill } from './medbill-server.ts';
import type { RunningServer } from './medbill-server.ts';
import { codesetsDir, e2eMissing } from './paths.ts';
import { ensureWebBuild } from './web-build.ts';
import { claimsIn837 } from './x12-837.ts';

const missing = e2eMissing();
if (missing) console.warn(`Skipping the workspace end-to-end tests: ${missing}.`);

/**
 * The workspace end to end: `medbill start` on a fresh embedded database with the demo
 * practice and the official code sets, the built app, Debian's chromium. Screenshots go to
 * test/e2e/artifacts.
 */
describe.skipIf(missing !== undefined)('the workspace, end to end', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    ensureWebBuild();
    [server, browser] = await Promise.all([startMedbill(codesetsDir), launchChromium()]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  // One browser context per person, signed in once: a sign-in per flow would pass the server's
  // limit of sign-ins a minute from one address and make a flow wait out the minute.
  const people = new Map<string, BrowserContext>();
  const newPage = async (email: string): Promise<Page> => {
    const known = people.get(email);
    const context = known ?? (await browser.newContext({ viewport: { width: 1440, height: 900 } }));
    people.set(email, context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    if (known && (await page.request.get(`${server.url}/auth/session`)).ok()) {
      await page.goto(`${server.url}/app/`);
      await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    } else await signIn(page, server.url, email);
    return page;
  };

  // Before the biller bills the whole practice: the provider's query needs an encounter not yet
  // billed, and once every claim is built the patient ledger (GET /patients/{id}/ledger) takes
  // 15–30 s on the embedded database and holds up the server.
  visitFlows({ url: () => server.url, newPage });
  accidentFlows({ url: () => server.url, newPage });

  it('a coder codes an encounter with the keyboard and fixes what the scrubber finds', async () => {
    const page = await newPage('coder@demo.test');
    const encounterId = await shaveBiopsyEncounter(page, server.url);

    await page.keyboard.press('Alt+2');
    await page.getByRole('heading', { name: 'Coding queue' }).waitFor();
    await page.goto(`${server.url}/app/encounters/${encounterId}`);
    await page.getByText('Documentation').waitFor();
    const search = page.getByRole('combobox', { name: 'Encoder search' });

    // Diagnoses: the pathology says inflamed seborrheic keratosis; then the COPD.
    await page.keyboard.press('Alt+D');
    await search.fill('inflamed seborrheic keratosis');
    await page.getByRole('option', { name: /^L82\.0 billable/ }).waitFor();
    await moveTo(page, /^L82\.0/);
    await search.press('Enter');
    await page.getByRole('listitem', { name: 'Diagnosis A: L82.0' }).waitFor();
    await search.fill('chronic obstructive pulmonary disease unspecified');
    await page.getByRole('option', { name: /^J44\.9 billable/ }).waitFor();
    await moveTo(page, /^J44\.9/);
    await search.press('Enter');
    await page.getByRole('listitem', { name: 'Diagnosis B: J44.9' }).waitFor();

    // Sequencing by keyboard: Alt+↑ moves the COPD first, Alt+↓ puts it back.
    await page.getByRole('listitem', { name: 'Diagnosis B: J44.9' }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.getByRole('listitem', { name: 'Diagnosis A: J44.9' }).waitFor();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('listitem', { name: 'Diagnosis B: J44.9' }).waitFor();

    // A code that needs a 7th character opens the picker; the letter completes it.
    await search.fill('S93.401');
    await page.getByRole('option', { name: /^S93\.401 not billable/ }).waitFor();
    await moveTo(page, /^S93\.401not/);
    await search.press('Enter');
    await page.getByRole('dialog', { name: '7th character for S93.401' }).waitFor();
    await screenshot(page, 'coder-0-seventh-character');
    await page.keyboard.press('a');
    const sprain = page.getByRole('listitem', { name: 'Diagnosis C: S93.401A' });
    await sprain.waitFor();
    // Not in this note: Delete takes it off again.
    await sprain.focus();
    await page.keyboard.press('Delete');
    await sprain.waitFor({ state: 'detached' });

    // Procedures: the visit and the shave biopsy.
    await page.keyboard.press('Alt+P');
    for (const code of ['99213', '11102']) {
      await search.fill(code);
      await page.getByRole('option', { name: new RegExp(`^${code}`) }).waitFor();
      await search.press('Enter');
      await page.getByRole('cell', { name: code, exact: true }).waitFor();
    }

    // The scrubber: an E/M billed with a minor procedure needs modifier 25.
    const finding = page.locator('[data-rule="MOD-25-001"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('without modifier 25');
    await screenshot(page, 'coder-1-scrubber-finding');

    const modifiers = page.getByLabel('Line 1 modifiers');
    await modifiers.focus();
    await modifiers.fill('25');
    await modifiers.press('Enter');
    await finding.waitFor({ state: 'detached' });
    await screenshot(page, 'coder-2-finding-fixed');

    await page.keyboard.press('Control+s');
    await page.getByText('unsaved changes').waitFor({ state: 'detached' });
    const saved = (await (
      await page.request.get(`${server.url}/encounters/${encounterId}`)
    ).json()) as {
      diagnoses: string[];
      lines: {
        procedureCode: { code: string };
        modifiers: string[];
        diagnosisPointers: number[];
      }[];
    };
    expect(saved.diagnoses).toEqual(['L820', 'J449']);
    expect(
      saved.lines.map((l) => [l.procedureCode.code, l.modifiers, l.diagnosisPointers]),
    ).toEqual([
      ['99213', ['25'], [1]],
      ['11102', [], [1]],
    ]);
    await screenshot(page, 'coder-3-saved');
    await page.close();
  }, 120_000);

  it('a biller batches claims, downloads the 837, posts an 835 and works the denial', async () => {
    const page = await newPage('biller@demo.test');
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Claims' }).waitFor();
    await page.getByRole('button', { name: 'Bill coded encounters' }).click();
    await page.getByText(/^Built \d+ claims/).waitFor({ timeout: 60_000 });
    await page.getByRole('row', { name: /ready/ }).first().waitFor();
    await screenshot(page, 'biller-1-claims');

    await page.getByRole('button', { name: 'Batch all ready claims' }).click();
    const medicare = page.getByText(/^Medicare.*claims/).getByRole('link', { name: /download/ });
    await medicare.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), medicare.click()]);
    const file = readFileSync(await download.path(), 'latin1');
    expect(file.startsWith('ISA')).toBe(true);
    const sent = claimsIn837(file);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'biller-2-batch');

    const [paid, denied] = sent as [(typeof sent)[number], (typeof sent)[number]];
    const era = make835(
      [
        {
          claimNumber: paid.claimNumber,
          status: '1',
          payerClaimNumber: 'PCN-E2E-0001',
          lines: paid.lines.map((line) => {
            const patient = Math.round(line.charge * 0.2);
            const allowed = Math.round(line.charge * 0.6);
            return {
              ...line,
              paid: allowed - patient,
              adjustments: [
                ['CO', '45', line.charge - allowed],
                ['PR', '2', patient],
              ] as [string, string, number][],
            };
          }),
        },
        {
          claimNumber: denied.claimNumber,
          status: '4',
          payerClaimNumber: 'PCN-E2E-0002',
          lines: denied.lines.map((line) => ({
            ...line,
            paid: 0,
            adjustments: [['CO', '97', line.charge]] as [string, string, number][],
            remarks: ['M15'],
          })),
        },
      ],
      { trace: 'E2E0001', controlNumber: 901 },
    );

    // Posting without the mouse: Alt+4, Tab to the 835 input, Enter opens the file dialog.
    await page.keyboard.press('Alt+4');
    await page.getByRole('heading', { name: 'Remittances' }).waitFor();
    const chooser = page.waitForEvent('filechooser');
    await tabTo(page, page.getByRole('button', { name: /Import an 835/ }));
    await page.keyboard.press('Enter');
    await (
      await chooser
    ).setFiles({ name: 'e2e.835', mimeType: 'text/plain', buffer: Buffer.from(era) });
    const posted = page.getByRole('table', { name: 'Posted claims' });
    await posted.waitFor();
    // BPR16 and TRN02: when the money was paid and the trace the deposit carries.
    await page.getByText(/ · paid 2026-03-20 · check\/EFT \S+/).waitFor();
    await expect(
      posted.getByRole('row', { name: new RegExp(`${paid.claimNumber}.*paid`) }).count(),
    ).resolves.toBe(1);
    await expect(
      posted.getByRole('row', { name: new RegExp(`${denied.claimNumber}.*denied`) }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'biller-3-posted');

    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: 'Claims', exact: true }).waitFor();
    await page.getByRole('row', { name: new RegExp(`${denied.claimNumber}.*denied`) }).waitFor();
    await screenshot(page, 'biller-3b-claims-after-posting');

    // Work the denial by keyboard: it is in the denial queue, with the 835 it came in; assign
    // it to a colleague picked from the list, note it and resolve it.
    await openDenial(page, denied.claimNumber);
    await page
      .getByRole('link', { name: /^835 from MEDICARE PART B, check\/EFT E2E0001, imported / })
      .waitFor();
    const assignTo = page.locator('input').and(page.getByLabel('Assign to'));
    await tabTo(page, assignTo);
    await page.keyboard.type('Avery');
    await page.getByRole('option', { name: 'Avery Admin' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => assignTo.inputValue()).toBe('Avery Admin');
    await tabTo(page, page.getByRole('button', { name: 'Assign' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Item history' })
      .getByText(/· assign · Assigned to Avery Admin \(you\)$/)
      .waitFor();
    await page
      .getByRole('table', { name: 'denial items' })
      .getByRole('row')
      .filter({ hasText: denied.claimNumber })
      .filter({ hasText: 'Avery Admin' })
      .filter({ hasText: 'Medicare Part B' })
      .waitFor();
    await screenshot(page, 'biller-4a-denial-assigned');
    await tabTo(page, page.getByLabel('Note'));
    await page.keyboard.type(
      'CO-97: bundled; corrected claim not warranted, written off per payer policy.',
    );
    await tabTo(page, page.getByRole('button', { name: 'Resolve' }));
    await page.keyboard.press('Enter');
    const history = page.getByRole('region', { name: 'Item history' });
    await history.getByText(/· resolve · CO-97: bundled.*\(you\)$/).waitFor();
    await screenshot(page, 'biller-4-denial-resolved');

    await page.keyboard.press('Alt+1');
    await page.getByRole('table', { name: 'A/R aging' }).waitFor();
    const today = page.getByRole('table', { name: "Today's activity" });
    await today.getByRole('row', { name: /Remittances posted 1 · \$/ }).waitFor();
    await today.getByRole('row', { name: /Work items resolved 1/ }).waitFor();
    await page.getByLabel('Denials open').filter({ hasText: '1' }).waitFor();
    await screenshot(page, 'biller-5-dashboard');
    await page.close();
  }, 180_000);

  denialFlows({ url: () => server.url, newPage });
  unpostedEraFlows({ url: () => server.url, newPage });

  it('refuses the audit log to the front desk', async () => {
    const page = await newPage('frontdesk@demo.test');
    const nav = page.getByRole('navigation', { name: 'Screens' });
    await expect(nav.getByRole('link', { name: /Audit log/ }).count()).resolves.toBe(0);
    await page.goto(`${server.url}/app/audit`);
    await page.getByRole('alert').filter({ hasText: 'Not allowed' }).waitFor();
    const answer = await page.request.get(`${server.url}/audit`);
    expect(answer.status()).toBe(403);
    expect(((await answer.json()) as { code: string }).code).toBe('forbidden');
    await screenshot(page, 'frontdesk-audit-refused');
    await page.close();
  });

  setupFlows({ url: () => server.url, newPage });
  accessibilityFlows({ url: () => server.url, newPage });
  codeSetFlows({ url: () => server.url, newPage });
});

/** Moves the encoder's highlight with the arrow keys until the option matching `name` is chosen. */
async function moveTo(page: Page, name: RegExp): Promise<void> {
  for (let i = 0; i < 15; i++) {
    const active = page.getByRole('option', { selected: true });
    if (name.test((await active.textContent()) ?? '')) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the encoder never offered ${name.source}`);
}

/**
 * A demo encounter whose note documents an E/M visit and a shave biopsy, on a date the loaded
 * ICD-10-CM release covers; its codes are cleared so that the coder codes it from the note.
 */
async function shaveBiopsyEncounter(page: Page, baseUrl: string): Promise<string> {
  const get = async <T>(path: string) =>
    (await (await page.request.get(`${baseUrl}${path}`)).json()) as T;
  const { releases } = await get<{
    releases: { system: string; effectiveFrom: string; effectiveTo?: string }[];
  }>('/codes/releases');
  const icd = releases.filter((r) => r.system === 'icd10cm');
  const covered = (date: string) =>
    icd.some(
      (r) => r.effectiveFrom <= date && (r.effectiveTo === undefined || date <= r.effectiveTo),
    );
  const { items } = await get<{
    items: { id: string; serviceDateFrom: string; procedures: string[] }[];
  }>('/encounter-worklist?limit=500');
  const found = items.find((e) => e.procedures.includes('11102') && covered(e.serviceDateFrom));
  if (!found)
    throw new Error('the demo practice has no shave biopsy on a date the ICD-10-CM release covers');
  const encounter = await get<Record<string, unknown>>(`/encounters/${found.id}`);
  const { id: _id, status: _status, ...body } = encounter;
  const session = await get<{ csrfToken: string }>('/auth/session');
  const cleared = await page.request.put(`${baseUrl}/encounters/${found.id}`, {
    headers: { 'x-csrf-token': session.csrfToken },
    data: { ...body, diagnoses: [], lines: [] },
  });
  expect(cleared.status()).toBe(200);
  return found.id;
}
