import { formatCents, wrapInterchange, writeX12 } from '@medbill/x12';
import type { SegmentInput } from '@medbill/x12';

export interface FixtureLine {
  /** SVC01-1: HC for a HCPCS/CPT code (default), NU for an institutional line's revenue code. */
  readonly qualifier?: 'HC' | 'NU';
  readonly code: string;
  /** SVC04: the revenue code of an institutional line paid by its HCPCS code. */
  readonly revenueCode?: string;
  readonly modifiers?: readonly string[];
  readonly charge: number;
  readonly paid: number;
  /** SVC05 units paid; 1 unless said. */
  readonly units?: number;
  readonly adjustments: readonly [group: string, reason: string, amount: number][];
  readonly controlNumber?: string;
  readonly remarks?: readonly string[];
  /** SVC06: the procedure as billed, when the payer paid it under another code (SVC01). */
  readonly submitted?: { readonly code: string; readonly modifiers?: readonly string[] };
}

export interface FixtureClaim {
  readonly claimNumber: string;
  readonly status: string;
  readonly payerClaimNumber: string;
  readonly lines: readonly FixtureLine[];
  /** 2100 AMT*I: interest the payer reports on the claim (paid through a PLB L6, not in CLP04). */
  readonly interest?: number;
}

/** A PLB adjustment: positive reduces the payment, negative (interest, say) adds to it. */
export interface FixtureProviderAdjustment {
  /** PLB03-1, e.g. WO, FB, L6, 72. */
  readonly reason: string;
  /** PLB03-2, e.g. the payer claim number of the claim recouped. */
  readonly reference?: string;
  readonly amount: number;
}

const money = (cents: number) => formatCents(cents);

/** A balanced 005010X221A1 835 paying the given claims, for tests. */
export function make835(
  claims: readonly FixtureClaim[],
  options: {
    trace: string;
    controlNumber: number;
    /** N1*PR: the payer that sent it (Medicare Part B unless said), with its id as N104 (XV). */
    payer?: { name: string; id: string };
    /** PLB rows, one segment each; BPR02 stays Σ CLP04 − Σ PLB (a debit when negative). */
    providerAdjustments?: readonly FixtureProviderAdjustment[];
  },
): string {
  const plbs = options.providerAdjustments ?? [];
  const total =
    claims.reduce((sum, c) => sum + c.lines.reduce((s, l) => s + l.paid, 0), 0) -
    plbs.reduce((sum, p) => sum + p.amount, 0);
  const body: SegmentInput[] = [
    {
      id: 'BPR',
      elements: [
        'I',
        money(Math.abs(total)),
        total < 0 ? 'D' : 'C',
        'ACH',
        'CCP',
        '01',
        '999999992',
        'DA',
        '123456',
        '1512345678',
        '',
        '01',
        '999988880',
        'DA',
        '98765',
        '20260320',
      ],
    },
    { id: 'TRN', elements: ['1', options.trace, '1512345678'] },
    { id: 'DTM', elements: ['405', '20260319'] },
    {
      id: 'N1',
      elements: options.payer
        ? ['PR', options.payer.name, 'XV', options.payer.id]
        : ['PR', 'MEDICARE PART B'],
    },
    { id: 'N3', elements: ['PO BOX 1'] },
    { id: 'N4', elements: ['INDIANAPOLIS', 'IN', '46206'] },
    { id: 'PER', elements: ['BL', 'PROVIDER SERVICES', 'TE', '8005551212'] },
    { id: 'N1', elements: ['PE', 'PRAIRIE FAMILY MEDICINE', 'XX', '1234567893'] },
    { id: 'LX', elements: ['1'] },
  ];
  for (const claim of claims) {
    const charge = claim.lines.reduce((s, l) => s + l.charge, 0);
    const paid = claim.lines.reduce((s, l) => s + l.paid, 0);
    const patient = claim.lines
      .flatMap((l) => l.adjustments)
      .filter(([g]) => g === 'PR')
      .reduce((s, [, , a]) => s + a, 0);
    body.push({
      id: 'CLP',
      elements: [
        claim.claimNumber,
        claim.status,
        money(charge),
        money(paid),
        money(patient),
        'MB',
        claim.payerClaimNumber,
        '11',
        '1',
      ],
    });
    body.push({
      id: 'NM1',
      elements: ['QC', '1', 'RIVERA', 'MARIA', '', '', '', 'MI', '1EG4TE5MK72'],
    });
    if (claim.interest !== undefined)
      body.push({ id: 'AMT', elements: ['I', money(claim.interest)] });
    for (const line of claim.lines) {
      body.push({
        id: 'SVC',
        elements: [
          [line.qualifier ?? 'HC', line.code, ...(line.modifiers ?? [])].join(':'),
          money(line.charge),
          money(line.paid),
          line.revenueCode ?? '',
          String(line.units ?? 1),
          ...(line.submitted
            ? [['HC', line.submitted.code, ...(line.submitted.modifiers ?? [])].join(':')]
            : []),
        ],
      });
      body.push({ id: 'DTM', elements: ['472', '20260302'] });
      for (const [group, reason, amount] of line.adjustments)
        body.push({ id: 'CAS', elements: [group, reason, money(amount)] });
      if (line.controlNumber) body.push({ id: 'REF', elements: ['6R', line.controlNumber] });
      for (const remark of line.remarks ?? []) body.push({ id: 'LQ', elements: ['HE', remark] });
    }
  }
  for (const plb of plbs)
    body.push({
      id: 'PLB',
      elements: [
        '1234567893',
        '20261231',
        [plb.reason, ...(plb.reference ? [plb.reference] : [])].join(':'),
        money(plb.amount),
      ],
    });
  const st = String(options.controlNumber).padStart(4, '0');
  const set = [
    { id: 'ST', elements: ['835', st] },
    ...body,
    { id: 'SE', elements: [String(body.length + 2), st] },
  ];
  return writeX12(
    wrapInterchange([set], {
      senderQualifier: 'ZZ',
      senderId: 'MEDICARE',
      receiverQualifier: 'ZZ',
      receiverId: 'PRAIRIE',
      applicationSender: 'MEDICARE',
      applicationReceiver: 'PRAIRIE',
      interchangeControlNumber: options.controlNumber,
      groupControlNumber: options.controlNumber,
      functionalId: 'HP',
      version: '005010X221A1',
      date: '2026-03-19',
      time: '1200',
      usage: 'P',
    }),
    { lineBreak: '\n' },
  );
}

