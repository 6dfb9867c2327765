import { beforeAll, expect, it } from 'vitest';
import { Balances } from '@medbill/core';
import { claimLines, ledgerEntriesFor } from '@medbill/db';
import { read837p, validateX12 } from '@medbill/x12';
import {
  batchReady,
  importRemittance,
  partPaidLines,
  secondaryCoverageBody,
  secondaryPayerBody,
  setUpPractice,
} from './billing-flow.ts';
import type { FixtureLine } from './era-fixture.ts';
import { make835 } from './era-fixture.ts';
import { coverageBody, encounterBody, patientBody } from './fixtures.ts';
import { describeWithApi } from './test-app.ts';

const tertiaryPayerBody = {
  name: 'Lakeside Mutual',
  payerId: '62202',
  claimFilingIndicator: 'CI',
  timelyFilingDays: 180,
};

/**
 * The secondary's 835 (CLP02 2): OA-23 for what the primary settled, a part of what the primary
 * left, and a patient share (PR) that the tertiary payer considers next.
 */
const secondaryPaidLines = (controlNumbers: readonly string[]): FixtureLine[] => [
  {
    code: '99214',
    charge: 18550,
    paid: 1000,
    adjustments: [
      ['OA', '23', 18550 - 2007],
      ['PR', '2', 1007],
    ],
    controlNumber: controlNumbers[0] ?? '',
  },
  {
    code: '71046',
    modifiers: ['26'],
    charge: 4000,
    paid: 90,
    adjustments: [
      ['OA', '23', 4000 - 190],
      ['PR', '2', 100],
    ],
    controlNumber: controlNumbers[1] ?? '',
  },
];

describeWithApi('tertiary claims on $name', (env) => {
  let claim = { id: '', claimNumber: '' };
  let coverages: { id: string; order: string }[] = [];
  let controlNumbers: string[] = [];
  const coverageOf = (order: string) => coverages.find((c) => c.order === order)?.id ?? '';
  const id = async (url: string, body: unknown) => {
    const made = await env.call('POST', url, body);
    expect(made.status, made.text).toBe(201);
    return String(made.body.id);
  };

  beforeAll(async () => {
    const { practice, provider, payer } = await setUpPractice(env.api);
    const second = await id('/payers', secondaryPayerBody);
    const third = await id('/payers', tertiaryPayerBody);
    const patientId = await id('/patients', {
      patient: patientBody,
      coverages: [
        coverageBody(payer),
        secondaryCoverageBody(second),
        {
          payerId: third,
          order: 'tertiary',
          memberId: 'LMX5550001',
          relationship: '18',
          effectiveFrom: '2024-01-01',
        },
      ],
    });
    coverages = (
      (await env.call('GET', `/patients/${patientId}`)).body as {
        coverages: { id: string; order: string }[];
      }
    ).coverages;
    await id(
      '/encounters',
      encounterBody(
        { patientId, practiceId: practice, renderingProviderId: provider },
        '2026-03-02',
      ),
    );
    const built = (await env.call('POST', '/claims/build', {})).body as {
      claims: { id: string; claimNumber: string }[];
    };
    claim = built.claims[0] ?? claim;
    controlNumbers = (await claimLines(env.db, env.api.orgId, claim.id)).map(
      (l) => l.controlNumber,
    );
    await batchReady(env.api);
    const primary = make835(
      [
        {
          claimNumber: claim.claimNumber,
          status: '1',
          payerClaimNumber: '22026079000300',
          lines: partPaidLines(controlNumbers),
        },
      ],
      { trace: 'TRACE-T1', controlNumber: 51 },
    );
    await importRemittance(env.api, 'primary.835', primary);
  });

  it("bills the tertiary payer after the secondary's 835, with both payers' adjudication", async () => {
    const secondaryFile = read837p(await batchReady(env.api)).claims;
    expect(secondaryFile.map((c) => c.subscriber.responsibility)).toEqual(['S']);
    const secondaryClaim = secondaryFile[0]?.claimId ?? '';

    const era = make835(
      [
        {
          claimNumber: secondaryClaim,
          status: '2',
          payerClaimNumber: 'PHP-0042',
          lines: secondaryPaidLines(controlNumbers),
        },
      ],
      { trace: 'TRACE-T2', controlNumber: 52, payer: { name: 'Prairie Health Plan', id: '61101' } },
    );
    const imported = await importRemittance(env.api, 'secondary.835', era);
    expect(imported.nextPayer).toEqual([
      expect.objectContaining({ claimNumber: secondaryClaim, outcome: 'built' }),
    ]);

    const text = await batchReady(env.api);
    expect(validateX12(text).filter((i) => i.severity === 'error')).toEqual([]);
    const [tertiary, ...others] = read837p(text).claims;
    expect(others).toEqual([]);
    expect(tertiary?.subscriber).toMatchObject({ responsibility: 'T', id: 'LMX5550001' });
    expect(tertiary?.otherPayers.map((p) => [p.responsibility, p.paid])).toEqual([
      ['P', 8026 + 760],
      ['S', 1000 + 90],
    ]);
    // Each line carries both payers' 2430 adjudication.
    expect(tertiary?.lines.map((l) => l.adjudications.map((a) => a.paid))).toEqual([
      [8026, 1000],
      [760, 90],
    ]);

    // What the secondary left to the patient now sits with the tertiary coverage; nobody else owes.
    const ids = (await claimLines(env.db, env.api.orgId, claim.id)).map((l) => l.serviceLineId);
    const balances = Balances.of(await ledgerEntriesFor(env.db, env.api.orgId, ids));
    const owed = (order: string) =>
      balances.total(ids, { kind: 'payer', coverageId: coverageOf(order) });
    expect([owed('primary'), owed('secondary'), owed('tertiary')]).toEqual([0, 0, 1007 + 100]);
  });
});
