import { applyRate, feeFor } from '@medbill/core';
import type { ClaimOnFile, Cents, IsoDate, ScrubClaim, ScrubLine } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { feeSchedulesInForce } from '@medbill/db';
import { loadClaimParties } from './claim-parties.ts';

/**
 * Assembles a stored claim into the plain data the scrubber reads: billing provider, payer,
 * subscriber, patient, coverage, and each line with the fee schedule's price beside its charge.
 */
export async function assembleScrubClaim(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
): Promise<ScrubClaim> {
  const { practice, payer, coverage, patient, rendering, facility, lines } = await loadClaimParties(
    q,
    orgId,
    claim,
  );
  const serviceLines = lines.map((l) => ({ claimLine: l, line: l.service }));
  const schedules = await feeSchedulesInForce(q, orgId, claim.serviceDateFrom, [
    ...new Set(serviceLines.map((s) => s.line.procedureCode.code)),
  ]);

  const scrubLines: ScrubLine[] = serviceLines.map(({ claimLine, line }) => {
    const fee = feeFor(schedules, line.procedureCode.code, line.modifiers, line.serviceDate);
    return {
      procedure: line.procedureCode,
      modifiers: line.modifiers,
      units: line.units,
      charge: line.charge,
      ...(fee === undefined ? {} : { scheduledCharge: applyRate(fee, String(line.units)) }),
      chargeOverridden: line.chargeEntered,
      diagnosisPointers: claimLine.diagnosisPointers,
      serviceDate: line.serviceDate,
      ...(line.ndc ? { ndc: line.ndc } : {}),
    };
  });
  const subscriber = coverage.subscriber ?? patient;
  return {
    claimNumber: claim.claimNumber,
    kind: 'professional',
    frequency: claim.frequency,
    ...(claim.payerClaimNumber ? { payerClaimNumber: claim.payerClaimNumber } : {}),
    billingProvider: {
      name: practice.name,
      npi: practice.npi,
      tin: practice.tin.digits,
      taxonomy: practice.taxonomy,
      zip: practice.address.zip,
    },
    renderingProvider: {
      npi: rendering.npi,
      ...(rendering.taxonomy ? { taxonomy: rendering.taxonomy } : {}),
    },
    payer: {
      name: payer.name,
      payerId: payer.payerId,
      claimFilingIndicator: payer.claimFilingIndicator,
      timelyFilingDays: payer.timelyFilingDays,
    },
    subscriber: {
      memberId: coverage.memberId,
      lastName: subscriber.lastName,
      firstName: subscriber.firstName,
      dateOfBirth: subscriber.dateOfBirth,
    },
    relationship: coverage.relationship,
    patient: {
      accountNumber: patient.accountNumber,
      dateOfBirth: patient.dateOfBirth,
      sex: patient.sex,
    },
    coverage: {
      order: coverage.order,
      effectiveFrom: coverage.effectiveFrom,
      ...(coverage.effectiveTo ? { effectiveTo: coverage.effectiveTo } : {}),
    },
    placeOfService: facility?.placeOfService ?? claim.placeOfService,
    serviceDateFrom: claim.serviceDateFrom,
    serviceDateTo: claim.serviceDateTo,
    diagnoses: claim.diagnoses,
    lines: scrubLines,
  };
}

/** The patient's other claims (not void), as the duplicate rules compare against. */
export async function claimsOnFileFor(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  accountNumber: string,
): Promise<ClaimOnFile[]> {
  const rows = await q.query<{
    claim_number: string;
    npi: string;
    service_date: IsoDate;
    procedure_code: string;
    modifiers: string[];
    units: string;
    charge_cents: Cents;
  }>(
    `select c.claim_number, p.npi, s.service_date, s.procedure_code, s.modifiers, s.units, s.charge_cents
     from claims c
     join claim_lines l on l.org_id = c.org_id and l.claim_id = c.id
     join service_lines s on s.org_id = l.org_id and s.id = l.service_line_id
     join providers p on p.org_id = c.org_id and p.id = c.rendering_provider_id
     where c.org_id = $1 and c.patient_id = $2 and c.id <> $3 and c.status <> 'void'
     order by c.claim_number, l.sequence`,
    [orgId, claim.patientId, claim.id],
  );
  const byClaim = new Map<string, ClaimOnFile & { lines: ClaimOnFile['lines'][number][] }>();
  for (const row of rows) {
    const entry = byClaim.get(row.claim_number) ?? {
      claimNumber: row.claim_number,
      patientAccountNumber: accountNumber,
      renderingProviderNpi: row.npi.trim(),
      lines: [],
    };
    entry.lines.push({
      serviceDate: row.service_date,
      procedureCode: row.procedure_code,
      modifiers: row.modifiers,
      units: Number(row.units),
    });
    byClaim.set(row.claim_number, entry);
  }
  return [...byClaim.values()];
}
