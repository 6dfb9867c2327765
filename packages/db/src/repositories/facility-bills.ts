import { datedRevenueLines } from '@medbill/core';
import type {
  Cents,
  ClaimStatus,
  FacilityBill,
  FacilityBillInput,
  FacilityBillStatus,
  FacilityTypeCode,
  IsoDate,
  ProcedureSystem,
  RevenueLine,
} from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { insertRow, insertRows } from './rows.ts';
import { pageOf } from './table-repository.ts';
import { optionalDate, optionalText } from './row-values.ts';

// A facility bill is an encounter of kind `institutional` (its common columns hold the attending
// provider, the facility type and the statement period) with a `facility_bills` row, diagnoses
// with present-on-admission indicators, ICD-10-PCS procedures, and revenue-code service lines.

type Row = Record<string, unknown>;

const COLUMNS = `e.*, f.frequency, f.admission_date, f.admission_hour, f.admission_type,
  f.point_of_origin, f.discharge_hour, f.patient_status, f.operating_provider_id, f.admitting_diagnosis,
  f.occurrences, f.condition_codes, f.value_codes`;
const FROM = 'encounters e join facility_bills f on f.org_id = e.org_id and f.encounter_id = e.id';

function encounterColumns(bill: FacilityBillInput): Record<string, SqlParam> {
  return {
    patient_id: bill.patientId,
    practice_id: bill.practiceId,
    rendering_provider_id: bill.attendingProviderId,
    place_of_service: bill.facilityType,
    service_date_from: bill.statementFrom,
    service_date_to: bill.statementTo,
    documentation: bill.documentation,
  };
}

function billColumns(bill: FacilityBillInput): Record<string, SqlParam> {
  return {
    frequency: bill.frequency,
    admission_date: bill.admission?.date ?? null,
    admission_hour: bill.admission?.hour ?? null,
    admission_type: bill.admission?.type ?? null,
    point_of_origin: bill.admission?.pointOfOrigin ?? null,
    discharge_hour: bill.dischargeHour ?? null,
    patient_status: bill.patientStatus,
    operating_provider_id: bill.operatingProviderId ?? null,
    admitting_diagnosis: bill.admittingDiagnosis ?? null,
    occurrences: JSON.stringify(bill.occurrences),
    condition_codes: [...bill.conditionCodes],
    value_codes: JSON.stringify(bill.valueCodes),
  };
}

async function writeDetail(
  q: Queryable,
  orgId: string,
  id: string,
  bill: FacilityBillInput,
): Promise<void> {
  for (const table of ['encounter_diagnoses', 'encounter_procedures', 'service_lines'])
    await q.query(`delete from ${table} where org_id = $1 and encounter_id = $2`, [orgId, id]);
  const diagnoses = [bill.principalDiagnosis, ...bill.otherDiagnoses];
  await insertRows(
    q,
    'encounter_diagnoses',
    diagnoses.map((d, i) => ({
      org_id: orgId,
      encounter_id: id,
      sequence: i + 1,
      icd10cm: d.code,
      present_on_admission: d.presentOnAdmission ?? null,
    })),
  );
  await insertRows(
    q,
    'encounter_procedures',
    bill.procedures.map((p, i) => ({
      org_id: orgId,
      encounter_id: id,
      sequence: i + 1,
      icd10pcs: p.code,
      performed_on: p.date,
    })),
  );
  await insertRows(
    q,
    'service_lines',
    datedRevenueLines(bill).map((line, i) => ({
      org_id: orgId,
      encounter_id: id,
      sequence: i + 1,
      revenue_code: line.revenueCode,
      unit_basis: line.unitBasis,
      procedure_system: line.procedureCode?.system ?? null,
      procedure_code: line.procedureCode?.code ?? null,
      modifiers: [...line.modifiers],
      units: line.units,
      charge_cents: line.charge,
      charge_entered: true,
      diagnosis_pointers: [],
      service_date: line.serviceDate,
    })),
  );
}

