import type {
  Cents,
  Encounter,
  EncounterStatus,
  IsoDate,
  NdcUnit,
  PricedEncounter,
  ProcedureSystem,
  ServiceLine,
} from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import { optionalFields } from './address-columns.ts';
import { conditionColumns, conditionsFromRow } from './condition-columns.ts';
import type { PageRequest, PageResult } from './page.ts';
import { insertRow, selectRow, selectRows, updateRow } from './rows.ts';
import { pageOf } from './table-repository.ts';
import { optionalText } from './row-values.ts';

type Row = Record<string, unknown>;

/**
 * Facility bills are encounters too (kind `institutional`, read through facility-bills.ts): the
 * functions here read and write professional encounters and their service lines only.
 */
const isProfessional = (row: Row) => row.kind === 'professional';

function headerColumns(e: PricedEncounter): Record<string, SqlParam> {
  return {
    patient_id: e.patientId,
    practice_id: e.practiceId,
    rendering_provider_id: e.renderingProviderId,
    referring_provider_id: e.referringProviderId ?? null,
    supervising_provider_id: e.supervisingProviderId ?? null,
    facility_id: e.facilityId ?? null,
    place_of_service: e.placeOfService,
    service_date_from: e.serviceDateFrom,
    service_date_to: e.serviceDateTo,
    documentation: e.documentation,
    ...conditionColumns(e.conditions),
  };
}

function headerFromRow(row: Row, diagnoses: string[], lines: ServiceLine[]): Encounter {
  return {
    id: String(row.id),
    status: row.status as EncounterStatus,
    patientId: String(row.patient_id),
    practiceId: String(row.practice_id),
    renderingProviderId: String(row.rendering_provider_id),
    placeOfService: String(row.place_of_service),
    serviceDateFrom: String(row.service_date_from) as IsoDate,
    serviceDateTo: String(row.service_date_to) as IsoDate,
    documentation: String(row.documentation),
    diagnoses,
    lines,
    conditions: conditionsFromRow(row),
    ...optionalFields(row, {
      referringProviderId: 'referring_provider_id',
      supervisingProviderId: 'supervising_provider_id',
      facilityId: 'facility_id',
    }),
  };
}

function lineFromRow(row: Row): ServiceLine {
  const ndcCode = optionalText(row, 'ndc_code');
  return {
    id: String(row.id),
    sequence: Number(row.sequence),
    procedureCode: {
      system: row.procedure_system as ProcedureSystem,
      code: String(row.procedure_code),
    },
    modifiers: row.modifiers as string[],
    units: Number(row.units),
    charge: Number(row.charge_cents) as Cents,
    chargeEntered: row.charge_entered === true,
    diagnosisPointers: (row.diagnosis_pointers as number[]).map(Number),
    serviceDate: String(row.service_date) as IsoDate,
    ...(ndcCode
      ? {
          ndc: {
            code: ndcCode,
            quantity: Number(row.ndc_quantity),
            unit: String(row.ndc_unit) as NdcUnit,
          },
        }
      : {}),
  };
}

async function writeDetail(
  q: Queryable,
  orgId: string,
  encounterId: string,
  e: PricedEncounter,
): Promise<void> {
  await q.query('delete from encounter_diagnoses where org_id = $1 and encounter_id = $2', [
    orgId,
    encounterId,
  ]);
  await q.query('delete from service_lines where org_id = $1 and encounter_id = $2', [
    orgId,
    encounterId,
  ]);
  if (e.diagnoses.length > 0) {
    await q.query(
      `insert into encounter_diagnoses (org_id, encounter_id, sequence, icd10cm)
       select $1, $2, d.ordinality, d.code from unnest($3::text[]) with ordinality as d(code, ordinality)`,
      [orgId, encounterId, e.diagnoses],
    );
  }
  for (const [index, line] of e.lines.entries()) {
    await insertRow(q, 'service_lines', {
      org_id: orgId,
      encounter_id: encounterId,
      sequence: index + 1,
      procedure_system: line.procedureCode.system,
      procedure_code: line.procedureCode.code,
      modifiers: line.modifiers,
      units: line.units,
      charge_cents: line.charge,
      charge_entered: line.chargeEntered,
      diagnosis_pointers: line.diagnosisPointers,
      service_date: line.serviceDate,
      ndc_code: line.ndc?.code ?? null,
      ndc_quantity: line.ndc?.quantity ?? null,
      ndc_unit: line.ndc?.unit ?? null,
    });
  }
}

/** Loads the diagnoses and lines of several encounters in two queries. */
async function withDetail(q: Queryable, orgId: string, rows: Row[]): Promise<Encounter[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => String(r.id));
  const [diagnoses, lines] = await Promise.all([
    q.query(
      `select encounter_id, icd10cm from encounter_diagnoses where org_id = $1 and encounter_id = any($2::uuid[]) order by sequence`,
      [orgId, ids],
    ),
    q.query(
      `select * from service_lines where org_id = $1 and encounter_id = any($2::uuid[]) order by sequence`,
      [orgId, ids],
    ),
  ]);
  const byEncounter = (detail: Row[]) => {
    const groups = new Map<string, Row[]>();
    for (const row of detail) {
      const group = groups.get(String(row.encounter_id)) ?? [];
      group.push(row);
      groups.set(String(row.encounter_id), group);
    }
    return groups;
  };
  const diagnosesOf = byEncounter(diagnoses);
  const linesOf = byEncounter(lines);
  return rows.map((row) =>
    headerFromRow(
      row,
      (diagnosesOf.get(String(row.id)) ?? []).map((d) => String(d.icd10cm)),
      (linesOf.get(String(row.id)) ?? []).map(lineFromRow),
    ),
  );
}

