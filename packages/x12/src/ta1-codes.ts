/** TA104 interchange acknowledgment codes (X12 I17). */
export const ta1AckCodes = {
  A: 'accepted: header and trailer received with no errors',
  E: 'accepted with errors noted: the sender must not resend this data',
  R: 'rejected because of errors in the interchange header or trailer',
} as const;

/** A TA104 code. */
export type Ta1AckCode = keyof typeof ta1AckCodes;

/** TA105 interchange note codes (X12 I18), in words. */
export const ta1NoteCodes: Readonly<Record<string, string>> = {
  '000': 'no error',
  '001':
    'interchange control numbers in header and trailer do not match (the header value is used)',
  '002': 'the standard in the control standards identifier is not supported',
  '003': 'this version of the controls is not supported',
  '004': 'the segment terminator is invalid',
  '005': 'invalid interchange ID qualifier for sender',
  '006': 'invalid interchange sender ID',
  '007': 'invalid interchange ID qualifier for receiver',
  '008': 'invalid interchange receiver ID',
  '009': 'unknown interchange receiver ID',
  '010': 'invalid authorization information qualifier value',
  '011': 'invalid authorization information value',
  '012': 'invalid security information qualifier value',
  '013': 'invalid security information value',
  '014': 'invalid interchange date value',
  '015': 'invalid interchange time value',
  '016': 'invalid interchange standards identifier value',
  '017': 'invalid interchange version ID value',
  '018': 'invalid interchange control number value',
  '019': 'invalid acknowledgment requested value',
  '020': 'invalid test indicator value',
  '021': 'invalid number of included groups value',
  '022': 'invalid control structure',
  '023': 'improper (premature) end-of-file (transmission)',
  '024': 'invalid interchange content (e.g. invalid GS segment)',
  '025': 'duplicate interchange control number',
  '026': 'invalid data element separator',
  '027': 'invalid component element separator',
  '028': 'invalid delivery date in deferred delivery request',
  '029': 'invalid delivery time in deferred delivery request',
  '030': 'invalid delivery time code in deferred delivery request',
  '031': 'invalid grade of service code',
};
