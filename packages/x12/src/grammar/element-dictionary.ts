import type { CompositeDef, DataType, ElementDef, SegmentDef } from '../element-def.ts';

/* Element definitions of the 005010 X12 data element dictionary (reference number, type and
 * min/max length; "M" where the standard makes the element mandatory), for the segments the
 * engine reads and writes. They hold wherever the segment appears; what one guide narrows
 * further (codes of one loop, situational usage) stays with the readers and the 270/276 rules. */

const element = (
  ref: string,
  type: DataType,
  min: number,
  max: number,
  codes?: readonly string[],
): ElementDef => ({ ref, type, min, max, required: false, codes });
const an = (ref: string, min: number, max: number) => element(ref, 'AN', min, max);
const id = (ref: string, min: number, max: number, codes?: readonly string[]) =>
  element(ref, 'ID', min, max, codes);
const date = (ref = '373') => element(ref, 'DT', 8, 8);
const time = (ref = '337') => element(ref, 'TM', 4, 8);
const r = (ref: string, max: number) => element(ref, 'R', 1, max);
const n0 = (ref: string, min: number, max: number) => element(ref, 'N0', min, max);
/** `count` copies of a run of elements (CAS triplets, PER contacts, PLB adjustments). */
const times = <T>(count: number, ...run: T[]): T[] =>
  Array.from({ length: count }, () => run).flat();
const m = <T extends ElementDef | CompositeDef>(def: T): T => ({ ...def, required: true });
const composite = (...components: ElementDef[]): CompositeDef => ({
  components,
  required: false,
});

const amount = r('782', 18);
const quantity = r('380', 15);
const reference = an('127', 1, 50);
const yesNo = id('1073', 1, 1);
const entityId = id('98', 2, 3);
const controlNumber = an('329', 4, 9);
/** CAS01 claim adjustment group code (X12 1033). */
const adjustmentGroups = ['CO', 'CR', 'OA', 'PI', 'PR'];

/** C003 composite medical procedure identifier (SV101, SV202, SVC01, SVC06, SVD03). */
const procedure = composite(
  m(id('235', 2, 2)),
  m(an('234', 1, 48)),
  ...times(4, an('1339', 2, 2)),
  an('352', 1, 80),
  an('234', 1, 48),
);
/** C043 health care claim status (STC01, STC10, STC11). */
const claimStatus = composite(
  m(an('1271', 1, 30)),
  m(an('1271', 1, 30)),
  entityId,
  id('1270', 1, 3),
);
/** C022 health care code information (HI01-HI12). */
const healthCareCode = composite(
  m(id('1270', 1, 3)),
  m(an('1271', 1, 30)),
  id('1250', 2, 3),
  an('1251', 1, 35),
  amount,
  quantity,
  an('799', 1, 30),
  yesNo,
  an('1271', 1, 30),
);
/** C042 adjustment identifier (PLB03, 05, 07, 09, 11, 13). */
const adjustment = composite(m(id('426', 2, 2)), reference);
/** DFI qualifier and number, account qualifier and number (BPR06-09, BPR12-15). */
const depositoryAccount = [id('506', 2, 2), an('507', 3, 12), id('569', 1, 3), an('508', 1, 35)];

