export type { AckCodes, IssueSink, Severity, X12Issue } from './issue.ts';
export { defaultDelimiters, readIsaDelimiters, type Delimiters } from './delimiters.ts';
export { component, components, element, repetitions, type Segment } from './segment.ts';
export { SegmentTokenizer, type TokenizerOptions } from './tokenizer.ts';
export {
  parseSegments,
  readSegmentBatches,
  readSegments,
  type X12Source,
} from './read-segments.ts';
export {
  writeSegment,
  writeX12,
  X12WriteError,
  type SegmentInput,
  type WriteOptions,
} from './writer.ts';
export { checkEnvelopes, EnvelopeChecker } from './envelope.ts';
export { validateX12 } from './validate.ts';
export { formatCents, parseCents, type Cents } from './money.ts';
export { parseX12Date, type IsoDate } from './x12-date.ts';
export {
  LoopTracker,
  type LoopDef,
  type LoopTrigger,
  type Placement,
  type TransactionGrammar,
} from './loop-grammar.ts';
export { grammar835 } from './grammar/835.ts';
export { RemittanceReader } from './read-835.ts';
export { read835, readRemittances, type Read835Options } from './read-remittances.ts';
export type {
  Adjustment,
  AdjustmentGroup,
  Party,
  Payment,
  PersonName,
  Procedure,
  ProviderAdjustment,
  Remittance,
  RemittanceClaim,
  RemittanceServiceLine,
} from './remittance.ts';
export { grammar837p } from './grammar/837p.ts';
export { HlChecker } from './hl-check.ts';
export { ProfessionalClaimReader } from './read-837p.ts';
export { read837p, readProfessionalClaims } from './read-claims.ts';
export type {
  Address,
  BillingProvider,
  Diagnosis,
  Entity,
  LineAdjudication,
  OtherPayer,
  Patient,
  ProfessionalClaim,
  ProfessionalLine,
  Subscriber,
} from './claim-837p.ts';
export { build999, type Ack999Options } from './ack-999.ts';
export { wrapInterchange, type InterchangeEnvelope } from './interchange-writer.ts';
export {
  build837p,
  recommendedMaxClaims,
  type Build837pOptions,
  type Build837pResult,
} from './build-837p.ts';
export type {
  BillingProvider837p,
  Build837pInput,
  Claim837p,
  Patient837p,
  Provider837p,
  ServiceLine837p,
  Subscriber837p,
  X12Address,
} from './build-837p-input.ts';
