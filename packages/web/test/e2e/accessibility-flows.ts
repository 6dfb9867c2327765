import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deniedClaim } from './api-setup.ts';
import type { Workspace } from './api-setup.ts';
import { seriousViolations } from './axe.ts';

interface Screen {
  readonly name: string;
  readonly path: (ids: Ids) => string;
  /** What shows once the screen has its data. */
  readonly ready: (page: Page) => Promise<void>;
  /** Puts the screen in the state worth checking (an item opened, a form shown). */
  readonly open?: (page: Page) => Promise<void>;
}

interface Ids {
  readonly encounterId: string;
  readonly claimId: string;
  readonly patientId: string;
}

const heading = (name: string | RegExp) => (page: Page) =>
  page.getByRole('heading', { name }).first().waitFor();
const table = (name: string) => (page: Page) =>
  page.getByRole('table', { name }).getByRole('row').nth(1).waitFor();

/** Every screen the admin reaches, in its working state. */
const SCREENS: readonly Screen[] = [
  { name: 'dashboard', path: () => '/', ready: table('A/R aging') },
  { name: 'coding queue', path: () => '/encounters', ready: heading('Coding queue') },
  {
    name: 'coding workbench',
    path: (ids) => `/encounters/${ids.encounterId}`,
    ready: (page) => page.getByRole('combobox', { name: 'Encoder search' }).waitFor(),
  },
  {
    name: 'claims',
    path: () => '/claims',
    ready: (page) => page.getByRole('row').nth(2).waitFor(),
  },
  {
    name: 'claim detail',
    path: (ids) => `/claims/${ids.claimId}`,
    ready: table('Claim history'),
  },
  { name: 'remittances', path: () => '/remittances', ready: heading('Remittances') },
  {
    name: 'work queues',
    path: () => '/worklists',
    ready: table('denial items'),
    open: async (page) => {
      const row = page.getByRole('table', { name: 'denial items' }).getByRole('row').nth(1);
      await row.focus();
      await row.press('Enter');
      await page.getByRole('region', { name: 'Item history' }).waitFor();
    },
  },
  { name: 'patients', path: () => '/patients', ready: table('Patients') },
  {
    name: 'patient account',
    path: (ids) => `/patients/${ids.patientId}`,
    ready: table('Account ledger'),
  },
  { name: 'registration', path: () => '/patients/new', ready: heading('Register a patient') },
  { name: 'code sets', path: () => '/codes', ready: table('Code-set releases') },
  { name: 'audit log', path: () => '/audit', ready: table('Audit entries') },
  { name: 'users', path: () => '/users', ready: heading('Users and roles') },
  { name: 'my account', path: () => '/account', ready: heading('My account') },
  {
    name: 'setup: payers',
    path: () => '/setup',
    ready: table('Payers'),
    open: async (page) => {
      await page.getByRole('table', { name: 'Payers' }).getByRole('row').nth(1).click();
      await page.getByRole('button', { name: /Save payer/ }).waitFor();
    },
  },
  {
    name: 'setup: clearinghouses',
    path: () => '/setup?tab=receivers',
    ready: heading('Setup'),
    open: async (page) => {
      await page.getByRole('button', { name: 'Add a clearinghouse' }).click();
      await page.getByRole('form', { name: 'New clearinghouse' }).waitFor();
    },
  },
];

/** Ids to open, with a denial to work (one made through the API when the suite has none yet). */
async function someIds(page: Page, url: string): Promise<Ids> {
  const items = async (path: string) =>
    ((await (await page.request.get(`${url}${path}`)).json()) as { items: { id: string }[] }).items;
  const first = async (path: string) => {
    const id = (await items(path))[0]?.id;
    if (!id) throw new Error(`${path} listed nothing`);
    return id;
  };
  if ((await items('/worklists?kind=denial&limit=1')).length === 0) await deniedClaim(page, url);
  return {
    encounterId: await first('/encounter-worklist?limit=1'),
    claimId: await first('/claims?limit=1'),
    patientId: await first('/patients?limit=1'),
  };
}

/**
 * axe-core on every main screen, and on the sign-in form: no serious or critical violation
 * (WCAG 2.1 A/AA and axe's best practices). Every screen is checked before the test fails, so
 * one run lists them all.
 */
export function accessibilityFlows(workspace: Workspace): void {
  it('every main screen passes axe-core without serious or critical violations', async () => {
    const page = await workspace.newPage('admin@demo.test');
    const ids = await someIds(page, workspace.url());
    const found: string[] = [];
    for (const screen of SCREENS) {
      await page.goto(`${workspace.url()}/app${screen.path(ids)}`);
      await screen.ready(page);
      await screen.open?.(page);
      found.push(...(await seriousViolations(page)).map((v) => `${screen.name}: ${v}`));
    }
    await page.context().clearCookies();
    await page.goto(`${workspace.url()}/app/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    found.push(...(await seriousViolations(page)).map((v) => `sign-in: ${v}`));
    expect(found).toEqual([]);
    await page.close();
  }, 180_000);
}
