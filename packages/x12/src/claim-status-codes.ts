/**
 * The code lists a 277CA claim acknowledgment (005010X214 STC) speaks in, with what each code
 * means in plain words: claim status category codes (code source 507), the most common claim
 * status codes (508) and the entity identifier codes STC01-3 names (98). Only codes whose
 * meaning is certain are listed; others are read as they are and described by their number.
 */

/** What a status category says about the claim's acknowledgment. */
export type StatusCategoryOutcome = 'accepted' | 'rejected' | 'pending' | 'finalized' | 'other';

/** Claim status category codes (507) with their outcome for a claim acknowledgment. */
export const statusCategoryCodes: Readonly<
  Record<string, { readonly meaning: string; readonly outcome: StatusCategoryOutcome }>
> = {
  A0: { meaning: 'forwarded to another entity', outcome: 'other' },
  A1: { meaning: 'received (not yet accepted for adjudication)', outcome: 'accepted' },
  A2: { meaning: 'accepted into the adjudication system', outcome: 'accepted' },
  A3: {
    meaning: 'returned as unprocessable: rejected, not entered into adjudication',
    outcome: 'rejected',
  },
  A4: { meaning: 'not found in the adjudication system', outcome: 'rejected' },
  A5: { meaning: 'split upon acceptance into the adjudication system', outcome: 'accepted' },
  A6: { meaning: 'rejected for missing information', outcome: 'rejected' },
  A7: { meaning: 'rejected for invalid information', outcome: 'rejected' },
  A8: { meaning: 'rejected for a relational field in error', outcome: 'rejected' },
  P0: { meaning: 'pending: adjudication details', outcome: 'pending' },
  P1: { meaning: 'pending: in process', outcome: 'pending' },
  P2: { meaning: 'pending: payer review', outcome: 'pending' },
  P3: { meaning: 'pending: information requested from the provider', outcome: 'pending' },
  P4: { meaning: 'pending: information requested from the patient', outcome: 'pending' },
  P5: { meaning: 'pending: payer administrative or system hold', outcome: 'pending' },
  F0: { meaning: 'finalized: adjudication complete', outcome: 'finalized' },
  F1: { meaning: 'finalized: paid', outcome: 'finalized' },
  F2: { meaning: 'finalized: denied', outcome: 'finalized' },
  F3: { meaning: 'finalized: adjudication revised', outcome: 'finalized' },
  F4: { meaning: 'finalized: adjudicated, no payment forthcoming', outcome: 'finalized' },
  E0: { meaning: 'response not possible: error in the submitted request', outcome: 'other' },
  E1: { meaning: 'response not possible: system status', outcome: 'other' },
  E2: { meaning: 'the information holder is not responding; resubmit later', outcome: 'other' },
  E3: { meaning: 'correction required: relational fields in error', outcome: 'rejected' },
  E4: {
    meaning: 'trading partner agreement requirement not met: data correction required',
    outcome: 'rejected',
  },
  D0: { meaning: 'data search unsuccessful', outcome: 'other' },
};

/** The most common claim status codes (508) seen on claim acknowledgments. */
export const claimStatusCodes: Readonly<Record<string, string>> = {
  '0': 'cannot provide further status electronically',
  '1': 'for more detailed information, see the remittance advice',
  '2': 'more detailed information in a letter',
  '3': 'claim has been adjudicated and is awaiting the payment cycle',
  '6': 'balance due from the subscriber',
  '12': 'one or more submitted procedure codes have been combined',
  '15': 'one or more submitted procedure codes have been modified',
  '16': 'claim has been forwarded to the entity',
  '17': 'claim has been forwarded by a third party entity to the entity',
  '18': 'the entity received the claim but returned an invalid status',
  '19': 'the entity acknowledges receipt of the claim',
  '20': 'accepted for processing',
  '21': 'missing or invalid information',
  '23': 'returned to the entity',
  '24': 'entity not approved as an electronic submitter',
  '25': 'entity not approved',
  '26': 'entity not found',
  '35': 'claim not found',
  '97': 'patient eligibility not found with the entity',
  '116': 'claim submitted to the wrong payer',
  '145': "entity's specialty/taxonomy code",
  '153': "entity's ID number",
  '164': "entity's contract/member number",
  '187': 'date(s) of service',
  '254': 'principal diagnosis code',
  '255': 'diagnosis code',
  '400': 'claim is out of balance',
  '454': 'procedure code for services rendered',
  '562': "entity's National Provider Identifier (NPI)",
};

/** Entity identifier codes (98) that STC01-3 names. */
export const statusEntityCodes: Readonly<Record<string, string>> = {
  '03': 'dependent',
  '1P': 'provider',
  '40': 'receiver',
  '41': 'submitter',
  '71': 'attending physician',
  '72': 'operating physician',
  '77': 'service location',
  '82': 'rendering provider',
  '85': 'billing provider',
  '87': 'pay-to provider',
  DK: 'ordering physician',
  DN: 'referring provider',
  DQ: 'supervising physician',
  FA: 'facility',
  IL: 'subscriber',
  PR: 'payer',
  QC: 'patient',
};

/** STC01 / STC10 / STC11 (C043): category, status and, for entity-based codes, the entity. */
export interface StatusCode {
  readonly category: string;
  readonly code: string;
  readonly entity?: string;
}

/** What a category says, or `other` when it is not in the list. */
export function statusOutcome(category: string): StatusCategoryOutcome {
  return statusCategoryCodes[category]?.outcome ?? 'other';
}

/**
 * A status in words, e.g. `A7 rejected for invalid information: 562 entity's National
 * Provider Identifier (NPI) (billing provider)`.
 */
export function describeStatus(status: StatusCode): string {
  const category = statusCategoryCodes[status.category]?.meaning ?? 'status category';
  const code = claimStatusCodes[status.code] ?? 'status code (see the claim status code list)';
  const entity =
    status.entity === undefined
      ? ''
      : ` (${statusEntityCodes[status.entity] ?? `entity ${status.entity}`})`;
  return `${status.category} ${category}: ${status.code} ${code}${entity}`;
}
