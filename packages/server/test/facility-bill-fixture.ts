/** Facility bills as a hospital's billing office would send them, and the 835 lines paying them. */
import { make835, withControl } from './era-fixture.ts';
import type { FixtureLine } from './era-fixture.ts';

export const operatingSurgeonBody = {
  lastName: 'Lindqvist',
  firstName: 'Erik',
  credential: 'MD',
  npi: '1298765433',
  taxonomy: '208600000X',
};

/**
 * An emergency visit billed on an outpatient bill (type 131): ER level 4 with modifier 25 and
 * a wrist X-ray, $650.00 + $280.50.
 */
export const outpatientBillBody = (ids: {
  patient: string;
  practice: string;
  attending: string;
}) => ({
  patientId: ids.patient,
  practiceId: ids.practice,
  attendingProviderId: ids.attending,
  facilityType: '13',
  frequency: '1',
  statementFrom: '2026-03-10',
  statementTo: '2026-03-10',
  admission: { date: '2026-03-10', hour: '14', type: '1', pointOfOrigin: '1' },
  patientStatus: '01',
  principalDiagnosis: { code: 'S52.521A' },
  otherDiagnoses: [{ code: 'W01.0XXA' }],
  // 05: other accident, the fall that morning (the injury and its external cause call for it).
  occurrences: [{ code: '05', date: '2026-03-10' }],
  lines: [
    {
      revenueCode: '0450',
      procedureCode: '99284',
      modifiers: ['25'],
      charge: '650.00',
      serviceDate: '2026-03-10',
    },
    { revenueCode: '320', procedureCode: '73100', charge: '280.50', serviceDate: '2026-03-10' },
  ],
});

/**
 * A three-day inpatient stay (type 111) with a principal procedure: room and board by the day,
 * pharmacy and a lab line with its CPT code; $4,500.00 + $312.55 + $98.00.
 */
export const inpatientBillBody = (ids: {
  patient: string;
  practice: string;
  attending: string;
  operating: string;
}) => ({
  patientId: ids.patient,
  practiceId: ids.practice,
  attendingProviderId: ids.attending,
  operatingProviderId: ids.operating,
  facilityType: '11',
  frequency: '1',
  statementFrom: '2026-03-01',
  statementTo: '2026-03-04',
  admission: { date: '2026-03-01', hour: '0830', type: '1', pointOfOrigin: '1' },
  dischargeHour: '1100',
  patientStatus: '01',
  principalDiagnosis: { code: 'J18.9', presentOnAdmission: 'Y' },
  admittingDiagnosis: 'R50.9',
  otherDiagnoses: [
    { code: 'I10', presentOnAdmission: 'Y' },
    { code: 'E11.9', presentOnAdmission: 'Y' },
  ],
  procedures: [{ code: '5A1935Z', date: '2026-03-02' }],
  lines: [
    { revenueCode: '0120', unitBasis: 'DA', units: 3, charge: '4500.00' },
    { revenueCode: '0250', charge: '312.55' },
    { revenueCode: '0300', procedureCode: '85025', units: 2, charge: '98.00' },
  ],
});

/**
 * The 835 lines paying {@link inpatientBillBody}, by the claim lines' control numbers: room
 * 3 days $4,500.00 → $3,000.00 (CO-45 $1,300.00, PR-1 $200.00 deductible) and lab 85025 ×2
 * $98.00 → $21.00 (CO-45 $77.00); the pharmacy line ($312.55) is paid as the test says.
 */
export const inpatientPaidLines = (
  controlNumbers: readonly string[],
  pharmacy: Pick<FixtureLine, 'paid' | 'adjustments'>,
): FixtureLine[] => [
  {
    qualifier: 'NU',
    code: '0120',
    charge: 450000,
    paid: 300000,
    units: 3,
    adjustments: [
      ['CO', '45', 130000],
      ['PR', '1', 20000],
    ],
    ...withControl(controlNumbers[0]),
  },
  { qualifier: 'NU', code: '0250', charge: 31255, ...pharmacy, ...withControl(controlNumbers[1]) },
  {
    code: '85025',
    revenueCode: '0300',
    charge: 9800,
    paid: 2100,
    units: 2,
    adjustments: [['CO', '45', 7700]],
    ...withControl(controlNumbers[2]),
  },
];

/**
 * The 835 lines paying {@link outpatientBillBody} by HCPCS (SVC04 naming the revenue code): ER
 * visit $650.00 → $400.00 (CO-45 $200.00, PR-2 $50.00), X-ray $280.50 → $100.00 (CO-45
 * $180.50); without control numbers, the lines are matched by their codes.
 */
export const outpatientPaidLines = (controlNumbers: readonly string[] = []): FixtureLine[] => [
  {
    code: '99284',
    modifiers: ['25'],
    revenueCode: '0450',
    charge: 65000,
    paid: 40000,
    adjustments: [
      ['CO', '45', 20000],
      ['PR', '2', 5000],
    ],
    ...withControl(controlNumbers[0]),
  },
  {
    code: '73100',
    revenueCode: '0320',
    charge: 28050,
    paid: 10000,
    adjustments: [['CO', '45', 18050]],
    ...withControl(controlNumbers[1]),
  },
];

/**
 * The primary's 835 for an inpatient facility claim: each line paid in part, with a contractual
 * write-off (CO-45) and coinsurance (PR-2) the next payer considers.
 */
export const inpatientPrimaryEra = (
  claim: { readonly claimNumber: string; readonly lines: readonly { controlNumber: string }[] },
  remittance: { payerClaimNumber: string; trace: string; controlNumber: number },
): string =>
  make835(
    [
      {
        claimNumber: claim.claimNumber,
        status: '1',
        payerClaimNumber: remittance.payerClaimNumber,
        lines: inpatientPaidLines(
          claim.lines.map((l) => l.controlNumber),
          {
            paid: 20000,
            adjustments: [
              ['CO', '45', 8255],
              ['PR', '2', 3000],
            ],
          },
        ),
      },
    ],
    { trace: remittance.trace, controlNumber: remittance.controlNumber },
  );
