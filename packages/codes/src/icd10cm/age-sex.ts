import type { AdministrativeSex, IsoDate } from '@medbill/core';
import { formatIcd10cmCode, normalizeIcd10cmCode } from './code-format.ts';
import type { CodeProblem, Icd10cmStore } from './icd10cm-store.ts';
import { tabularAncestry } from './tabular-queries.ts';

/** The patient facts the age and sex edits need: age in whole years on the date of service. */
export interface PatientAgeSex {
  readonly age: number;
  readonly sex: AdministrativeSex;
}

interface RangeRule {
  readonly from: string;
  readonly to: string;
  readonly ages?: readonly [number, number];
  readonly sex?: 'F' | 'M';
  readonly severity: 'error' | 'warning';
  readonly source: string;
}

/**
 * Published code ranges with an age or sex edit. Sources: CMS Medicare Code Editor (MCE)
 * "Perinatal/newborn diagnoses" (age 0), "Maternity diagnoses" (age 12–55, female), and
 * ICD-10-CM Official Guidelines I.C.15 (chapter 15 codes are for maternal records only) and
 * I.C.16.a.4 (P codes may be used throughout life when the condition originated in the
 * perinatal period, hence a warning, not an error). Sex-specific sections are those the Tabular
 * titles "female genital"/"male genital" (C51–C58, C60–C63, N40–N53, N70–N77, N80–N98).
 */
const RANGE_RULES: readonly RangeRule[] = [
  {
    from: 'P00',
    to: 'P96',
    ages: [0, 0],
    severity: 'warning',
    source: 'MCE perinatal/newborn (age 0); Guideline I.C.16.a.4 allows later use',
  },
  {
    from: 'Z38',
    to: 'Z38',
    ages: [0, 0],
    severity: 'error',
    source: 'Z38 liveborn infant: newborn record only (Guideline I.C.16.a.2, I.C.21.c.12)',
  },
  {
    from: 'O00',
    to: 'O9A',
    ages: [12, 55],
    severity: 'warning',
    source: 'MCE maternity diagnoses, age 12-55',
  },
  {
    from: 'Z3A',
    to: 'Z3A',
    ages: [12, 55],
    severity: 'warning',
    source: 'MCE maternity diagnoses, age 12-55',
  },
  {
    from: 'O00',
    to: 'O9A',
    sex: 'F',
    severity: 'error',
    source: 'chapter 15, maternal records only (Guideline I.C.15.a)',
  },
  {
    from: 'Z3A',
    to: 'Z3A',
    sex: 'F',
    severity: 'error',
    source: 'weeks of gestation, maternal record (Guideline I.C.15.a)',
  },
];

const FEMALE_SECTION = /\bfemale (?:genital|pelvic)\b/i;
const MALE_SECTION = /\bmale genital\b/i;
const FEMALE_WORDS =
  /\b(?:female|vagina|vaginal|vulva|vulvar|vulvovaginal|uterus|uterine|intrauterine|cervix|ovary|ovaries|ovarian|fallopian|endometri\w*|bartholin\w*|menstrua\w*|menopaus\w*)\b/i;
const MALE_WORDS =
  /\b(?:male|prostate|prostatic|prostatitis|testis|testes|testicle|testicular|scrotum|scrotal|penis|penile|spermatic|seminal|epididym\w*|vas deferens)\b/i;
/** Titles about someone other than the patient (perpetrator, family member, mother, fetus). */
const OTHER_PERSON =
  /\b(?:partner|patient|pregnancy loss|perpetrator|family history|maternal|mother|father|newborn affected|fetus|fetal)\b/i;
const NEWBORN_WORDS = /\b(?:newborn|neonatal)\b/i;
const CHILD_WORDS = /\b(?:childhood|infancy|child health)\b/i;
const ADULT_WORDS = /\b(?:adult|senile|senility)\b/i;

/**
 * Age and sex conflicts of one code for a patient, as located problems.
 *
 * Ranges with a published edit (see the table above) come first. Where CMS publishes its
 * Medicare Code Editor lists only as a PDF (not available here), the edits are derived from the
 * data and marked as warnings: sex from the Tabular section titles ("Diseases of male genital
 * organs" N40–N53, "Inflammatory diseases of female pelvic organs" N70–N77, "Noninflammatory
 * disorders of female genital tract" N80–N98, C51–C58, C60–C63: errors) and from organ or sex
 * words in the code's own titles ("female breast", "prostate", "scrotum": warnings; a title
 * naming both sexes, or another person — partner, perpetrator, family member, mother, fetus — is
 * skipped); newborn (age 0) from "newborn"/"neonatal",
 * pediatric (0–17, the MCE pediatric range) from "childhood"/"infancy"/"child health", adult
 * (15 and over, the MCE adult range) from "adult"/"senile".
 *
 * @example
 * ```ts
 * ageSexConflict(store, 'N40.0', { age: 70, sex: 'F' }, isoDate('2026-01-15'));
 * // [{ severity: 'error', code: 'sex-conflict', path: 'code', message: 'N40.0: male only, … ' }]
 * ```
 */
