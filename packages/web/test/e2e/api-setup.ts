import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { make835 } from '../../../server/test/era-fixture.ts';

/** What the flows need from the running workspace (one server and browser for the suite). */
export interface Workspace {
  readonly url: () => string;
  readonly newPage: (email: string) => Promise<Page>;
}

interface ClaimFacts {
  readonly id: string;
  readonly claimNumber: string;
  readonly lines: { serviceLineId: string; encounterId: string; controlNumber: string }[];
}

const session = async (page: Page, url: string) =>
  ((await (await page.request.get(`${url}/auth/session`)).json()) as { csrfToken: string })
    .csrfToken;

async function getJson<T>(page: Page, url: string): Promise<T> {
  const answer = await page.request.get(url);
  expect(answer.status(), url).toBe(200);
  return (await answer.json()) as T;
}

async function postJson<T>(page: Page, url: string, data: unknown, csrf: string): Promise<T> {
  const answer = await page.request.post(url, { headers: { 'x-csrf-token': csrf }, data });
  expect(answer.status(), `${url}: ${await answer.text()}`).toBeLessThan(300);
  return (await answer.json()) as T;
}

type Service = { code: string; modifiers: string[]; charge: number };

/** The last claim out in a batch (claims are built and batched first when none is), with its services. */
async function sentClaim(
  page: Page,
  url: string,
  csrf: string,
): Promise<{ claim: ClaimFacts; services: Map<string, Service> }> {
  const sent = async () =>
    (await getJson<{ items: { id: string }[] }>(page, `${url}/claims?status=in_batch&limit=200`))
      .items;
  if ((await sent()).length === 0) {
    await postJson(page, `${url}/claims/build`, {}, csrf);
    await postJson(page, `${url}/batches`, {}, csrf);
  }
  const last = (await sent()).at(-1);
  if (!last) throw new Error('no claim went out in a batch');
  const claim = await getJson<ClaimFacts>(page, `${url}/claims/${last.id}`);
  const services = new Map<string, Service>();
  for (const encounterId of new Set(claim.lines.map((l) => l.encounterId))) {
    const encounter = await getJson<{
      lines: { id: string; procedureCode: { code: string }; modifiers: string[]; charge: number }[];
    }>(page, `${url}/encounters/${encounterId}`);
    for (const l of encounter.lines) {
      services.set(l.id, { code: l.procedureCode.code, modifiers: l.modifiers, charge: l.charge });
    }
  }
  return { claim, services };
}

/** Each line of the claim as an 835 line paying `paid(charge)`, the rest adjusted as `adjust`. */
function remitLines(
  claim: ClaimFacts,
  services: ReadonlyMap<string, Service>,
  answer: (service: Service) => {
    paid: number;
    adjustments: [string, string, number][];
    remarks?: string[];
  },
) {
  return claim.lines.map((line) => {
    const service = services.get(line.serviceLineId);
    if (!service) throw new Error(`no service line ${line.serviceLineId}`);
    return { ...service, controlNumber: line.controlNumber, ...answer(service) };
  });
}

/** A claim sent in a batch and denied by an 835 (CO-97, remark M15), through the API. */
export async function deniedClaim(page: Page, url: string): Promise<ClaimFacts> {
  const csrf = await session(page, url);
  const { claim, services } = await sentClaim(page, url, csrf);
  const era = make835(
    [
      {
        claimNumber: claim.claimNumber,
        status: '4',
        payerClaimNumber: 'PCN-E2E-APPEAL',
        lines: remitLines(claim, services, (service) => ({
          paid: 0,
          adjustments: [['CO', '97', service.charge]],
          remarks: ['M15'],
        })),
      },
    ],
    { trace: 'E2EAPPEAL', controlNumber: 902 },
  );
  await postJson(page, `${url}/remittances`, { fileName: 'appeal.835', content: era }, csrf);
  return claim;
}

