/** X12 data element types the checks know: string, identifier, date, time, decimal, integer. */
export type DataType = 'AN' | 'ID' | 'DT' | 'TM' | 'R' | 'N0';

/**
 * One simple data element (or component) as the X12 data element dictionary defines it (every
 * field always present: one object shape keeps the per-element checks fast).
 */
export interface ElementDef {
  /** Data element reference number, e.g. `782` monetary amount. */
  readonly ref: string;
  readonly type: DataType;
  /** Length limits; R and N0 count digits only (no sign, no decimal point). */
  readonly min: number;
  readonly max: number;
  /** Mandatory in the segment (or, for a component, in its composite). */
  readonly required: boolean;
  /** The only values allowed wherever the segment appears. */
  readonly codes: readonly string[] | undefined;
}

/** A composite data element: its components by position. */
export interface CompositeDef {
  readonly components: readonly ElementDef[];
  readonly required: boolean;
}

/** A segment's elements by position (index 0 is element 01); `undefined` is not checked. */
export type SegmentDef = readonly (ElementDef | CompositeDef | undefined)[];
