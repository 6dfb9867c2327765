import { appealLetter, conflict, notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { ClaimRecord, Queryable, WorklistItem } from '@medbill/db';
import { getClaim, getWorklistItem } from '@medbill/db';
import { loadClaimParties } from './claim-parties.ts';
import type { CodeSetCatalog } from './code-set-catalog.ts';
import { explainReasons } from './denial-reasons.ts';

/** The denial on the worklist and the claim it denies; refused for any other kind of item. */
export async function loadDenial(
  q: Queryable,
  orgId: string,
  itemId: string,
): Promise<{ item: WorklistItem; claim: ClaimRecord }> {
  const item = await getWorklistItem(q, orgId, itemId);
  if (!item) throw notFound('worklist item', itemId);
  if (item.kind !== 'denial' || item.claimId === undefined) {
    throw conflict('An appeal letter is written for a denied claim: this item is not a denial.');
  }
  const claim = await getClaim(q, orgId, item.claimId);
  if (!claim) throw notFound('claim', item.claimId);
  return { item, claim };
}

/**
 * The first draft of an appeal for a denial on the worklist, from the claim, its parties and
 * the remittance's reasons: the biller edits it before it is printed.
 */
export async function draftAppealLetter(
  q: Queryable,
  orgId: string,
  itemId: string,
  catalog: CodeSetCatalog,
  today: IsoDate,
): Promise<{ text: string; claimNumber: string; patientId: string }> {
  const { item, claim } = await loadDenial(q, orgId, itemId);
  const parties = await loadClaimParties(q, orgId, claim);
  const denied = parties.lines.filter(
    (l) => item.serviceLineId === undefined || l.serviceLineId === item.serviceLineId,
  );
  const { reasons, remarks } = explainReasons(item.detail, catalog);
  const { practice, patient, payer, coverage, rendering } = parties;
  const text = appealLetter({
    today,
    practice: {
      name: practice.name,
      npi: practice.npi,
      address: practice.address,
      phone: practice.phone,
    },
    payer: { name: payer.name, address: payer.address },
    patient: {
      name: `${patient.firstName} ${patient.lastName}`,
      dateOfBirth: patient.dateOfBirth,
      memberId: coverage.memberId,
    },
    claimNumber: claim.claimNumber,
    payerClaimNumber: claim.payerClaimNumber,
    renderingProvider: `${rendering.firstName} ${rendering.lastName}${rendering.credential ? `, ${rendering.credential}` : ''}`,
    lines: denied.map((l) => ({
      procedureCode: l.service.procedureCode.code,
      modifiers: l.service.modifiers,
      serviceDate: l.service.serviceDate,
      charge: l.service.charge,
      diagnoses: l.diagnosisPointers.flatMap((p) => claim.diagnoses[p - 1] ?? []),
    })),
    reasons,
    remarks,
  });
  return { text, claimNumber: claim.claimNumber, patientId: claim.patientId };
}
