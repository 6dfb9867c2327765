import type { ProblemKey } from './demo-problems.ts';
import type { Sex } from './demo-names.ts';
import type { SeededRandom } from './seeded-random.ts';

/**
 * A believable chronic problem list for a patient of this age and sex: prevalence rises with
 * age, sex-specific problems stay with their sex, and combinations that change the codes
 * (hypertension with CKD or heart failure) are chosen together.
 */
export function problemList(random: SeededRandom, age: number, sex: Sex): ProblemKey[] {
  const problems: ProblemKey[] = [];
  const add = (p: number, problem: ProblemKey) => {
    if (random.chance(p)) problems.push(problem);
  };
  if (age < 18) {
    add(0.25, 'asthma');
    add(0.15, 'eczema');
    return problems;
  }
  if (age >= 40) cardiometabolic(random, age, problems);
  if (age >= 20 && !problems.some((p) => p.startsWith('obesity'))) {
    add(age < 40 ? 0.15 : 0.2, random.chance(0.5) ? 'obesity-1' : 'obesity-2');
  }
  if (age >= 25 && age < 65 && !problems.some((p) => p.startsWith('dm2'))) add(0.12, 'prediabetes');
  if (age >= 45 && !problems.includes('copd')) add(0.12, 'copd');
  if (!problems.includes('copd')) add(age < 65 ? 0.12 : 0.06, 'tobacco');
  add(sex === 'F' ? 0.14 : 0.05, 'hypothyroid');
  add(0.12, 'gerd');
  add(age < 65 ? 0.16 : 0.08, 'gad');
  if (!problems.includes('gad')) add(age < 65 ? 0.1 : 0.05, 'mdd');
  if (age < 60) add(sex === 'F' ? 0.12 : 0.03, 'migraine');
  if (age >= 35) add(0.07, 'osa');
  if (age >= 50) add(age >= 65 ? 0.2 : 0.1, random.chance(0.5) ? 'knee-oa-right' : 'knee-oa-left');
  if (sex === 'M' && age >= 55) add(age >= 65 ? 0.3 : 0.12, 'bph');
  if (age < 40) add(0.06, 'asthma');
  return problems;
}

function cardiometabolic(random: SeededRandom, age: number, problems: ProblemKey[]): void {
  const senior = age >= 65;
  if (senior && random.chance(0.1)) {
    problems.push('hf-afib'); // I11.0 already says hypertension: no separate htn
  } else {
    const diabetes = random.chance(senior ? 0.28 : 0.15);
    const ckd = diabetes && senior && random.chance(0.4);
    if (ckd) problems.push('dm2-ckd');
    else if (diabetes) problems.push(random.chance(0.25) ? 'dm2-insulin' : 'dm2');
    if (random.chance(senior ? 0.65 : 0.35) || ckd) problems.push(ckd ? 'htn-ckd' : 'htn');
  }
  if (random.chance(senior ? 0.5 : 0.3)) problems.push('hld');
}

/** Problems of nursing-facility residents: dementia plus their cardiometabolic problems. */
export function residentProblemList(random: SeededRandom): ProblemKey[] {
  const problems: ProblemKey[] = ['dementia'];
  cardiometabolic(random, 85, problems);
  return problems;
}
