import type { InpatientProcedureFacts, IsoDate } from '@medbill/core';
import type { Icd10pcsStore } from '../icd10pcs/index.ts';
import { normalizeIcd10pcsCode } from '../icd10pcs/index.ts';

/** An ICD-10-PCS code on a procedure date, from the CMS order file in force. */
export function inpatientProcedureFacts(
  store: Icd10pcsStore,
  input: string,
  date: IsoDate,
): InpatientProcedureFacts {
  const code = normalizeIcd10pcsCode(input) ?? input.trim().toUpperCase();
  const lookup = store.codes.lookup(code, date);
  if (lookup.status === 'valid') {
    return {
      code,
      status: lookup.billable ? 'valid' : 'header',
      release: lookup.release.version,
      title: lookup.longTitle,
    };
  }
  const status = lookup.reason === 'no-release-on-dos' ? 'no-release' : lookup.reason;
  return {
    code,
    status,
    ...(lookup.inForce ? { release: lookup.inForce.version } : {}),
    message: lookup.message,
  };
}