/** A `service_lines` row of a revenue-code line. */
function revenueLineFromRow(row: Row): RevenueLine {
  const code = optionalText(row, 'procedure_code');
  return {
    id: String(row.id),
    sequence: Number(row.sequence),
    revenueCode: String(row.revenue_code),
    ...(code ? { procedureCode: { system: row.procedure_system as ProcedureSystem, code } } : {}),
    modifiers: row.modifiers as string[],
    unitBasis: String(row.unit_basis) as RevenueLine['unitBasis'],
    units: Number(row.units),
    charge: Number(row.charge_cents) as Cents,
    serviceDate: String(row.service_date) as IsoDate,
  };
}

function groupBy(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = String(row.encounter_id);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return groups;
}

/** Bills from their joined header rows, with diagnoses, procedures and lines in three queries. */
async function withDetail(q: Queryable, orgId: string, rows: Row[]): Promise<FacilityBill[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => String(r.id));
  const detail = (table: string) =>
    q.query(
      `select * from ${table} where org_id = $1 and encounter_id = any($2::uuid[]) order by sequence`,
      [orgId, ids],
    );
  const [diagnoses, procedures, lines] = await Promise.all(
    ['encounter_diagnoses', 'encounter_procedures', 'service_lines'].map(detail),
  );
  const diagnosesOf = groupBy(diagnoses ?? []);
  const proceduresOf = groupBy(procedures ?? []);
  const linesOf = groupBy(lines ?? []);
  return rows.map((row) => {
    const id = String(row.id);
    const [principal, ...others] = (diagnosesOf.get(id) ?? []).map((d) => {
      const poa = optionalText(d, 'present_on_admission');
      return {
        code: String(d.icd10cm),
        ...(poa ? { presentOnAdmission: poa as 'Y' | 'N' | 'U' | 'W' } : {}),
      };
    });
    if (!principal) throw new Error(`facility bill ${id} has no principal diagnosis`);
    return billFromRow(row, {
      principal,
      others,
      procedures: (proceduresOf.get(id) ?? []).map((p) => ({
        code: String(p.icd10pcs),
        date: String(p.performed_on) as IsoDate,
      })),
      lines: (linesOf.get(id) ?? []).map(revenueLineFromRow),
    });
  });
}

function billFromRow(
  row: Row,
  detail: {
    principal: FacilityBill['principalDiagnosis'];
    others: FacilityBill['otherDiagnoses'];
    procedures: FacilityBill['procedures'];
    lines: RevenueLine[];
  },
): FacilityBill {
  const admissionDate = optionalDate(row, 'admission_date');
  const text = (column: string) => optionalText(row, column);
  const optional = <K extends string>(key: K, value: string | undefined) =>
    (value === undefined ? {} : { [key]: value }) as Partial<Record<K, string>>;
  return {
    id: String(row.id),
    status: row.status as FacilityBillStatus,
    patientId: String(row.patient_id),
    practiceId: String(row.practice_id),
    attendingProviderId: String(row.rendering_provider_id),
    ...optional('operatingProviderId', text('operating_provider_id')),
    facilityType: String(row.place_of_service) as FacilityTypeCode,
    frequency: String(row.frequency) as FacilityBill['frequency'],
    statementFrom: String(row.service_date_from) as IsoDate,
    statementTo: String(row.service_date_to) as IsoDate,
    ...(admissionDate
      ? {
          admission: {
            date: admissionDate,
            ...optional('hour', text('admission_hour')),
            ...(optional('type', text('admission_type')) as { type?: '1' }),
            ...(optional('pointOfOrigin', text('point_of_origin')) as { pointOfOrigin?: '1' }),
          },
        }
      : {}),
    ...optional('dischargeHour', text('discharge_hour')),
    patientStatus: String(row.patient_status) as FacilityBill['patientStatus'],
    documentation: String(row.documentation),
    principalDiagnosis: detail.principal,
    ...optional('admittingDiagnosis', text('admitting_diagnosis')),
    occurrences: (row.occurrences ?? []) as FacilityBill['occurrences'],
    conditionCodes: (row.condition_codes ?? []) as FacilityBill['conditionCodes'],
    valueCodes: (row.value_codes ?? []) as FacilityBill['valueCodes'],
    otherDiagnoses: detail.others,
    procedures: detail.procedures,
    lines: detail.lines,
  };
}

