import type { ScrubRule } from '../rule.ts';
import { accidentFacts } from './accident-facts.ts';
import { accidentInjury } from './accident-injury.ts';
import { billingProviderNpi } from './billing-provider-npi.ts';
import { billingProviderTaxonomy } from './billing-provider-taxonomy.ts';
import { billingProviderTin } from './billing-provider-tin.ts';
import { billingProviderZip } from './billing-provider-zip.ts';
import { claimFilingIndicator } from './claim-filing-indicator.ts';
import { chiropracticInitialTreatment } from './chiropractic-initial-treatment.ts';
import { claimFrequency } from './claim-frequency.ts';
import { coverageActive } from './coverage-active.ts';
import { diagnosisCount } from './diagnosis-count.ts';
import { diagnosisPointers } from './diagnosis-pointers.ts';
import { duplicateClaim } from './duplicate-claim.ts';
import { duplicateLines } from './duplicate-lines.ts';
import { futureServiceDate } from './future-service-date.ts';
import { institutionalAdmission } from './institutional-admission.ts';
import { institutionalHcpcsRequired } from './institutional-hcpcs-required.ts';
import { institutionalLineDates } from './institutional-line-dates.ts';
import { institutionalProcedures } from './institutional-procedures.ts';
import { institutionalPatientStatus } from './institutional-patient-status.ts';
import { institutionalRevenueLines } from './institutional-revenue-lines.ts';
import { institutionalStatementPeriod } from './institutional-statement-period.ts';
import { institutionalTypeOfBill } from './institutional-type-of-bill.ts';
import { lineCharge } from './line-charge.ts';
import { lineCount } from './line-count.ts';
import { lineFeeSchedule } from './line-fee-schedule.ts';
import { lineUnits } from './line-units.ts';
import { patientRelationship } from './patient-relationship.ts';
import { payerIdPresent } from './payer-id.ts';
import { priorPayerAdjudication } from './prior-payer-adjudication.ts';
import { renderingProviderNpi } from './rendering-provider-npi.ts';
import { serviceDateRange } from './service-date-range.ts';
import { subscriberMemberId } from './subscriber-member-id.ts';
import { timelyFiling } from './timely-filing.ts';

/**
 * The rules that need no code set: claim data, dates, lines, duplicates, coordination of
 * benefits, and the UB-04 facts of institutional claims.
 */
export const CLAIM_DATA_RULES: readonly ScrubRule[] = [
  billingProviderNpi,
  renderingProviderNpi,
  billingProviderTin,
  billingProviderTaxonomy,
  billingProviderZip,
  subscriberMemberId,
  payerIdPresent,
  patientRelationship,
  claimFrequency,
  claimFilingIndicator,
  accidentFacts,
  accidentInjury,
  chiropracticInitialTreatment,
  diagnosisCount,
  lineCount,
  futureServiceDate,
  serviceDateRange,
  timelyFiling,
  coverageActive,
  diagnosisPointers,
  lineUnits,
  lineCharge,
  lineFeeSchedule,
  duplicateLines,
  duplicateClaim,
  priorPayerAdjudication,
  institutionalTypeOfBill,
  institutionalStatementPeriod,
  institutionalLineDates,
  institutionalAdmission,
  institutionalPatientStatus,
  institutionalRevenueLines,
  institutionalHcpcsRequired,
  institutionalProcedures,
];
