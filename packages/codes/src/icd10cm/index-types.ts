/** The four CDC index files: Index to Diseases and Injuries, External Cause index, and the two tables. */
export type IndexKind = 'index' | 'eindex' | 'drug' | 'neoplasm';

/**
 * One entry of an ICD-10-CM index: a main term (level 0) or a subterm (`<term level="N">`).
 * Codes are kept as printed (`E11.22`, `M14.8-`, `T51.3X1`): a trailing `-` means the code is
 * incomplete and more characters must be chosen in the Tabular.
 */
export interface IndexTerm {
  readonly level: number;
  /** The term without its nonessential modifiers: `Abasia`, `Abandonment NEC`. */
  readonly title: string;
  /** Nonessential modifiers in parentheses (`<nemod>`), which do not change the code. */
  readonly nemod: string;
  readonly codes: readonly string[];
  /** Manifestation codes printed in brackets after the code (`<manif>`), e.g. `E85.4 [I43]`. */
  readonly manifestations: readonly string[];
  readonly see: readonly string[];
  readonly seeAlso: readonly string[];
  /** `<subcat>` (see subcategory) and `<seecat>` (see category) cross-references. */
  readonly seeCode: readonly string[];
  /**
   * Drug and Neoplasm tables: the cells of the columns after the first, as printed (`--` or `-`
   * means no code; see {@link cellCode}); a column the file leaves out is `undefined`.
   */
  readonly cells: readonly (string | undefined)[];
  readonly children: readonly IndexTerm[];
}

/** A parsed index or table file. */
export interface AlphabeticIndex {
  readonly kind: IndexKind;
  readonly version: string;
  readonly source: { readonly name: string; readonly sha256: string };
  /** Column headings of a table (`Malignant Primary`, `Adverse effect`…), empty for the indexes. */
  readonly headings: readonly string[];
  readonly mainTerms: readonly IndexTerm[];
}

/** The code in a table cell, or `undefined` for the printed "no code" marks `--` and `-`. */
export function cellCode(cell: string | undefined): string | undefined {
  return cell === undefined || cell === '--' || cell === '-' || cell === '' ? undefined : cell;
}