export function ageSexConflict(
  store: Icd10cmStore,
  code: string,
  patient: PatientAgeSex,
  dateOfService: IsoDate,
): CodeProblem[] {
  const stored = normalizeIcd10cmCode(code) ?? code;
  const display = formatIcd10cmCode(stored);
  const problems: CodeProblem[] = [];
  const add = (severity: CodeProblem['severity'], kind: 'age' | 'sex', message: string): void => {
    if (!problems.some((p) => p.code === `${kind}-conflict`))
      problems.push({
        severity,
        code: `${kind}-conflict`,
        path: 'code',
        message: `${display}: ${message}`,
      });
  };
  for (const rule of RANGE_RULES) {
    const prefix = stored.slice(0, 3);
    if (prefix < rule.from || prefix > rule.to) continue;
    if (rule.ages && (patient.age < rule.ages[0] || patient.age > rule.ages[1])) {
      add(
        rule.severity,
        'age',
        `for ages ${rule.ages[0]}-${rule.ages[1]}, patient is ${patient.age} (${rule.source}).`,
      );
    }
    if (rule.sex && patient.sex !== 'U' && patient.sex !== rule.sex) {
      add(
        rule.severity,
        'sex',
        `${rule.sex === 'F' ? 'female' : 'male'} only, patient is ${patient.sex} (${rule.source}).`,
      );
    }
  }
  const ancestry = store.tabular ? tabularAncestry(store.tabular, stored) : [];
  const section = ancestry.find((n) => n.kind === 'section')?.title ?? '';
  const sectionSex = FEMALE_SECTION.test(section)
    ? 'F'
    : MALE_SECTION.test(section)
      ? 'M'
      : undefined;
  if (sectionSex && patient.sex !== 'U' && patient.sex !== sectionSex) {
    add(
      'error',
      'sex',
      `${sectionSex === 'F' ? 'female' : 'male'} only, patient is ${patient.sex} (Tabular section "${section}").`,
    );
  }
  const release = store.codes.releaseOn(dateOfService);
  const title =
    (release === undefined ? undefined : store.codes.versionIn(stored, release)?.longTitle) ??
    ancestry[0]?.title ??
    '';
  const titleSex = sexFromTitle(title);
  if (titleSex && patient.sex !== 'U' && patient.sex !== titleSex) {
    add(
      'warning',
      'sex',
      `title "${title}" is ${titleSex === 'F' ? 'female' : 'male'}-specific, patient is ${patient.sex}.`,
    );
  }
  if (/\bhistory\b|\bpediatric\b/i.test(title)) {
    // "Personal history of … in childhood" is coded later in life; "(adult) (pediatric)" fits both.
  } else if (!stored.startsWith('P') && NEWBORN_WORDS.test(title) && patient.age > 0) {
    add('warning', 'age', `title "${title}" is for newborns (age 0), patient is ${patient.age}.`);
  } else if (CHILD_WORDS.test(title) && patient.age > 17) {
    add(
      'warning',
      'age',
      `title "${title}" is pediatric (MCE pediatric age 0-17), patient is ${patient.age}.`,
    );
  } else if (ADULT_WORDS.test(title) && !/\bchild\b/i.test(title) && patient.age < 15) {
    add(
      'warning',
      'age',
      `title "${title}" is for adults (MCE adult age 15 and over), patient is ${patient.age}.`,
    );
  }
  return problems;
}

/** The sex a title is specific to, if it names organs or a sex of one kind only. */
export function sexFromTitle(title: string): 'F' | 'M' | undefined {
  if (/\bfemale patient\b/i.test(title)) return 'F';
  if (/\bmale patient\b/i.test(title)) return 'M';
  if (OTHER_PERSON.test(title)) return undefined;
  const female = FEMALE_WORDS.test(title);
  const male = MALE_WORDS.test(title);
  return female === male ? undefined : female ? 'F' : 'M';
}
