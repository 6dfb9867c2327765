/** Code-set systems as billers name them; an unknown system shows as the server names it. */
const LABELS: Record<string, string> = {
  icd10cm: 'ICD-10-CM',
  icd10pcs: 'ICD-10-PCS',
  hcpcs: 'HCPCS Level II',
  cpt: 'CPT (licensed)',
  pfs: 'Physician fee schedule (RVU)',
  ptp: 'NCCI procedure-to-procedure',
  mue: 'NCCI medically unlikely edits',
  aoc: 'NCCI add-on codes',
  taxonomy: 'NUCC provider taxonomy',
  pos: 'Place of service',
  carc: 'Claim adjustment reasons (CARC)',
  rarc: 'Remittance remarks (RARC)',
};

export function systemLabel(system: string): string {
  return LABELS[system] ?? system;
}
