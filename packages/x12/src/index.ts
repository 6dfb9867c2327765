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
export { remittanceItemReader, remittanceReader } from './read-835.ts';
export {
  read835,
  readRemittanceItems,
  readRemittances,
  type Read835Options,
} from './read-remittances.ts';
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
  RemittanceClaimItem,
  RemittanceEndItem,
  RemittanceHeader,
  RemittanceItem,
  RemittanceServiceLine,
} from './remittance.ts';
export { grammar837p } from './grammar/837p.ts';
export { HlChecker } from './hl-check.ts';
export { professionalClaimReader } from './read-837p.ts';
export { read837p, readProfessionalClaims } from './read-claims.ts';
export type {
  Address,
  BillingProvider,
  ClaimHeader,
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
  Adjustment837p,
  BillingProvider837p,
  Build837pInput,
  Claim837p,
  LineAdjudication837p,
  OtherPayer837p,
  Patient837p,
  Provider837p,
  ServiceLine837p,
  Subscriber837p,
  X12Address,
} from './build-837p-input.ts';
export { grammar999 } from './grammar/999.ts';
export { grammar277ca } from './grammar/277ca.ts';
export { implementationAckReader } from './read-999.ts';
export { claimAcknowledgmentReader } from './read-277ca.ts';
export {
  read277ca,
  read999,
  readClaimAcknowledgments,
  readImplementationAcks,
} from './read-acknowledgments.ts';
export type {
  AckContext,
  ElementError,
  ImplementationAck,
  SegmentError,
  TransactionSetAck,
} from './implementation-ack.ts';
export type {
  AckTotals,
  ClaimAck,
  ClaimAcknowledgment,
  DateRange,
  LineAck,
  ProviderAck,
  ReceiverAck,
  StatusInformation,
} from './claim-ack.ts';
export {
  describeCode,
  elementErrorCodes,
  groupAckCodes,
  groupErrorCodes,
  segmentErrorCodes,
  transactionAckCodes,
  transactionErrorCodes,
  type GroupAckCode,
  type TransactionAckCode,
} from './ack-999-codes.ts';
export {
  claimStatusCodes,
  describeStatus,
  statusCategoryCodes,
  statusEntityCodes,
  statusOutcome,
  type StatusCategoryOutcome,
  type StatusCode,
} from './claim-status-codes.ts';
export {
  explain999Errors,
  sentTransaction,
  transactionClaims,
  type ExplainedAckError,
} from './explain-999.ts';
export { grammar270, grammar271 } from './grammar/270-271.ts';
export { grammar276, grammar277 } from './grammar/276-277.ts';
export { rules270 } from './grammar/270-rules.ts';
export { rules276 } from './grammar/276-rules.ts';
export type { ElementRule, SegmentRules } from './segment-rules.ts';
export { elementDictionary } from './grammar/element-dictionary.ts';
export type { CompositeDef, DataType, ElementDef, SegmentDef } from './element-def.ts';
export { eligibilityResponseReader } from './read-271.ts';
export { read271, readEligibilityResponses } from './read-eligibility.ts';
export type {
  Benefit,
  Contact,
  EligibilityMember,
  EligibilityReceiver,
  EligibilityResponse,
  EligibilitySource,
  EligibilitySubscriber,
  QualifiedDate,
  QualifiedReference,
  Rejection,
  RelatedEntity,
  Trace,
} from './eligibility.ts';
export {
  benefitInfoCodes,
  coverageLevelCodes,
  followUpActionCodes,
  insuranceTypeCodes,
  rejectReasonCodes,
  serviceTypeCodes,
  timePeriodCodes,
  yesNoUnknownCodes,
} from './eligibility-codes.ts';
export { describeBenefit, describeRejection } from './describe-eligibility.ts';
export { claimStatusResponseReader } from './read-277.ts';
export { read277, readClaimStatusResponses } from './read-claim-status.ts';
export type {
  ClaimStatus,
  ClaimStatusInformation,
  ClaimStatusResponse,
  LineStatus,
  PatientClaims,
  PayerClaims,
  ProviderClaims,
  ReceiverClaims,
  StatusParty,
} from './claim-status.ts';
export { type BuildOptions, type BuildResult } from './build-transaction.ts';
export { build270 } from './build-270.ts';
export type { EligibilityInquiry, EligibilityRequest, InquiryPerson } from './build-270-input.ts';
export { build276 } from './build-276.ts';
export type { ClaimStatusInquiry, ClaimStatusRequest, StatusPerson } from './build-276-input.ts';
export { grammar837i } from './grammar/837i.ts';
export { institutionalClaimReader } from './read-837i.ts';
export { read837i, readInstitutionalClaims } from './read-institutional-claims.ts';
export { institutionalHiQualifiers } from './read-837i-parts.ts';
export type {
  InstitutionalClaim,
  InstitutionalCodeKind,
  InstitutionalDiagnosis,
  InstitutionalLine,
  InstitutionalProcedure,
} from './claim-837i.ts';
export { build837i } from './build-837i.ts';
export type {
  BillingProvider837i,
  Build837iInput,
  Claim837i,
  DayOrPeriod,
  Diagnosis837i,
  InstitutionalFrequency,
  LineAdjudication837i,
  Procedure837i,
  ServiceLine837i,
} from './build-837i-input.ts';
export type {
  BillingProviderParty,
  ClaimParties837,
  Header837,
  LineAdjudication837,
  Payer837,
} from './build-837p-input.ts';
export {
  buildTa1,
  envelopeRejected,
  interchangeVerdict,
  type InterchangeVerdict,
  type Ta1Options,
} from './ta1.ts';
export { readTa1, readTa1Segment, type InterchangeAck } from './ta1-read.ts';
export { ta1AckCodes, ta1NoteCodes, type Ta1AckCode } from './ta1-codes.ts';
export { grammar837d } from './grammar/837d.ts';
export { dentalClaimReader, read837d } from './read-837d.ts';
export type { DentalClaim, DentalLine, ToothInfo } from './claim-837d.ts';
export { build837d } from './build-837d.ts';
export type { Build837dInput, Claim837d, ServiceLine837d, Tooth837d } from './build-837d-input.ts';
export { eligibilityInquiryReader } from './read-270.ts';
export { read270, readEligibilityInquiries } from './read-270-inquiries.ts';
export type {
  BenefitInquiry,
  EligibilityInquirySet,
  InquiryMember,
  InquiryReceiver,
  InquirySource,
  InquirySubscriber,
  ProviderRole,
} from './eligibility-inquiry.ts';
export { claimStatusInquiryReader } from './read-276.ts';
export { read276, readClaimStatusInquiries } from './read-276-inquiries.ts';
export type {
  ClaimInquiry,
  ClaimStatusInquirySet,
  LineInquiry,
  StatusInquiryPatient,
  StatusInquiryPayer,
  StatusInquiryProvider,
  StatusInquiryReceiver,
} from './claim-status-inquiry.ts';
