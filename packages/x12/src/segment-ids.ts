/**
 * Segment IDs of the HIPAA 5010 transaction sets, as string literals. The tokenizer hands out
 * these shared (interned) strings instead of fresh slices, so that every later `seg.id === 'CLP'`,
 * `switch` and map lookup compares a pointer instead of characters.
 */
const knownIds = [
  'ISA',
  'IEA',
  'GS',
  'GE',
  'ST',
  'SE',
  'TA1',
  'BHT',
  'BPR',
  'TRN',
  'CUR',
  'REF',
  'DTM',
  'DTP',
  'N1',
  'N2',
  'N3',
  'N4',
  'NM1',
  'PER',
  'RDM',
  'LX',
  'TS3',
  'TS2',
  'CLP',
  'CAS',
  'MIA',
  'MOA',
  'AMT',
  'QTY',
  'SVC',
  'LQ',
  'PLB',
  'HL',
  'PRV',
  'SBR',
  'PAT',
  'DMG',
  'CLM',
  'PWK',
  'CN1',
  'K3',
  'NTE',
  'CR1',
  'CR2',
  'CR3',
  'CR4',
  'CR5',
  'CR6',
  'CR7',
  'CR8',
  'CRC',
  'HI',
  'HCP',
  'OI',
  'SV1',
  'SV2',
  'SV3',
  'SV5',
  'TOO',
  'MEA',
  'PS1',
  'LIN',
  'CTP',
  'SVD',
  'FRM',
  'CL1',
  'DN1',
  'DN2',
  'AK1',
  'AK2',
  'AK9',
  'IK3',
  'IK4',
  'IK5',
  'CTX',
  'EB',
  'EQ',
  'III',
  'MSG',
  'AAA',
  'INS',
  'HD',
  'IDC',
  'COB',
  'UM',
  'HSD',
  'STC',
  'INV',
  'ACT',
  'BGN',
  'LUI',
  'EC',
  'ICM',
  'HLH',
  'LE',
  'LS',
  'DSB',
  'SV4',
  'SV6',
  'SV7',
  'HSI',
  'PDP',
  'PDS',
  'API',
  'NX1',
];

/** Open-addressed table of the IDs by their character codes (at most half full). */
const bits = 9;
const keys = new Int32Array(1 << bits);
const ids: string[] = Array.from({ length: 1 << bits }, () => '');

/** The three character codes (the third 0 for two-character IDs) as one number; ASCII only. */
const keyOf = (c0: number, c1: number, c2: number): number => (c0 << 16) | (c1 << 8) | c2;
const slotOf = (key: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

for (const id of knownIds) {
  const key = keyOf(id.charCodeAt(0), id.charCodeAt(1), id.length === 3 ? id.charCodeAt(2) : 0);
  let slot = slotOf(key);
  while (keys[slot] !== 0) slot = (slot + 1) & ((1 << bits) - 1);
  keys[slot] = key;
  ids[slot] = id;
}

/**
 * The known segment ID in `text[start, start + length)` as a shared string, or `undefined`
 * when those characters are no ID of the 5010 guides. A table of numbers rather than a `Map`
 * of strings: this runs once per segment read.
 */
export function knownSegmentIdAt(text: string, start: number, length: number): string | undefined {
  if (length !== 2 && length !== 3) return undefined;
  const c0 = text.charCodeAt(start);
  const c1 = text.charCodeAt(start + 1);
  const c2 = length === 3 ? text.charCodeAt(start + 2) : 0;
  // Within ASCII (and with no NUL third character) the key names the characters exactly.
  if ((c0 | c1 | c2) >= 128 || (length === 3 && c2 === 0)) return undefined;
  const key = keyOf(c0, c1, c2);
  for (let slot = slotOf(key); keys[slot] !== 0; slot = (slot + 1) & ((1 << bits) - 1)) {
    if (keys[slot] === key) return ids[slot];
  }
  return undefined;
}
