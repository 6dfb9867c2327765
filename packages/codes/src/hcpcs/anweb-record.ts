/**
 * One record of the HCPCS file before validation, from either the fixed-width text file or the
 * Excel version of it: the text of each field the importer keeps, trimmed on the right.
 */
export interface AnwebRecord {
  /** Line (text file) or row (xlsx) number, 1-based. */
  readonly line: number;
  /** Positions 1–5: a procedure code, or three spaces and a modifier. */
  readonly code: string;
  readonly sequence: string;
  /** Record identification code: 3 procedure, 4 its continuation, 7 modifier, 8 continuation. */
  readonly ric: string;
  readonly longDescription: string;
  readonly shortDescription: string;
  readonly pricingIndicators: readonly string[];
  readonly coverage: string;
  readonly betos: string;
  readonly typesOfService: readonly string[];
  readonly anesthesiaBaseUnits: string;
  readonly addDate: string;
  readonly actionEffectiveDate: string;
  readonly terminationDate: string;
  readonly actionCode: string;
}

/** Field names as the CMS record layout ("CMS RIF report", HCPCS contractor record) gives them. */
export const ANWEB_FIELD = {
  code: 'HCPCS Code',
  sequence: 'HCPCS Sequence Number',
  ric: 'HCPCS Record Identification Code',
  longDescription: 'HCPCS Long Description',
  shortDescription: 'HCPCS Short Description',
  pricingIndicators: 'HCPCS Pricing Indicator Code',
  coverage: 'HCPCS Coverage Code',
  betos: 'HCPCS Berenson-Eggers Type Of Service Code',
  typesOfService: 'HCPCS Type Of Service Code',
  anesthesiaBaseUnits: 'HCPCS Anesthesia Base Unit Quantity',
  addDate: 'HCPCS Code Added Date',
  actionEffectiveDate: 'HCPCS Action Effective Date',
  terminationDate: 'HCPCS Termination Date',
  actionCode: 'HCPCS Action Code',
} as const;
