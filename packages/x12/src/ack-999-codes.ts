/**
 * The code lists of the 999 Implementation Acknowledgment (005010X231A1), with what each code
 * means in plain words. Only codes whose meaning is certain are listed; a code outside a list
 * is still read, and described by its number.
 */

/** IK501 transaction set acknowledgment code (X12 717). */
export const transactionAckCodes = {
  A: 'accepted',
  E: 'accepted with errors noted',
  M: 'rejected: message authentication code failed',
  R: 'rejected',
  W: 'rejected: failed validity tests',
  X: 'rejected: content could not be analyzed after decryption',
} as const;
export type TransactionAckCode = keyof typeof transactionAckCodes;

/** AK901 functional group acknowledge code (X12 715). */
export const groupAckCodes = {
  ...transactionAckCodes,
  P: 'partially accepted: at least one transaction set was rejected',
} as const;
export type GroupAckCode = keyof typeof groupAckCodes;

/** IK304 implementation segment syntax error code (X12 620). */
export const segmentErrorCodes: Readonly<Record<string, string>> = {
  '1': 'unrecognized segment ID',
  '2': 'unexpected segment',
  '3': 'required segment missing',
  '4': 'loop occurs over maximum times',
  '5': 'segment exceeds maximum use',
  '6': 'segment not in defined transaction set',
  '7': 'segment not in proper sequence',
  '8': 'segment has data element errors',
  I4: 'segment present that the implementation guide marks "not used"',
  I6: 'implementation dependent segment missing',
  I7: 'loop occurs under minimum times',
  I8: 'segment below minimum use',
  I9: 'implementation dependent "not used" segment present',
};

/** IK403 implementation data element syntax error code (X12 621). */
export const elementErrorCodes: Readonly<Record<string, string>> = {
  '1': 'required element missing',
  '2': 'conditional required element missing',
  '3': 'too many data elements',
  '4': 'too short',
  '5': 'too long',
  '6': 'invalid character',
  '7': 'invalid code value',
  '8': 'invalid date',
  '9': 'invalid time',
  '10': 'exclusion condition violated',
  '12': 'too many repetitions',
  '13': 'too many components',
  I6: 'code value not used in this implementation',
  I9: 'implementation dependent element missing',
  I10: 'element present that the implementation guide marks "not used"',
  I11: 'too few repetitions',
  I12: 'does not match the required pattern',
  I13: 'implementation dependent "not used" element present',
};

/** IK502-IK506 implementation transaction set syntax error code (X12 618). */
export const transactionErrorCodes: Readonly<Record<string, string>> = {
  '1': 'transaction set not supported',
  '2': 'transaction set trailer (SE) missing',
  '3': 'control number in the header (ST02) and trailer (SE02) do not match',
  '4': 'number of included segments (SE01) does not match the actual count',
  '5': 'one or more segments in error',
  '6': 'missing or invalid transaction set identifier',
  '7': 'missing or invalid transaction set control number',
  '18': 'transaction set not in a functional group',
  '19': 'invalid implementation convention reference',
  '23': 'transaction set control number not unique within the functional group',
  I5: 'one or more segments in error (implementation)',
  I6: 'implementation convention not supported',
};

/** AK905-AK909 functional group syntax error code (X12 716). */
export const groupErrorCodes: Readonly<Record<string, string>> = {
  '1': 'functional group not supported',
  '2': 'functional group version not supported',
  '3': 'functional group trailer (GE) missing',
  '4': 'group control number in the header (GS06) and trailer (GE02) do not agree',
  '5': 'number of included transaction sets (GE01) does not match the actual count',
  '6': 'group control number violates syntax',
};

/** The meaning of `code` in `list`, or a plain fallback naming the code. */
export function describeCode(list: Readonly<Record<string, string>>, code: string): string {
  return list[code] ?? `error code ${code}`;
}
