import type { Cents } from '@medbill/core';
import {
  addDecimal,
  compareDecimal,
  dollarsToCents,
  formatDecimal,
  multiplyDecimal,
  type ExactDecimal,
} from './exact-decimal.ts';
import {
  rvuKey,
  type Gpci,
  type LocalityId,
  type PfsLocalityRelease,
  type PfsRvuRelease,
} from './pfs-types.ts';

/** A fee schedule to price with: one RVU release and the locality files it is used with. */
export interface PfsSchedule {
  readonly rvu: PfsRvuRelease;
  readonly localities: PfsLocalityRelease;
}

/** Status codes the PFS pays from RVUs (RVU25D.pdf, status code): A active, R restricted, T. */
export const RVU_PRICED_STATUSES: readonly string[] = ['A', 'R', 'T'];

/** Why no amount could be computed. */
export type NotPricedReason =
  'unknown-code' | 'unknown-locality' | 'status-not-priced' | 'na-in-setting';

/** The Medicare allowed amount, or why there is none. */
export type MedicareAllowed =
  | {
      readonly priced: true;
      readonly amount: Cents;
      /** The exact amount before the one rounding step, in dollars (`81.857670225`). */
      readonly exactDollars: string;
      /** The formula with the numbers used, for the code-detail view and audits. */
      readonly arithmetic: string;
      readonly rvuVersion: string;
      readonly gpciYear: number;
      /** Caveats: GPCIs from another year, restricted coverage, "not used for Medicare payment". */
      readonly notes: readonly string[];
    }
  | { readonly priced: false; readonly reason: NotPricedReason; readonly message: string };

/**
 * The Medicare physician fee schedule allowed amount for one unit of a code, with a modifier
 * (`26`, `TC`, `53` or none), in a locality, in a facility setting or not:
 *
 *   [(Work RVU × Work GPCI) + (PE RVU × PE GPCI) + (MP RVU × MP GPCI)] × CF
 *
 * (CMS, "How to Calculate the Physician Fee Schedule Payment Amount", RVU25D.pdf), computed
 * exactly and rounded once to cents by {@link dollarsToCents}. The PE RVU is the facility or
 * non-facility one; the professional and technical components are the file's own `26` and
 * `TC` rows. Other modifiers (50, 51, 80…) adjust payment elsewhere and price as no modifier.
 * For imaging services the OPPS cap applies: the same formula with the file's "PE/MP used
 * for OPPS payment amount" RVUs, when lower, is the amount (checked against CMS's own
 * `OPPSCAP_Oct.csv`, every row, in the tests).
 *
 * @example
 * ```ts
 * medicareAllowed('99213', '', '10112-00', false, schedule2025); // $81.86 in Alabama
 * ```
 */
export function medicareAllowed(
  code: string,
  modifier: string,
  locality: LocalityId,
  facility: boolean,
  schedule: PfsSchedule,
): MedicareAllowed {
  const mod = modifier.trim().toUpperCase();
  const key = ['26', 'TC', '53'].includes(mod) ? rvuKey(code, mod) : rvuKey(code, '');
  const row = schedule.rvu.rvus.get(key);
  if (row === undefined) {
    return notPriced('unknown-code', `${key} is not in ${schedule.rvu.release.version}`);
  }
  const gpci = schedule.localities.gpci.get(locality);
  if (gpci === undefined) {
    return notPriced(
      'unknown-locality',
      `no GPCI for locality ${locality} in ${schedule.localities.year}`,
    );
  }
  if (!RVU_PRICED_STATUSES.includes(row.status)) {
    return notPriced('status-not-priced', `${key} has status ${row.status}: not priced from RVUs`);
  }
  if (facility ? row.facilityNa : row.nonFacilityNa) {
    const setting = facility ? 'facility' : 'non-facility';
    return notPriced(
      'na-in-setting',
      `${key} has no ${setting} PE RVU (NA) in ${schedule.rvu.release.version}`,
    );
  }
  const pe = facility ? row.facilityPeRvu : row.nonFacilityPeRvu;
  const pfsDollars = gpciAdjusted(row.workRvu, pe, row.mpRvu, gpci, row.conversionFactor);
  // OPPS imaging cap (DRA 2005 §5102(b); RVU25D.pdf): the lower of the PFS amount and the same
  // formula with the PE and MP RVUs "used for OPPS payment amount", when the file gives them.
  const oppsPe = facility ? row.oppsFacilityPeRvu : row.oppsNonFacilityPeRvu;
  const capped = oppsPe.scaled > 0n || row.oppsMpRvu.scaled > 0n;
  const oppsDollars = capped
    ? gpciAdjusted(row.workRvu, oppsPe, row.oppsMpRvu, gpci, row.conversionFactor)
    : undefined;
  const capBinds = oppsDollars !== undefined && compareDecimal(oppsDollars, pfsDollars) < 0;
  const dollars = capBinds ? oppsDollars : pfsDollars;
  const usedPe = capBinds ? oppsPe : pe;
  const usedMp = capBinds ? row.oppsMpRvu : row.mpRvu;
  const f = formatDecimal;
  const notes: string[] = [];
  if (schedule.localities.year !== schedule.rvu.year) {
    notes.push(
      `CY${schedule.rvu.year} RVUs (${schedule.rvu.release.version}) priced with CY${schedule.localities.year} GPCIs: no CY${schedule.rvu.year} GPCI file is loaded`,
    );
  }
  if (row.status === 'R')
    notes.push('status R: restricted coverage, paid only in special circumstances');
  if (row.status === 'T')
    notes.push('status T: paid only when no other service is billed that day');
  if (row.notUsedForMedicarePayment)
    notes.push('the file marks these RVUs "not used for Medicare payment"');
  if (capBinds) notes.push(`OPPS imaging cap applied: the PFS amount is $${f(pfsDollars)}`);
  return {
    priced: true,
    amount: dollarsToCents(dollars),
    exactDollars: f(dollars),
    arithmetic: `[(${f(row.workRvu)} × ${f(gpci.work)}) + (${f(usedPe)} × ${f(gpci.pe)}) + (${f(usedMp)} × ${f(gpci.mp)})] × ${f(row.conversionFactor)}`,
    rvuVersion: schedule.rvu.release.version,
    gpciYear: schedule.localities.year,
    notes,
  };
}

/** [(work × work GPCI) + (PE × PE GPCI) + (MP × MP GPCI)] × CF, exactly. */
function gpciAdjusted(
  work: ExactDecimal,
  pe: ExactDecimal,
  mp: ExactDecimal,
  gpci: Gpci,
  conversionFactor: ExactDecimal,
): ExactDecimal {
  const sum = addDecimal(
    addDecimal(multiplyDecimal(work, gpci.work), multiplyDecimal(pe, gpci.pe)),
    multiplyDecimal(mp, gpci.mp),
  );
  return multiplyDecimal(sum, conversionFactor);
}

function notPriced(reason: NotPricedReason, message: string): MedicareAllowed {
  return { priced: false, reason, message };
}
