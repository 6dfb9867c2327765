import type {
  Cents,
  FeeSchedule,
  FeeScheduleEntry,
  FeeScheduleInput,
  IsoDate,
  ProcedureSystem,
} from '@medbill/core';
import type { Queryable } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { insertRow, selectRow, updateRow } from './rows.ts';
import { pageOf } from './table-repository.ts';
import { optionalDate, optionalText } from './row-values.ts';

type Row = Record<string, unknown>;

function header(row: Row, entries: FeeScheduleEntry[]): FeeSchedule {
  const effectiveTo = optionalDate(row, 'effective_to');
  return {
    id: String(row.id),
    name: String(row.name),
    effectiveFrom: String(row.effective_from) as IsoDate,
    ...(effectiveTo ? { effectiveTo } : {}),
    entries,
  };
}

function entryFromRow(row: Row): FeeScheduleEntry {
  const code = String(row.procedure_code);
  const modifier = optionalText(row, 'modifier');
  return {
    procedureCode: { system: procedureSystem(code), code },
    ...(modifier ? { modifier } : {}),
    amount: Number(row.amount_cents) as Cents,
  };
}

/** HCPCS Level II codes start with a letter; CPT codes with a digit. */
const procedureSystem = (code: string): ProcedureSystem => (/^[A-Z]/.test(code) ? 'hcpcs' : 'cpt');

async function writeEntries(
  q: Queryable,
  orgId: string,
  id: string,
  entries: readonly FeeScheduleEntry[],
) {
  await q.query('delete from fee_schedule_entries where org_id = $1 and fee_schedule_id = $2', [
    orgId,
    id,
  ]);
  if (entries.length === 0) return;
  await q.query(
    `insert into fee_schedule_entries (org_id, fee_schedule_id, procedure_code, modifier, amount_cents)
     select $1, $2, e.code, e.modifier, e.amount
     from unnest($3::text[], $4::text[], $5::bigint[]) as e(code, modifier, amount)`,
    [
      orgId,
      id,
      entries.map((e) => e.procedureCode.code),
      entries.map((e) => e.modifier ?? ''),
      entries.map((e) => e.amount),
    ],
  );
}

async function readEntries(q: Queryable, orgId: string, id: string): Promise<FeeScheduleEntry[]> {
  const rows = await q.query(
    `select * from fee_schedule_entries where org_id = $1 and fee_schedule_id = $2 order by procedure_code, modifier`,
    [orgId, id],
  );
  return rows.map(entryFromRow);
}

/** Creates a schedule with its entries; call inside a transaction. */
export async function insertFeeSchedule(
  q: Queryable,
  orgId: string,
  input: FeeScheduleInput,
): Promise<FeeSchedule> {
  const row = await insertRow(q, 'fee_schedules', {
    org_id: orgId,
    name: input.name,
    effective_from: input.effectiveFrom,
    effective_to: input.effectiveTo ?? null,
  });
  await writeEntries(q, orgId, String(row.id), input.entries);
  return header(row, await readEntries(q, orgId, String(row.id)));
}

/** Replaces a schedule and all its entries; call inside a transaction. */
export async function updateFeeSchedule(
  q: Queryable,
  orgId: string,
  id: string,
  input: FeeScheduleInput,
): Promise<FeeSchedule | undefined> {
  const row = await updateRow(q, 'fee_schedules', orgId, id, {
    name: input.name,
    effective_from: input.effectiveFrom,
    effective_to: input.effectiveTo ?? null,
  });
  if (!row) return undefined;
  await writeEntries(q, orgId, id, input.entries);
  return header(row, await readEntries(q, orgId, id));
}

export async function getFeeSchedule(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<FeeSchedule | undefined> {
  const row = await selectRow(q, 'fee_schedules', orgId, id);
  return row ? header(row, await readEntries(q, orgId, id)) : undefined;
}

/** Schedules without their entries, for lists. */
export async function listFeeSchedules(
  q: Queryable,
  orgId: string,
  page: PageRequest,
): Promise<PageResult<FeeSchedule>> {
  return pageOf(
    q,
    {
      from: 'fee_schedules',
      where: 'org_id = $1',
      params: [orgId],
      orderBy: 'effective_from desc, name, id',
    },
    page,
    (row) => header(row, []),
  );
}

/** Every schedule in force on a date, with only the entries for the given codes. */
export async function feeSchedulesInForce(
  q: Queryable,
  orgId: string,
  dateOfService: IsoDate,
  procedureCodes: readonly string[],
): Promise<FeeSchedule[]> {
  return feeSchedulesInForceOn(q, orgId, [dateOfService], procedureCodes);
}

/** Every schedule in force on any of the dates, with only the entries for the given codes. */
export async function feeSchedulesInForceOn(
  q: Queryable,
  orgId: string,
  datesOfService: readonly IsoDate[],
  procedureCodes: readonly string[],
): Promise<FeeSchedule[]> {
  if (datesOfService.length === 0) return [];
  const rows = await q.query(
    `select s.*, coalesce(json_agg(json_build_object('procedure_code', e.procedure_code, 'modifier', e.modifier, 'amount_cents', e.amount_cents))
              filter (where e.procedure_code is not null), '[]') as entries
     from fee_schedules s
     left join fee_schedule_entries e on e.org_id = s.org_id and e.fee_schedule_id = s.id and e.procedure_code = any($3::text[])
     where s.org_id = $1 and exists (select 1 from unnest($2::date[]) as d(day)
       where s.effective_from <= d.day and (s.effective_to is null or s.effective_to >= d.day))
     group by s.org_id, s.id`,
    [orgId, datesOfService, procedureCodes],
  );
  return rows.map((row) => header(row, (row.entries as Row[]).map(entryFromRow)));
}