/** Creates an encounter with its diagnoses and lines; call inside a transaction. */
export async function insertEncounter(
  q: Queryable,
  orgId: string,
  e: PricedEncounter,
): Promise<Encounter> {
  const row = await insertRow(q, 'encounters', { org_id: orgId, ...headerColumns(e) });
  await writeDetail(q, orgId, String(row.id), e);
  const [encounter] = await withDetail(q, orgId, [row]);
  if (!encounter) throw new Error('inserted encounter vanished');
  return encounter;
}

/** Replaces an encounter's header, diagnoses and lines; call inside a transaction. */
export async function updateEncounter(
  q: Queryable,
  orgId: string,
  id: string,
  e: PricedEncounter,
): Promise<Encounter | undefined> {
  const row = await updateRow(q, 'encounters', orgId, id, headerColumns(e));
  if (!row) return undefined;
  await writeDetail(q, orgId, id, e);
  return (await withDetail(q, orgId, [row]))[0];
}

export async function getEncounter(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<Encounter | undefined> {
  const row = await selectRow(q, 'encounters', orgId, id);
  return row && isProfessional(row) ? (await withDetail(q, orgId, [row]))[0] : undefined;
}

/**
 * Professional service lines by id (revenue-code lines are read by `revenueLinesByIds`). With `lock`, they are locked for the rest of the transaction (so two
 * postings to one line queue rather than race), in id order, so that two transactions locking
 * overlapping sets queue instead of deadlocking.
 */
export async function serviceLinesByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
  options: { lock?: boolean } = {},
): Promise<ServiceLine[]> {
  if (ids.length === 0) return [];
  const rows = await q.query(
    `select * from service_lines where org_id = $1 and id = any($2::uuid[]) and revenue_code is null${options.lock ? ' order by id for update' : ''}`,
    [orgId, ids],
  );
  return rows.map(lineFromRow);
}

/** Who else an encounter names (referring, supervising, facility), by encounter id. */
export async function encounterParties(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<
  Map<string, Pick<Encounter, 'referringProviderId' | 'supervisingProviderId' | 'facilityId'>>
> {
  if (ids.length === 0) return new Map();
  const rows = await q.query(
    'select id, referring_provider_id, supervising_provider_id, facility_id from encounters where org_id = $1 and id = any($2::uuid[])',
    [orgId, ids],
  );
  return new Map(
    rows.map((row) => [
      String(row.id),
      optionalFields(row, {
        referringProviderId: 'referring_provider_id',
        supervisingProviderId: 'supervising_provider_id',
        facilityId: 'facility_id',
      }),
    ]),
  );
}

/** Sets the status of several encounters in one statement. */
export async function setEncounterStatuses(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
  status: EncounterStatus,
): Promise<void> {
  if (ids.length === 0) return;
  await q.query(
    'update encounters set status = $3, updated_at = now() where org_id = $1 and id = any($2::uuid[])',
    [orgId, ids, status],
  );
}

/** The encounters with these ids, with their diagnoses and lines, by id. */
export async function encountersByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, Encounter>> {
  const rows = (await selectRows(q, 'encounters', orgId, [...new Set(ids)])).filter(isProfessional);
  return new Map((await withDetail(q, orgId, rows)).map((e) => [e.id, e]));
}

export async function setEncounterStatus(
  q: Queryable,
  orgId: string,
  id: string,
  status: EncounterStatus,
): Promise<boolean> {
  return (await updateRow(q, 'encounters', orgId, id, { status })) !== undefined;
}

export interface EncounterFilter {
  readonly patientId?: string;
  readonly providerId?: string;
  readonly status?: EncounterStatus;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

export async function listEncounters(
  q: Queryable,
  orgId: string,
  filter: EncounterFilter,
  page: PageRequest,
): Promise<PageResult<Encounter>> {
  const params: SqlParam[] = [orgId];
  const where = ['org_id = $1', "kind = 'professional'"];
  const add = (clause: (p: string) => string, value: SqlParam) =>
    where.push(clause(`$${params.push(value)}`));
  if (filter.patientId) add((p) => `patient_id = ${p}`, filter.patientId);
  if (filter.providerId) add((p) => `rendering_provider_id = ${p}`, filter.providerId);
  if (filter.status) add((p) => `status = ${p}`, filter.status);
  if (filter.from) add((p) => `service_date_from >= ${p}`, filter.from);
  if (filter.to) add((p) => `service_date_from <= ${p}`, filter.to);
  const result = await pageOf(
    q,
    {
      from: 'encounters',
      where: where.join(' and '),
      params,
      orderBy: 'service_date_from desc, created_at desc, id',
    },
    page,
    (row) => row,
  );
  return { ...result, items: await withDetail(q, orgId, result.items) };
}