/** Segment ID → its elements by position (index 0 is element 01); `undefined` is not checked. */
export const elementDictionary: Readonly<Record<string, SegmentDef>> = {
  GS: [
    m(id('479', 2, 2)),
    m(an('142', 2, 15)),
    m(an('124', 2, 15)),
    m(date()),
    m(time()),
    m(n0('28', 1, 9)),
    m(id('455', 1, 2)),
    m(an('480', 1, 12)),
  ],
  ST: [m(id('143', 3, 3)), m(controlNumber), an('1705', 1, 35)],
  SE: [m(n0('96', 1, 10)), m(controlNumber)],
  BHT: [m(id('1005', 4, 4)), m(id('353', 2, 2)), reference, date(), time(), id('640', 2, 2)],
  HL: [m(an('628', 1, 12)), an('734', 1, 12), m(an('735', 1, 2)), id('736', 1, 1)],
  NM1: [
    m(entityId),
    m(id('1065', 1, 1, ['1', '2'])),
    an('1035', 1, 60),
    an('1036', 1, 35),
    an('1037', 1, 25),
    an('1038', 1, 10),
    an('1039', 1, 10),
    id('66', 1, 2),
    an('67', 2, 80),
    id('706', 2, 2),
    entityId,
    an('1035', 1, 60),
  ],
  N1: [m(entityId), an('93', 1, 60), id('66', 1, 2), an('67', 2, 80), id('706', 2, 2), entityId],
  N3: [m(an('166', 1, 55)), an('166', 1, 55)],
  N4: [
    an('19', 2, 30),
    id('156', 2, 2),
    id('116', 3, 15),
    id('26', 2, 3),
    id('309', 1, 2),
    an('310', 1, 30),
    id('1715', 1, 3),
  ],
  REF: [m(id('128', 2, 3)), reference, an('352', 1, 80)],
  PER: [
    m(id('366', 2, 2)),
    an('93', 1, 60),
    ...times(3, id('365', 2, 2), an('364', 1, 256)),
    an('443', 1, 20),
  ],
  DTP: [m(id('374', 3, 3)), m(id('1250', 2, 3)), m(an('1251', 1, 35))],
  DTM: [m(id('374', 3, 3)), date(), time(), id('623', 2, 2), id('1250', 2, 3), an('1251', 1, 35)],
  DMG: [id('1250', 2, 3), an('1251', 1, 35), id('1068', 1, 1)],
  PRV: [m(id('1221', 1, 3)), id('128', 2, 3), reference],
  SBR: [
    m(id('1138', 1, 1)),
    id('1069', 2, 2),
    reference,
    an('93', 1, 60),
    id('1336', 1, 3),
    id('1143', 1, 1),
    yesNo,
    id('584', 2, 2),
    id('1032', 1, 2),
  ],
  PAT: [id('1069', 2, 2), undefined, undefined, undefined, id('1250', 2, 3), an('1251', 1, 35)],
  CLM: [
    m(an('1028', 1, 38)),
    amount,
    id('1032', 1, 2),
    id('1343', 1, 2),
    m(composite(m(an('1331', 1, 2)), id('1332', 1, 2), id('1325', 1, 1))),
    yesNo,
    id('1359', 1, 1),
    yesNo,
    id('1363', 1, 1),
    id('1351', 1, 1),
    undefined,
    id('1366', 2, 3),
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    id('1514', 1, 2),
  ],
  HI: [m(healthCareCode), ...times(11, healthCareCode)],
  LX: [m(n0('554', 1, 6))],
  SV1: [
    m(procedure),
    amount,
    id('355', 2, 2),
    quantity,
    an('1331', 1, 2),
    id('1365', 1, 2),
    composite(m(n0('1328', 1, 2)), n0('1328', 1, 2), n0('1328', 1, 2), n0('1328', 1, 2)),
    amount,
    yesNo,
  ],
  SV2: [
    an('234', 1, 48),
    procedure,
    amount,
    id('355', 2, 2),
    quantity,
    r('1371', 10),
    amount,
    yesNo,
    id('1345', 1, 1),
    id('1337', 1, 1),
  ],
  SVD: [m(an('67', 2, 80)), m(amount), procedure, an('234', 1, 48), quantity, n0('554', 1, 6)],
  CAS: [
    m(id('1033', 1, 2, adjustmentGroups)),
    m(id('1034', 1, 5)),
    m(amount),
    quantity,
    ...times(5, id('1034', 1, 5), amount, quantity),
  ],
  AMT: [m(id('522', 1, 3)), m(amount), id('478', 1, 1, ['C', 'D'])],
  QTY: [m(id('673', 2, 2)), quantity],
  BPR: [
    m(id('305', 1, 2)),
    m(amount),
    m(id('478', 1, 1, ['C', 'D'])),
    m(id('591', 3, 3)),
    id('812', 1, 10),
    ...depositoryAccount,
    an('509', 10, 10),
    an('510', 9, 9),
    ...depositoryAccount,
    date(),
  ],
  TRN: [m(id('481', 1, 2)), m(reference), an('509', 10, 10), reference],
  CLP: [
    m(an('1028', 1, 38)),
    m(id('1029', 1, 2)),
    m(amount),
    m(amount),
    amount,
    id('1032', 1, 2),
    reference,
    an('1331', 1, 2),
    id('1325', 1, 1),
    id('1359', 1, 1),
    an('1354', 1, 4),
    quantity,
    quantity,
    yesNo,
  ],
  SVC: [m(procedure), m(amount), amount, an('234', 1, 48), quantity, procedure, quantity],
  LQ: [id('1270', 1, 3), an('1271', 1, 30)],
  PLB: [
    m(reference),
    m(date()),
    m(adjustment),
    m(amount),
    ...times<ElementDef | CompositeDef>(5, adjustment, amount),
  ],
  STC: [
    m(claimStatus),
    date(),
    id('306', 1, 2),
    amount,
    amount,
    date(),
    id('591', 3, 3),
    date(),
    an('429', 1, 16),
    claimStatus,
    claimStatus,
    an('933', 1, 264),
  ],
  AK1: [m(id('479', 2, 2)), m(n0('28', 1, 9)), an('480', 1, 12)],
  AK2: [m(id('143', 3, 3)), m(controlNumber), an('1705', 1, 35)],
  IK3: [m(id('721', 2, 3)), m(n0('719', 1, 10)), an('447', 1, 4), id('620', 1, 3)],
  IK4: [
    m(composite(m(n0('722', 1, 2)), n0('1528', 1, 2), n0('1686', 1, 4))),
    n0('725', 1, 4),
    m(id('621', 1, 3)),
    an('724', 1, 99),
  ],
  IK5: [m(id('717', 1, 1)), ...times(5, id('618', 1, 3))],
  AK9: [
    m(id('715', 1, 1)),
    m(n0('97', 1, 6)),
    m(n0('123', 1, 6)),
    m(n0('2', 1, 6)),
    ...times(5, id('716', 1, 3)),
  ],
};
