import type { CsvRecord } from '../common/csv.ts';

/**
 * The PPRRVU columns medbill reads, by the heading CMS prints over them. The CSV spreads each
 * heading over the rows above the `HCPCS,MOD,DESCRIPTION…` row (`WORK` / `RVU`, `GLOB` /
 * `DAYS`); joined top to bottom they give these names. Columns are found by name, not position:
 * the 2026 file added `PRIC IND` in the middle.
 */
export const RVU_COLUMNS = {
  code: 'HCPCS',
  modifier: 'MOD',
  status: 'STATUS CODE',
  notUsedForMedicarePayment: 'NOT USED FOR MEDICARE PAYMENT',
  workRvu: 'WORK RVU',
  nonFacilityPeRvu: 'NON-FAC PE RVU',
  nonFacilityNa: 'NON-FAC NA INDICATOR',
  facilityPeRvu: 'FACILITY PE RVU',
  facilityNa: 'FACILITY NA INDICATOR',
  mpRvu: 'MP RVU',
  pctc: 'PCTC IND',
  globalDays: 'GLOB DAYS',
  preOp: 'PRE OP',
  intraOp: 'INTRA OP',
  postOp: 'POST OP',
  multipleProcedure: 'MULT PROC',
  bilateralSurgery: 'BILAT SURG',
  assistantAtSurgery: 'ASST SURG',
  coSurgeons: 'CO- SURG',
  teamSurgery: 'TEAM SURG',
  endoscopicBase: 'ENDO BASE',
  conversionFactor: 'CONV FACTOR',
  physicianSupervision: 'PHYSICIAN SUPERVISION OF DIAGNOSTIC PROCEDURES',
  imagingFamily: 'DIAGNOSTIC IMAGING FAMILY INDICATOR',
  oppsNonFacilityPeRvu: 'NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
  oppsFacilityPeRvu: 'FACILITY PE USED FOR OPPS PAYMENT AMOUNT',
  oppsMpRvu: 'MP USED FOR OPPS PAYMENT AMOUNT',
} as const;

export type RvuColumn = keyof typeof RVU_COLUMNS;

/** Where the headings end and the data starts, and each needed column's index. */
export interface RvuLayout {
  readonly headingIndex: number;
  readonly columns: Readonly<Record<RvuColumn, number>>;
  readonly missing: readonly string[];
}

/**
 * Finds the heading row (first cell `HCPCS`, second `MOD`) and names every column by joining
 * the non-empty cells above it (the title and copyright rows write only in the description
 * column, which medbill does not read). `HCPCS` and `MOD` are the first two columns.
 */
export function findRvuLayout(records: readonly CsvRecord[]): RvuLayout | undefined {
  const headingIndex = records.findIndex(
    (record) => record.fields[0]?.trim() === 'HCPCS' && record.fields[1]?.trim() === 'MOD',
  );
  const heading = records[headingIndex];
  if (heading === undefined) return undefined;
  const names = heading.fields.map((_, column) =>
    records
      .slice(0, headingIndex + 1)
      .map((record) => (record.fields[column] ?? '').trim())
      .filter((text) => text !== '')
      .join(' ')
      .toUpperCase(),
  );
  const columns: Partial<Record<RvuColumn, number>> = {};
  const missing: string[] = [];
  for (const [key, name] of Object.entries(RVU_COLUMNS) as [RvuColumn, string][]) {
    const index =
      key === 'code' || key === 'modifier' ? (key === 'code' ? 0 : 1) : names.indexOf(name);
    if (index < 0) missing.push(name);
    else columns[key] = index;
  }
  return { headingIndex, columns: columns as Record<RvuColumn, number>, missing };
}