/**
 * A claim sent in a batch and paid in full by an 835 that names it by a mistyped claim number
 * (the claim's number with an `X` after it), which the import cannot match; through the API.
 */
export async function mistypedPayment(page: Page, url: string): Promise<ClaimFacts> {
  const csrf = await session(page, url);
  const { claim, services } = await sentClaim(page, url, csrf);
  const era = make835(
    [
      {
        claimNumber: `${claim.claimNumber}X`,
        status: '1',
        payerClaimNumber: 'PCN-E2E-MISTYPED',
        lines: remitLines(claim, services, (service) => ({
          paid: service.charge,
          adjustments: [],
        })),
      },
    ],
    { trace: 'E2EMISTYPED', controlNumber: 903 },
  );
  await postJson(page, `${url}/remittances`, { fileName: 'mistyped.835', content: era }, csrf);
  return claim;
}

/**
 * A claim sent in a batch and paid in full by an 835 whose first line names another procedure
 * (99213, or 99212 for a 99213) and echoes no line control number: the import matches the other
 * lines and leaves that one unposted. Returns the claim and the first line's billed code.
 */
export async function silentlyRecodedPayment(
  page: Page,
  url: string,
): Promise<{ claim: ClaimFacts; billedCode: string; paidCode: string }> {
  const csrf = await session(page, url);
  const { claim, services } = await sentClaim(page, url, csrf);
  const [first, ...rest] = remitLines(claim, services, (service) => ({
    paid: service.charge,
    adjustments: [],
  }));
  if (!first) throw new Error(`claim ${claim.claimNumber} has no lines`);
  const paidCode = first.code === '99213' ? '99212' : '99213';
  const recoded = { code: paidCode, charge: first.charge, paid: first.paid, adjustments: [] };
  const era = make835(
    [
      {
        claimNumber: claim.claimNumber,
        status: '1',
        payerClaimNumber: 'PCN-E2E-RECODED',
        lines: [recoded, ...rest],
      },
    ],
    { trace: 'E2ERECODED', controlNumber: 904 },
  );
  await postJson(page, `${url}/remittances`, { fileName: 'recoded.835', content: era }, csrf);
  return { claim, billedCode: first.code, paidCode };
}

/** A patient with charges from one coded encounter, billed through the API. */
export async function patientWithCharges(
  page: Page,
  url: string,
): Promise<{ accountNumber: string }> {
  const { items } = await getJson<{
    items: { id: string; status: string; accountNumber: string; procedures: string[] }[];
  }>(page, `${url}/encounter-worklist?limit=500`);
  const coded = items.find(
    (e) => e.status === 'open' && e.procedures.length > 0 && !e.procedures.includes('11102'),
  );
  if (!coded) throw new Error('the demo practice has no coded encounter left to bill');
  const built = await postJson<{ claims: unknown[] }>(
    page,
    `${url}/claims/build`,
    { encounterIds: [coded.id] },
    await session(page, url),
  );
  expect(built.claims.length).toBeGreaterThan(0);
  return coded;
}

/** An open encounter of this clinician (not the shave biopsy the coder's flow codes). */
export async function providerEncounter(
  page: Page,
  url: string,
  providerName: string,
): Promise<string> {
  const { items } = await getJson<{
    items: { id: string; status: string; providerName: string; procedures: string[] }[];
  }>(page, `${url}/encounter-worklist?limit=500`);
  const found = items.find(
    (e) =>
      e.providerName === providerName && e.status === 'open' && !e.procedures.includes('11102'),
  );
  if (!found) throw new Error(`no open encounter of ${providerName}`);
  return found.id;
}

/** Imports an 835 through the API, as the biller signed in on `page`. */
export async function importEra(
  page: Page,
  url: string,
  fileName: string,
  content: string,
): Promise<{ fileId: string }> {
  return postJson(page, `${url}/remittances`, { fileName, content }, await session(page, url));
}