/** A fixture line's REF*6R, when it has one. */
export const withControl = (controlNumber: string | undefined) =>
  controlNumber === undefined ? {} : { controlNumber };

/**
 * The test encounter (99214 $185.50, 71046-26 $40.00) paid as Medicare pays it: CO-45 write-offs
 * and PR-2 coinsurance, $21.97 left to the patient or the next payer.
 */
export function paidClaim(
  claimNumber: string,
  payerClaimNumber: string,
  controlNumbers: readonly string[] = [],
): FixtureClaim {
  return {
    claimNumber,
    status: '1',
    payerClaimNumber,
    lines: [
      {
        code: '99214',
        charge: 18550,
        paid: 8026,
        adjustments: [
          ['CO', '45', 8517],
          ['PR', '2', 2007],
        ],
        ...withControl(controlNumbers[0]),
      },
      {
        code: '71046',
        modifiers: ['26'],
        charge: 4000,
        paid: 760,
        adjustments: [
          ['CO', '45', 3050],
          ['PR', '2', 190],
        ],
        ...withControl(controlNumbers[1]),
      },
    ],
  };
}

/** The same encounter denied as included in another service (CO-97, remark M15). */
export function deniedClaim(
  claimNumber: string,
  payerClaimNumber: string,
  controlNumbers: readonly string[] = [],
): FixtureClaim {
  return {
    claimNumber,
    status: '4',
    payerClaimNumber,
    lines: [
      {
        code: '99214',
        charge: 18550,
        paid: 0,
        adjustments: [['CO', '97', 18550]],
        remarks: ['M15'],
        ...withControl(controlNumbers[0]),
      },
      {
        code: '71046',
        modifiers: ['26'],
        charge: 4000,
        paid: 0,
        adjustments: [['CO', '97', 4000]],
        ...withControl(controlNumbers[1]),
      },
    ],
  };
}
