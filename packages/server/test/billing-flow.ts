import { expect } from 'vitest';
import type { Database } from '@medbill/db';
import { claimLines } from '@medbill/db';
import { make835 } from './era-fixture.ts';
import type { FixtureLine } from './era-fixture.ts';
import type { TestApi } from './test-app.ts';
import {
  coverageBody,
  feeScheduleBody,
  patientBody,
  payerBody,
  practiceBody,
  providerBody,
  encounterBody,
} from './fixtures.ts';

/** In-process calls to the test API, returning the status and the parsed (or raw) body. */
export function caller(api: TestApi) {
  return async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const response = await api.app.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    const json = response.headers['content-type']?.toString().includes('json');
    return {
      status: response.statusCode,
      text: response.body,
      body: (json ? JSON.parse(response.body) : {}) as Record<string, unknown>,
    };
  };
}

export const secondaryPayerBody = {
  name: 'Prairie Health Plan',
  payerId: '61101',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 180,
};

/** The test patient's commercial secondary coverage with {@link secondaryPayerBody}. */
export const secondaryCoverageBody = (payerId: string) => ({
  payerId,
  order: 'secondary',
  memberId: 'PHP77001234',
  groupNumber: 'GRP4410',
  relationship: '18',
  effectiveFrom: '2024-01-01',
});

export interface BilledPractice {
  readonly patientId: string;
  readonly primaryCoverageId: string;
  readonly secondaryCoverageId?: string;
  readonly claims: { id: string; claimNumber: string }[];
}

/** Creates a record through the API and returns its id; anything but 201 fails the test. */
async function created(api: TestApi, url: string, body: unknown): Promise<string> {
  const made = await caller(api)('POST', url, body);
  expect(made.status, made.text).toBe(201);
  return String(made.body.id);
}

/** A practice with one rendering provider, Medicare Part B and the 2026 fee schedule. */
export async function setUpPractice(
  api: TestApi,
): Promise<{ practice: string; provider: string; payer: string }> {
  const practice = await created(api, '/practices', practiceBody);
  const provider = await created(api, '/providers', providerBody);
  const payer = await created(api, '/payers', payerBody);
  await created(api, '/fee-schedules', feeScheduleBody);
  return { practice, provider, payer };
}

/** The test patient, insured by the given payer as primary. */
export const registerInsuredPatient = (api: TestApi, payer: string): Promise<string> =>
  created(api, '/patients', { patient: patientBody, coverages: [coverageBody(payer)] });

/**
 * A practice with Medicare primary (and optionally a commercial secondary), one patient and an
 * encounter on each given March 2026 day (99214 and 71046-26), billed as ready claims.
 */
export async function billEncounters(
  api: TestApi,
  days: readonly string[],
  options: { secondary?: boolean } = {},
): Promise<BilledPractice> {
  const call = caller(api);
  const id = (url: string, body: unknown) => created(api, url, body);
  const { practice, provider, payer } = await setUpPractice(api);
  const secondPayer = options.secondary ? await id('/payers', secondaryPayerBody) : undefined;
  const coverages = [
    coverageBody(payer),
    ...(secondPayer ? [secondaryCoverageBody(secondPayer)] : []),
  ];
  const patientId = await id('/patients', { patient: patientBody, coverages });
  const stored = (await call('GET', `/patients/${patientId}`)).body as {
    coverages?: { id: string; order: string }[];
  };
  for (const day of days) {
    await id(
      '/encounters',
      encounterBody(
        { patientId, practiceId: practice, renderingProviderId: provider },
        `2026-03-${day}`,
      ),
    );
  }
  const built = (await call('POST', '/claims/build', {})).body as {
    claims: { id: string; claimNumber: string; status: string }[];
  };
  expect(built.claims.map((c) => c.status)).toEqual(days.map(() => 'ready'));
  const coverageOf = (order: string) => stored.coverages?.find((c) => c.order === order)?.id;
  const secondaryCoverageId = coverageOf('secondary');
  return {
    patientId,
    primaryCoverageId: coverageOf('primary') ?? '',
    ...(secondaryCoverageId ? { secondaryCoverageId } : {}),
    claims: built.claims,
  };
}

/** Batches every ready claim and returns the 837P text of the one batch made. */
export async function batchReady(api: TestApi): Promise<string> {
  const call = caller(api);
  const made = await call('POST', '/batches', {});
  expect(made.status, made.text).toBe(201);
  const batches = (made.body as { batches: { id: string }[] }).batches;
  expect(batches).toHaveLength(1);
  return (await call('GET', `/batches/${batches[0]?.id}/file`)).text;
}

export async function importRemittance(api: TestApi, name: string, content: string) {
  const imported = await caller(api)('POST', '/remittances', { fileName: name, content });
  expect(imported.status, imported.text).toBeLessThan(300);
  return imported.body;
}

/**
 * Imports an 835 that pays one claim billed by {@link billEncounters} in part
 * ({@link partPaidLines}), matched to its lines by their control numbers.
 */
export async function importPartPayment(
  api: TestApi,
  db: Database,
  claim: { readonly id: string; readonly claimNumber: string } | undefined,
  remittance: { fileName: string; payerClaimNumber: string; trace: string; controlNumber: number },
) {
  const { fileName, payerClaimNumber, trace, controlNumber } = remittance;
  const lines = await claimLines(db, api.orgId, claim?.id ?? '');
  const era = make835(
    [
      {
        claimNumber: claim?.claimNumber ?? '',
        status: '1',
        payerClaimNumber,
        lines: partPaidLines(lines.map((l) => l.controlNumber)),
      },
    ],
    { trace, controlNumber },
  );
  return importRemittance(api, fileName, era);
}

/**
 * The 835 lines of a claim billed by {@link billEncounters}, paid in part: 99214 185.50 → 80.26
 * (CO-45 85.17, PR-2 20.07), 71046-26 40.00 → 7.60 (CO-45 30.50, PR-1 1.90).
 */
export const partPaidLines = (controlNumbers: readonly string[]): FixtureLine[] => [
  {
    code: '99214',
    charge: 18550,
    paid: 8026,
    adjustments: [
      ['CO', '45', 8517],
      ['PR', '2', 2007],
    ],
    controlNumber: controlNumbers[0] ?? '',
  },
  {
    code: '71046',
    modifiers: ['26'],
    charge: 4000,
    paid: 760,
    adjustments: [
      ['CO', '45', 3050],
      ['PR', '1', 190],
    ],
    controlNumber: controlNumbers[1] ?? '',
  },
];
