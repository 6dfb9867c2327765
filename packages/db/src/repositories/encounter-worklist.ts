import type { EncounterStatus, IsoDate } from '@medbill/core';
import type { Queryable, SqlParam } from '../database.ts';
import type { PageRequest, PageResult } from './page.ts';
import { escapeLike, pageOf } from './table-repository.ts';

/** An encounter as the coders' queue shows it: whom, who, when, and how far coded. */
export interface EncounterWorklistRow {
  readonly id: string;
  readonly status: EncounterStatus;
  readonly serviceDateFrom: IsoDate;
  readonly placeOfService: string;
  readonly patientName: string;
  readonly accountNumber: string;
  readonly providerName: string;
  /** ICD-10-CM codes without dots, first-listed first. */
  readonly diagnoses: string[];
  /** Procedure codes of the lines, in order. */
  readonly procedures: string[];
}

export interface EncounterWorklistFilter {
  readonly status?: EncounterStatus;
  readonly providerId?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  /** The start of the patient's last name, or an account number. */
  readonly q?: string;
}

/** One page of the coders' queue, newest date of service first. */
export async function listEncounterWorklist(
  q: Queryable,
  orgId: string,
  filter: EncounterWorklistFilter,
  page: PageRequest,
): Promise<PageResult<EncounterWorklistRow>> {
  const params: SqlParam[] = [orgId];
  // Facility bills have their own list (`/facility-bills`): the coders' queue holds visits.
  const where = ['e.org_id = $1', "e.kind = 'professional'"];
  const add = (sql: (n: number) => string, value: SqlParam | undefined) => {
    if (value !== undefined) where.push(sql(params.push(value)));
  };
  add((n) => `e.status = $${n}`, filter.status);
  add((n) => `e.rendering_provider_id = $${n}`, filter.providerId);
  add((n) => `e.service_date_from >= $${n}`, filter.from);
  add((n) => `e.service_date_from <= $${n}`, filter.to);
  if (filter.q) {
    const n = params.push(filter.q.toUpperCase(), `${escapeLike(filter.q.toLowerCase())}%`);
    where.push(`(pt.account_number = $${n - 1} or lower(pt.last_name) like $${n})`);
  }
  return pageOf(
    q,
    {
      select: `e.id, e.status, e.service_date_from, e.place_of_service,
        pt.last_name || ', ' || pt.first_name as patient_name, pt.account_number,
        pr.last_name || ', ' || pr.first_name as provider_name,
        array(select d.icd10cm from encounter_diagnoses d
              where d.org_id = e.org_id and d.encounter_id = e.id order by d.sequence) as diagnoses,
        array(select s.procedure_code from service_lines s
              where s.org_id = e.org_id and s.encounter_id = e.id order by s.sequence) as procedures`,
      from: `encounters e
        join patients pt on pt.org_id = e.org_id and pt.id = e.patient_id
        join providers pr on pr.org_id = e.org_id and pr.id = e.rendering_provider_id`,
      where: where.join(' and '),
      params,
      orderBy: 'e.service_date_from desc, pt.last_name, e.id',
    },
    page,
    (row) => ({
      id: String(row.id),
      status: row.status as EncounterStatus,
      serviceDateFrom: row.service_date_from as IsoDate,
      placeOfService: String(row.place_of_service),
      patientName: String(row.patient_name),
      accountNumber: String(row.account_number),
      providerName: String(row.provider_name),
      diagnoses: (row.diagnoses as string[]).map((d) => d.trim()),
      procedures: row.procedures as string[],
    }),
  );
}
