import type { ClaimConditions, IsoDate, RelatedCause, UsState } from '@medbill/core';
import type { SqlParam } from '../database.ts';
import { optionalFields } from './address-columns.ts';

type Row = Record<string, unknown>;

/** The accident and onset columns encounters and claims share (migration 0015). */
export function conditionColumns(c: ClaimConditions): Record<string, SqlParam> {
  return {
    related_causes: [...c.relatedCauses],
    accident_state: c.accidentState ?? null,
    accident_date: c.accidentDate ?? null,
    onset_date: c.onsetDate ?? null,
    initial_treatment_date: c.initialTreatmentDate ?? null,
  };
}

export function conditionsFromRow(row: Row): ClaimConditions {
  const dates = optionalFields(row, {
    accidentDate: 'accident_date',
    onsetDate: 'onset_date',
    initialTreatmentDate: 'initial_treatment_date',
  }) as Partial<Record<'accidentDate' | 'onsetDate' | 'initialTreatmentDate', IsoDate>>;
  const state = optionalFields(row, { accidentState: 'accident_state' }) as {
    accidentState?: UsState;
  };
  return {
    relatedCauses: (row.related_causes as RelatedCause[] | null | undefined) ?? [],
    ...state,
    ...dates,
  };
}
