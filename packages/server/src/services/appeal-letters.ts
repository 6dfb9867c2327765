import { appealLetter, conflict, notFound, serviceLabel } from '@medbill/core';
import type { AppealFacts, IsoDate, Provider } from '@medbill/core';
import type { ClaimRecord, Queryable, WorklistItem } from '@medbill/db';
import { getClaim, getWorklistItem } from '@medbill/db';
import { loadClaimParties } from './claim-parties.ts';
import type { ClaimParties } from './claim-parties.ts';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';
import type { InstitutionalClaimParties } from './institutional-claim-parties.ts';
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
  const denies = (serviceLineId: string) =>
    item.serviceLineId === undefined || serviceLineId === item.serviceLineId;
  const { parties, provider, lines } = await deniedServices(q, orgId, claim, denies);
  const { reasons, remarks } = explainReasons(item.detail, catalog);
  const { practice, patient, payer, coverage } = parties;
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
    renderingProvider: `${provider.firstName} ${provider.lastName}${provider.credential ? `, ${provider.credential}` : ''}`,
    lines,
    reasons,
    remarks,
  });
  return { text, claimNumber: claim.claimNumber, patientId: claim.patientId };
}

/**
 * The claim's parties, the provider who signs for the care (rendering, or on a facility claim
 * the attending) and the denied lines as the letter lists them: a facility line by its revenue
 * code and HCPCS code, with every diagnosis of the bill (an 837I line points at none).
 */
async function deniedServices(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  denies: (serviceLineId: string) => boolean,
): Promise<{
  parties: ClaimParties | InstitutionalClaimParties;
  provider: Provider;
  lines: AppealFacts['lines'];
}> {
  if (claim.kind === 'institutional') {
    const [parties] = await loadInstitutionalParties(q, orgId, [claim]);
    if (!parties) throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
    return {
      parties,
      provider: parties.attending,
      lines: parties.lines
        .filter((l) => denies(l.serviceLineId))
        .map(({ revenue }) => ({
          procedureCode: serviceLabel({
            revenueCode: revenue.revenueCode,
            procedureCode: revenue.procedureCode?.code,
          }),
          modifiers: revenue.modifiers,
          serviceDate: revenue.serviceDate,
          charge: revenue.charge,
          diagnoses: claim.diagnoses,
        })),
    };
  }
  const parties = await loadClaimParties(q, orgId, claim);
  return {
    parties,
    provider: parties.rendering,
    lines: parties.lines
      .filter((l) => denies(l.serviceLineId))
      .map((l) => ({
        procedureCode: l.service.procedureCode.code,
        modifiers: l.service.modifiers,
        serviceDate: l.service.serviceDate,
        charge: l.service.charge,
        diagnoses: l.diagnosisPointers.flatMap((p) => claim.diagnoses[p - 1] ?? []),
      })),
  };
}
