import { conflict, notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { getClaim } from '@medbill/db';
import { cms1500Pages } from '../forms/cms1500/claim-boxes.ts';
import type { Cms1500Mode } from '../forms/cms1500/modes.ts';
import { ub04Pages } from '../forms/ub04/form-locators.ts';
import { loadClaimParties } from './claim-parties.ts';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';

/** The paper form of each kind of claim: the 1500 for professional, the UB-04 for institutional. */
export type ClaimFormName = 'cms1500' | 'ub04';

const FORM_OF: Record<ClaimRecord['kind'], ClaimFormName> = {
  professional: 'cms1500',
  institutional: 'ub04',
};

const FORM_TITLE: Record<ClaimFormName, string> = {
  cms1500: 'CMS-1500',
  ub04: 'UB-04 (CMS-1450)',
};

async function claimFor(
  q: Queryable,
  orgId: string,
  claimId: string,
  form: ClaimFormName,
): Promise<ClaimRecord> {
  const claim = await getClaim(q, orgId, claimId);
  if (!claim) throw notFound('claim', claimId);
  const right = FORM_OF[claim.kind];
  if (right !== form)
    throw conflict(
      `Claim ${claim.claimNumber} is ${claim.kind === 'institutional' ? 'an institutional (facility)' : 'a professional'} claim: its paper form is the ${FORM_TITLE[right]} (/claims/${claim.id}/${right}.pdf), not the ${FORM_TITLE[form]}.`,
      [{ path: 'kind', code: 'wrong_form', message: `print it on the ${FORM_TITLE[right]}` }],
    );
  return claim;
}

/**
 * A stored professional claim as a CMS-1500 (02/12) PDF, with the parties loaded as for the
 * 837P. The caller records the read in the audit log: the form carries the patient's data.
 */
export async function renderClaimForm(
  q: Queryable,
  orgId: string,
  claimId: string,
  mode: Cms1500Mode,
  signedOn: IsoDate,
): Promise<{ readonly claim: ClaimRecord; readonly pdf: Uint8Array }> {
  const claim = await claimFor(q, orgId, claimId, 'cms1500');
  const parties = await loadClaimParties(q, orgId, claim);
  // pdf-lib loads when the first form is printed, not at server start.
  const { writeCms1500Pdf } = await import('../forms/cms1500/pdf-writer.ts');
  const pdf = await writeCms1500Pdf(cms1500Pages({ claim, parties, signedOn }), mode);
  return { claim, pdf };
}

/**
 * A stored institutional claim as a UB-04 (CMS-1450) PDF, with its facility bill and parties
 * loaded as for the 837I. The caller audits the read.
 */
export async function renderUb04(
  q: Queryable,
  orgId: string,
  claimId: string,
  mode: Cms1500Mode,
  printedOn: IsoDate,
): Promise<{ readonly claim: ClaimRecord; readonly pdf: Uint8Array }> {
  const claim = await claimFor(q, orgId, claimId, 'ub04');
  const [parties] = await loadInstitutionalParties(q, orgId, [claim]);
  if (!parties) throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
  const { writeUb04Pdf } = await import('../forms/ub04/pdf-writer.ts');
  const pdf = await writeUb04Pdf(ub04Pages({ claim, parties, printedOn }), mode);
  return { claim, pdf };
}

/** A stored claim on its own paper form: the CMS-1500 if professional, else the UB-04. */
export async function renderPaperClaim(
  q: Queryable,
  orgId: string,
  claimId: string,
  mode: Cms1500Mode,
  today: IsoDate,
): Promise<{
  readonly claim: ClaimRecord;
  readonly pdf: Uint8Array;
  readonly form: ClaimFormName;
}> {
  const claim = await getClaim(q, orgId, claimId);
  if (!claim) throw notFound('claim', claimId);
  const form = FORM_OF[claim.kind];
  const rendered =
    form === 'ub04'
      ? await renderUb04(q, orgId, claimId, mode, today)
      : await renderClaimForm(q, orgId, claimId, mode, today);
  return { ...rendered, form };
}

/** The file name a form downloads as: `A1-1042-cms1500.pdf`, `-red` for the red form. */
export function claimFormFileName(
  claim: Pick<ClaimRecord, 'claimNumber'>,
  mode: Cms1500Mode,
  form: ClaimFormName = 'cms1500',
) {
  return `${claim.claimNumber}-${form}${mode === 'red' ? '-red' : ''}.pdf`;
}