/** Creates a facility bill with its diagnoses, procedures and lines; call inside a transaction. */
export async function insertFacilityBill(
  q: Queryable,
  orgId: string,
  bill: FacilityBillInput,
): Promise<FacilityBill> {
  const row = await insertRow(q, 'encounters', {
    org_id: orgId,
    kind: 'institutional',
    ...encounterColumns(bill),
  });
  const id = String(row.id);
  await insertRow(q, 'facility_bills', { org_id: orgId, encounter_id: id, ...billColumns(bill) });
  await writeDetail(q, orgId, id, bill);
  const saved = await getFacilityBill(q, orgId, id);
  if (!saved) throw new Error('inserted facility bill vanished');
  return saved;
}

/** Replaces a facility bill; undefined when there is none with this id. Call inside a transaction. */
export async function updateFacilityBill(
  q: Queryable,
  orgId: string,
  id: string,
  bill: FacilityBillInput,
): Promise<FacilityBill | undefined> {
  const header = encounterColumns(bill);
  const names = Object.keys(header);
  const rows = await q.query(
    `update encounters set ${names.map((n, i) => `${n} = $${i + 3}`).join(', ')}, updated_at = now()
     where org_id = $1 and id = $2 and kind = 'institutional' returning id`,
    [orgId, id, ...Object.values(header)],
  );
  if (rows.length === 0) return undefined;
  const columns = billColumns(bill);
  await q.query(
    `update facility_bills set ${Object.keys(columns)
      .map((n, i) => `${n} = $${i + 3}`)
      .join(', ')} where org_id = $1 and encounter_id = $2`,
    [orgId, id, ...Object.values(columns)],
  );
  await writeDetail(q, orgId, id, bill);
  return getFacilityBill(q, orgId, id);
}

