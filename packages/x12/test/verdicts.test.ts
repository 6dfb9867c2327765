import { describe, expect, it } from 'vitest';
import { validateX12 } from '../src/index.ts';
import { listSamples, readSampleText } from './samples.ts';

/**
 * Error codes each well-formed-folder sample is judged to deserve (README.md "Samples judged
 * defective" gives the reasons); every sample not listed must read without errors.
 */
const defects: Record<string, string[]> = {
  // IEA02 differs from ISA13.
  '277/stupidedi__X212-1.era': ['iea-control-number'],
  // IEA02 differs from ISA13; GS05 102497 has 97 seconds.
  '999/imsweb__x12_999_accepted.txt': ['iea-control-number', 'invalid-time'],
  // AK202 002 is shorter than the 4 characters of a transaction set control number (X12 329).
  '999/oopfactory__DHS_Wisconsin_Sample.txt': ['element-too-short'],
  // De-identified into placeholders: BHT05 9999 is no time.
  '277CA/oopfactory__276-277_Deidentified_from_nth.txt': ['invalid-time'],
  // HL04 says the dependent level HL 4 has children; nothing follows it.
  '271/oopfactory__hipaa-271-Example_3_2_2.txt': ['hl-child-flag'],
  // SE01 is not the segment count.
  '278/stupidedi__X217-admission-request-for-review.edi': ['se-count'],
  '837I/imsweb__x223-test.txt': ['claim-charge-mismatch', 'se-count'],
  // Composites written with `>` while ISA16 is `:`, HI not composites, a 4010-style DMG in 2320.
  '837I/oopfactory__837I-Spec_3.1.3_PPORepricedClaim.txt': [
    'element-too-long',
    'invalid-code',
    'principal-diagnosis-missing',
    'required-component-missing',
    'unexpected-segment',
  ],
  // Placeholder CAS and PLB values (reason_code, resnCode), SE01 wrong, PLB without amount,
  // BPR02 ≠ Σ CLP04 − Σ PLB.
  '835/affect__sample_835.txt': [
    'element-too-long',
    'invalid-amount',
    'invalid-code',
    'invalid-number',
    'required-element-missing',
    'se-count',
    'unbalanced-payment',
  ],
  '835/affect__sample_835_with_interests.txt': [
    'bad-segment-id',
    'element-too-long',
    'invalid-amount',
    'invalid-code',
    'invalid-number',
    'se-count',
    'unbalanced-payment',
    'unexpected-segment',
  ],
  // Claim CAS repeats the line CAS; SE01 wrong; BPR10 holds a date (8 of 10), BPR11 5 of 9.
  '835/chs-cds__test.835': ['element-too-short', 'se-count', 'unbalanced-claim'],
  // CLP03/CLP04 not updated to the line that balances; BPR02 34.00 vs Σ CLP04 0; SVC01-1
  // qualifier MY_CUSTOM_CODE (2 characters at most).
  '835/edifabric__Custom835.txt': ['element-too-long', 'unbalanced-claim', 'unbalanced-payment'],
  // No envelope; second SVC has no charge or payment; SE01 wrong; TRN03 of 9 characters (10:
  // 1 and the EIN); the phone number in PER03, the qualifier.
  '835/keironstoddart__blue_cross_nc_sample.txt': [
    'element-too-long',
    'element-too-short',
    'missing-isa',
    'required-element-missing',
    'se-count',
  ],
  // SVC01 written with `>` while ISA16 is `:`.
  '835/lfh__cob-contractural-adjustment.835': ['required-component-missing'],
  // BPR16 20002316 is not a date.
  '835/lfh__managed-care.835': ['invalid-date'],
  // SVC01 composite broken into elements (HC*24599.00), so the line cannot balance and SVC06
  // holds 1.
  '835/lfh__tertiary-payment.835': [
    'element-too-short',
    'required-component-missing',
    'unbalanced-service-line',
  ],
  // SE02 0001 vs ST02 1234.
  '835/tigershark__5010-835-example-2.txt': ['se-control-number'],
  // An STC segment after the IEA.
  '837I/silvenga__X223-837I-two-claims-for-the-same-provider.edi': ['segment-outside-set'],
  // CLM02 ≠ Σ SV102.
  '837P/edifabric__ClaimPaymentEVV.txt': ['claim-charge-mismatch'],
  // CLM02 ≠ Σ SV102; BHT05 9999 is no time.
  '837P/oopfactory__837P-MedicaidExample.txt': ['claim-charge-mismatch', 'invalid-time'],
  // imsweb parser fixtures: duplicate HL numbers, HI not composite, CLM02 ≠ Σ SV102, SE01 wrong.
  '837P/imsweb__x12_complex.txt': [
    'claim-charge-mismatch',
    // SVD*43*55 on a 12.26 line: SVD01 names no 2330B payer and 55.00 + CAS ≠ SV102.
    'cob-line-unbalanced',
    'cob-unknown-payer',
    'element-too-long',
    'ge-count',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_many_claims.txt': [
    'claim-charge-mismatch',
    'element-too-long',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_multiple_gs.txt': [
    'claim-charge-mismatch',
    'duplicate-gs06',
    'element-too-long',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'iea-count',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_multiple_isa.txt': [
    'claim-charge-mismatch',
    'element-too-long',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_multiple_st.txt': [
    'claim-charge-mismatch',
    'duplicate-st02',
    'element-too-long',
    'ge-count',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_multiple_transactions.txt': [
    'claim-charge-mismatch',
    'duplicate-isa13',
    'element-too-long',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  '837P/imsweb__x12_valid_different_separators.txt': [
    'claim-charge-mismatch',
    'element-too-long',
    'hl-child-flag',
    'hl-duplicate',
    'hl-parent-unknown',
    'hl-sequence',
    'required-component-missing',
    'se-count',
  ],
  // Last segment has no terminator.
  'TA1/oopfactory__TechnicalAcknowledgment_SampleFromJeffN825.txt': ['missing-terminator'],
  // IEA01 says 1 group, there are none.
  'TA1/staedi__x12_interchange_ack.txt': ['iea-count'],
};

describe('sample verdicts', () => {
  it.each(listSamples().filter((name) => !name.startsWith('malformed/')))('%s', (name) => {
    const errors = validateX12(readSampleText(name)).filter((i) => i.severity === 'error');
    expect([...new Set(errors.map((i) => i.code))].sort()).toEqual(defects[name] ?? []);
  });
});
