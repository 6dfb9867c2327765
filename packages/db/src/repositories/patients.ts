import type { GuarantorInput, Patient, PatientInput } from '@medbill/core';
import { parseIsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import { addressColumns, optionalFields, requiredAddress } from './address-columns.ts';
import type { PageRequest, PageResult } from './page.ts';
import { personColumns, personFromRow } from './person-columns.ts';
import { firstRow, insertRow, selectRow, selectRows, updateRow } from './rows.ts';
import { escapeLike, pageOf } from './table-repository.ts';
import { optionalDate } from './row-values.ts';

type Row = Record<string, unknown>;

function fromRow(row: Row): Patient {
  return {
    id: String(row.id),
    accountNumber: String(row.account_number),
    ...personFromRow(row, ''),
    ...optionalFields(row, { email: 'email', notes: 'notes' }),
  };
}

function columns(p: PatientInput): Record<string, SqlParam> {
  return { ...personColumns('', p), email: p.email ?? null, notes: p.notes ?? null };
}

export async function insertPatient(
  q: Queryable,
  orgId: string,
  input: PatientInput,
): Promise<Patient> {
  const accountNumber = input.accountNumber ?? (await nextAccountNumber(q));
  return fromRow(
    await insertRow(q, 'patients', {
      org_id: orgId,
      account_number: accountNumber,
      ...columns(input),
    }),
  );
}

async function nextAccountNumber(q: Queryable): Promise<string> {
  const rows = await q.query<{ n: number }>("select nextval('patient_account_seq') as n");
  return `A${firstRow(rows).n}`;
}

export async function getPatient(
  q: Queryable,
  orgId: string,
  id: string,
): Promise<Patient | undefined> {
  const row = await selectRow(q, 'patients', orgId, id);
  return row ? fromRow(row) : undefined;
}

/** The patients with these ids, by id. */
export async function patientsByIds(
  q: Queryable,
  orgId: string,
  ids: readonly string[],
): Promise<Map<string, Patient>> {
  const rows = await selectRows(q, 'patients', orgId, [...new Set(ids)]);
  return new Map(rows.map((row) => [String(row.id), fromRow(row)]));
}

export async function updatePatient(
  q: Queryable,
  orgId: string,
  id: string,
  input: PatientInput,
): Promise<Patient | undefined> {
  const values = {
    ...columns(input),
    ...(input.accountNumber ? { account_number: input.accountNumber } : {}),
  };
  const row = await updateRow(q, 'patients', orgId, id, values);
  return row ? fromRow(row) : undefined;
}

export interface PatientSearch {
  /** Free text: "last, first", "first last", an account number, a member ID or a birth date. */
  readonly q?: string;
  readonly dateOfBirth?: string;
}

/**
 * Patient search as the front desk types it. A birth date (YYYY-MM-DD or MM/DD/YYYY) matches
 * exactly; other text matches name prefixes in either order, account numbers and member IDs.
 */
export async function searchPatients(
  q: Queryable,
  orgId: string,
  search: PatientSearch,
  page: PageRequest,
): Promise<PageResult<Patient>> {
  const where = ['p.org_id = $1'];
  const params: SqlParam[] = [orgId];
  const add = (value: SqlParam) => `$${params.push(value)}`;
  if (search.dateOfBirth) where.push(`p.date_of_birth = ${add(search.dateOfBirth)}`);
  const text = search.q?.trim() ?? '';
  if (text) {
    const date = parseTypedDate(text);
    if (date) {
      where.push(`p.date_of_birth = ${add(date)}`);
    } else {
      const words = text
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean)
        .slice(0, 3);
      const upper = add(text.toUpperCase());
      const nameMatch = words
        .map((word) => {
          const p = add(`${escapeLike(word)}%`);
          return `(lower(p.last_name) like ${p} or lower(p.first_name) like ${p})`;
        })
        .join(' and ');
      where.push(
        `((${nameMatch}) or p.account_number = ${upper} or exists (
           select 1 from coverages c where c.org_id = p.org_id and c.patient_id = p.id and upper(c.member_id) = ${upper}))`,
      );
    }
  }
  return pageOf(
    q,
    {
      from: 'patients p',
      where: where.join(' and '),
      params,
      orderBy: 'p.last_name, p.first_name, p.date_of_birth, p.id',
      select: 'p.*',
    },
    page,
    fromRow,
  );
}

function parseTypedDate(text: string): string | undefined {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const candidate = us ? `${us[3]}-${us[1]?.padStart(2, '0')}-${us[2]?.padStart(2, '0')}` : text;
  const parsed = parseIsoDate(candidate);
  return parsed.ok ? parsed.value : undefined;
}

export async function getGuarantor(
  q: Queryable,
  orgId: string,
  patientId: string,
): Promise<GuarantorInput> {
  const rows = await q.query('select * from guarantors where org_id = $1 and patient_id = $2', [
    orgId,
    patientId,
  ]);
  const row = rows[0];
  if (!row || row.relationship === 'self') return { relationship: 'self' };
  const dateOfBirth = optionalDate(row, 'date_of_birth');
  return {
    relationship: row.relationship as Exclude<GuarantorInput['relationship'], 'self'>,
    lastName: String(row.last_name),
    firstName: String(row.first_name),
    address: requiredAddress(row, 'address'),
    ...(dateOfBirth ? { dateOfBirth } : {}),
    ...optionalFields(row, { phone: 'phone' }),
  };
}

export async function setGuarantor(
  q: Queryable,
  orgId: string,
  patientId: string,
  guarantor: GuarantorInput,
): Promise<GuarantorInput> {
  const other = guarantor.relationship === 'self' ? undefined : guarantor;
  const values: Record<string, SqlParam> = {
    relationship: guarantor.relationship,
    last_name: other?.lastName ?? null,
    first_name: other?.firstName ?? null,
    date_of_birth: other?.dateOfBirth ?? null,
    ...addressColumns('address', other?.address),
    phone: other?.phone ?? null,
  };
  const names = Object.keys(values);
  await q.query(
    `insert into guarantors (org_id, patient_id, ${names.join(', ')})
     values ($1, $2, ${names.map((_, i) => `$${i + 3}`).join(', ')})
     on conflict (org_id, patient_id) do update set
       ${names.map((n) => `${n} = excluded.${n}`).join(', ')}, updated_at = now()`,
    [orgId, patientId, ...Object.values(values)],
  );
  return guarantor;
}
