import type { CsvRecord } from '../common/csv.ts';
import type { RvuColumn, RvuLayout } from './rvu-columns.ts';

/** 1-based first and last positions of a field in the fixed-width PPRRVU text record. */
type Span = readonly [first: number, last: number];

/**
 * Positions in the fixed-width PPRRVU record (`PPRRVU2025_Oct.txt`), from the RVU25D.pdf
 * "DATA RECORD" layout. The "not used for Medicare payment" `+` sits in position 59, which
 * the PDF does not list; the OPPS malpractice RVU (printed as position "1") is 166–171.
 */
export const RVU_TEXT_LAYOUT = {
  code: [1, 5],
  modifier: [6, 7],
  status: [58, 58],
  notUsedForMedicarePayment: [59, 59],
  workRvu: [60, 65],
  nonFacilityPeRvu: [67, 72],
  nonFacilityNa: [73, 74],
  facilityPeRvu: [76, 81],
  facilityNa: [82, 83],
  mpRvu: [85, 89],
  pctc: [103, 103],
  globalDays: [104, 106],
  preOp: [107, 109],
  intraOp: [110, 112],
  postOp: [113, 115],
  multipleProcedure: [116, 116],
  bilateralSurgery: [117, 117],
  assistantAtSurgery: [118, 118],
  coSurgeons: [119, 119],
  teamSurgery: [120, 120],
  endoscopicBase: [128, 132],
  conversionFactor: [133, 140],
  physicianSupervision: [142, 143],
  imagingFamily: [146, 147],
  oppsNonFacilityPeRvu: [152, 157],
  oppsFacilityPeRvu: [159, 164],
  oppsMpRvu: [166, 171],
} as const satisfies Record<RvuColumn, Span>;

const COLUMNS = Object.keys(RVU_TEXT_LAYOUT) as RvuColumn[];

/** The text record read as the CSV path reads a row: one field per column, in this order. */
export const RVU_TEXT_COLUMNS: RvuLayout = {
  headingIndex: -1,
  columns: Object.fromEntries(COLUMNS.map((column, index) => [column, index])) as Record<
    RvuColumn,
    number
  >,
  missing: [],
};

/**
 * Splits the PPRRVU text file into records shaped like CSV rows (see {@link RVU_TEXT_COLUMNS}).
 * The `HDR` lines (copyright statement, layout "HEADER RECORD") and blank lines are skipped;
 * data lines shorter than the last field are reported by the caller as bad cells.
 */
export function readRvuText(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('HDR')) return;
    const fields = COLUMNS.map((column) => {
      const [first, last] = RVU_TEXT_LAYOUT[column];
      return line.slice(first - 1, last);
    });
    records.push({ line: index + 1, fields });
  });
  return records;
}
