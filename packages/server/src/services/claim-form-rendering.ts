import { notFound } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { getClaim } from '@medbill/db';
import { cms1500Pages } from '../forms/cms1500/claim-boxes.ts';
import type { Cms1500Mode } from '../forms/cms1500/modes.ts';
import { loadClaimParties } from './claim-parties.ts';

/**
 * A stored claim as a CMS-1500 (02/12) PDF, with the parties loaded as for the 837P. The caller
 * records the read in the audit log: the form carries the patient's data.
 */
export async function renderClaimForm(
  q: Queryable,
  orgId: string,
  claimId: string,
  mode: Cms1500Mode,
  signedOn: IsoDate,
): Promise<{ readonly claim: ClaimRecord; readonly pdf: Uint8Array }> {
  const claim = await getClaim(q, orgId, claimId);
  if (!claim) throw notFound('claim', claimId);
  const parties = await loadClaimParties(q, orgId, claim);
  // pdf-lib loads when the first form is printed, not at server start.
  const { writeCms1500Pdf } = await import('../forms/cms1500/pdf-writer.ts');
  const pdf = await writeCms1500Pdf(cms1500Pages({ claim, parties, signedOn }), mode);
  return { claim, pdf };
}

/** The file name a form downloads as: `A1-1042-cms1500.pdf`, `-red` for the red form. */
export function claimFormFileName(claim: Pick<ClaimRecord, 'claimNumber'>, mode: Cms1500Mode) {
  return `${claim.claimNumber}-cms1500${mode === 'red' ? '-red' : ''}.pdf`;
}
