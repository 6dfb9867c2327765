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
import type { PageRequest, PageResult } from './page.ts';
import { insertRow, selectRow, updateRow } from './rows.ts';
import { pageOf } from './table-repository.ts';
import { optionalText } from './row-values.ts';

type Row = Record<string, unknown>;

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
  return rows.map((row) =>
    headerFromRow(
      row,
      diagnoses.filter((d) => d.encounter_id === row.id).map((d) => String(d.icd10cm)),
      lines.filter((l) => l.encounter_id === row.id).map(lineFromRow),
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
  return row ? (await withDetail(q, orgId, [row]))[0] : undefined;
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
  const where = ['org_id = $1'];
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