export async function getFacilityBill(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<FacilityBill | undefined> {
  return (await facilityBillsByIds(q, orgId, [id])).get(id);
}

/** The facility bills with these ids (ids of other encounters are left out), by id. */
export async function facilityBillsByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, FacilityBill>> {
  if (ids.length === 0) return new Map();
  const rows = await q.query(
    `select ${COLUMNS} from ${FROM} where e.org_id = $1 and e.id = any($2::uuid[])`,
    [orgId, [...new Set(ids)]],
  );
  return new Map((await withDetail(q, orgId, rows)).map((b) => [b.id, b]));
}

/**
 * The type of bill frequency each facility bill was first sent with (FL 4 fourth digit), by
 * encounter id: what a claim to a later payer for the bill is sent as, whatever version the
 * earlier payer adjudicated.
 */
export async function facilityBillFrequencies(
  q: Queryable,
  orgId: string,
  encounterIds: readonly string[],
): Promise<Map<string, FacilityBill['frequency']>> {
  if (encounterIds.length === 0) return new Map();
  const rows = await q.query<{ encounter_id: string; frequency: FacilityBill['frequency'] }>(
    'select encounter_id, frequency from facility_bills where org_id = $1 and encounter_id = any($2::uuid[])',
    [orgId, [...new Set(encounterIds)]],
  );
  return new Map(rows.map((r) => [String(r.encounter_id), r.frequency]));
}

export interface FacilityBillFilter {
  readonly patientId?: string;
  /** The attending provider. */
  readonly providerId?: string;
  readonly status?: FacilityBillStatus;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

/** A facility bill as the bills list shows it: whose it is, and the claim billing it now. */
export interface ListedFacilityBill extends FacilityBill {
  readonly patient: {
    /** `Last, First`. */
    readonly name: string;
    readonly accountNumber: string;
    readonly dateOfBirth: IsoDate;
  };
  /** The bill's current claim; absent while none bills it (none built, or its last one voided). */
  readonly claim?: {
    readonly id: string;
    readonly claimNumber: string;
    readonly status: ClaimStatus;
  };
}

// The bill's current claim: one with lines from the bill (reached through the bill's service
// lines, which the claim_lines index on service_line_id serves), neither voided nor replaced by
// a later version; the first payer's claim before a later payer's, then the newest.
const CURRENT_CLAIM = `left join lateral (
    select c.id, c.claim_number, c.status
    from service_lines s
    join claim_lines l on l.org_id = s.org_id and l.service_line_id = s.id
    join claims c on c.org_id = l.org_id and c.id = l.claim_id
    where s.org_id = e.org_id and s.encounter_id = e.id and c.status <> 'void'
      and not exists (
        select 1 from claims n where n.org_id = c.org_id and n.previous_version_id = c.id)
    order by c.prior_payer_claim_id is not null, c.created_at desc, c.id desc
    limit 1
  ) cc on true`;

/** The list facts of the `i`th row (`withDetail` keeps the rows' order). */
function listedFacts(
  rows: readonly Row[],
  i: number,
): Pick<ListedFacilityBill, 'patient' | 'claim'> {
  const row = rows[i];
  if (!row) throw new Error(`facility bill list row ${i} is missing`);
  const claimId = optionalText(row, 'current_claim_id');
  return {
    patient: {
      name: String(row.patient_name),
      accountNumber: String(row.patient_account_number),
      dateOfBirth: String(row.patient_date_of_birth) as IsoDate,
    },
    ...(claimId
      ? {
          claim: {
            id: claimId,
            claimNumber: String(row.current_claim_number),
            status: row.current_claim_status as ClaimStatus,
          },
        }
      : {}),
  };
}

/** One page of facility bills, newest statement first, with their patients and current claims. */
export async function listFacilityBills(
  q: Queryable,
  orgId: string,
  filter: FacilityBillFilter,
  page: PageRequest,
): Promise<PageResult<ListedFacilityBill>> {
  const params: SqlParam[] = [orgId];
  const where = ['e.org_id = $1'];
  const add = (clause: (p: string) => string, value: SqlParam | undefined) => {
    if (value !== undefined) where.push(clause(`$${params.push(value)}`));
  };
  add((p) => `e.patient_id = ${p}`, filter.patientId);
  add((p) => `e.rendering_provider_id = ${p}`, filter.providerId);
  add((p) => `e.status = ${p}`, filter.status);
  add((p) => `e.service_date_from >= ${p}`, filter.from);
  add((p) => `e.service_date_from <= ${p}`, filter.to);
  const result = await pageOf(
    q,
    {
      select: `${COLUMNS}, pt.last_name || ', ' || pt.first_name as patient_name,
        pt.account_number as patient_account_number, pt.date_of_birth as patient_date_of_birth,
        cc.id as current_claim_id, cc.claim_number as current_claim_number,
        cc.status as current_claim_status`,
      from: `${FROM}
        join patients pt on pt.org_id = e.org_id and pt.id = e.patient_id
        ${CURRENT_CLAIM}`,
      where: where.join(' and '),
      params,
      orderBy: 'e.service_date_from desc, e.created_at desc, e.id',
    },
    page,
    (row) => row,
  );
  const bills = await withDetail(q, orgId, result.items);
  return {
    ...result,
    items: bills.map((bill, i) => ({ ...bill, ...listedFacts(result.items, i) })),
  };
}

/**
 * Revenue-code lines by id. With `lock`, locked for the rest of the transaction in id order (as
 * `serviceLinesByIds` locks professional lines).
 */
export async function revenueLinesByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
  options: { lock?: boolean } = {},
): Promise<RevenueLine[]> {
  if (ids.length === 0) return [];
  const rows = await q.query(
    `select * from service_lines where org_id = $1 and id = any($2::uuid[]) and revenue_code is not null${options.lock ? ' order by id for update' : ''}`,
    [orgId, ids],
  );
  return rows.map(revenueLineFromRow);
}
