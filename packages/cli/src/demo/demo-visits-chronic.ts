import { addDays, formatUsDate } from '@medbill/core';
import { nextBusinessDay } from './demo-calendar.ts';
import { PROBLEMS, WAIVED_LABS, sequenceDiagnoses } from './demo-problems.ts';
import type { LabCode, ProblemKey } from './demo-problems.ts';
import {
  MDM,
  capitalize,
  emCode,
  firstPointers,
  isMedicare,
  numbered,
  patientConstant,
  pointerTo,
  vitals,
  who,
} from './demo-visit.ts';
import type { LineDraft, Scenario, VisitContext } from './demo-visit.ts';

const LAB_NAMES: Readonly<Record<LabCode, string>> = {
  '80053': 'CMP',
  '80061': 'lipid panel',
  '82947': 'glucose (in office)',
  '83036': 'A1c (in office)',
  '84443': 'TSH',
  '85025': 'CBC',
};

/** Up to two of the patient's problems whose codes fit the four pointers of one E/M line. */
export function problemsForVisit(ctx: VisitContext, max = 2): ProblemKey[] {
  const chosen: ProblemKey[] = [];
  let codes: string[] = [];
  for (const problem of ctx.random.shuffle(ctx.patient.problems)) {
    if (chosen.length >= max) break;
    const merged = sequenceDiagnoses([...codes, ...PROBLEMS[problem].codes]);
    if (merged.length <= 4) {
      chosen.push(problem);
      codes = merged;
    }
  }
  return chosen;
}

/** Lab lines for the problems addressed, each pointing at its problem; 36415 for a blood draw. */
export function labLines(
  ctx: VisitContext,
  problems: readonly ProblemKey[],
  diagnoses: readonly string[],
): LineDraft[] {
  const byLab = new Map<LabCode, number[]>();
  for (const problem of problems) {
    const pointer = pointerTo(diagnoses, PROBLEMS[problem].codes[0] ?? '');
    for (const lab of PROBLEMS[problem].labs ?? []) {
      const pointers = byLab.get(lab) ?? [];
      if (!pointers.includes(pointer) && pointers.length < 4) pointers.push(pointer);
      byLab.set(lab, pointers);
    }
  }
  const lines: LineDraft[] = [...byLab].map(([code, pointers]) =>
    WAIVED_LABS.has(code) && isMedicare(ctx)
      ? { code, modifiers: ['QW'], pointers }
      : { code, pointers },
  );
  const venous = lines.find((line) => !WAIVED_LABS.has(line.code as LabCode));
  return venous ? [...lines, { code: '36415', pointers: venous.pointers.slice(0, 1) }] : lines;
}

export const chronicFollowUp: Scenario = {
  id: 'chronic-follow-up',
  staffing: 'pcp',
  weight: (ctx) =>
    ctx.patient.problems.length > 0 && !ctx.patient.resident ? 2 + ctx.patient.problems.length : 0,
  build(ctx) {
    const { random } = ctx;
    const problems = problemsForVisit(ctx);
    const defs = problems.map((p) => PROBLEMS[p]);
    const diagnoses = sequenceDiagnoses(defs.flatMap((d) => d.codes));
    const progressing = defs.some((d) => d.progressing === true);
    const conditions = defs.reduce((sum, d) => sum + (d.conditions ?? 1), 0);
    const level = conditions > 1 || progressing ? 4 : 3;
    const tele = !ctx.newPatient && random.chance(0.22);
    // POS 02: telehealth with the patient somewhere other than home (here: at work).
    const atWork = ctx.age >= 18 && ctx.age < 65 && random.chance(0.25);
    const placeOfService = tele ? (atWork ? '02' : '10') : '11';
    const labs = tele || !random.chance(0.55) ? [] : labLines(ctx, problems, diagnoses);
    const smoker = diagnoses.includes('F17.210');
    const counseling = smoker && !tele && random.chance(0.7);
    const modifiers = [...(counseling ? ['25'] : []), ...(tele ? ['95'] : [])];
    const lines: LineDraft[] = [
      { code: emCode(ctx, level), modifiers, pointers: firstPointers(diagnoses) },
    ];
    if (isMedicare(ctx) && !counseling) lines.push({ code: 'G2211', pointers: [1] });
    if (counseling) lines.push({ code: '99406', pointers: [pointerTo(diagnoses, 'F17.210')] });
    lines.push(...labs);
    const labText = labs.filter((l) => l.code !== '36415').map((l) => LAB_NAMES[l.code as LabCode]);
    const labels = [...new Set(defs.map((d) => d.label))];
    const note = [
      ctx.newPatient
        ? `CC: New patient establishing care; ${labels.join(' and ')}.`
        : `CC: Follow-up of ${labels.join(' and ')}.`,
      `S: ${who(ctx)}; ${defs.map((d) => d.history).join('; ')}.`,
      tele
        ? `O: Real-time audio-video visit, patient ${placeOfService === '10' ? 'at home' : 'at work, private room'} in Illinois, consented; no distress, speaks in full sentences.`
        : vitals(ctx),
      ...(tele
        ? []
        : [
            `Exam: ${
              defs
                .map((d) => d.exam)
                .filter((e) => e !== undefined)
                .join('; ') || 'heart regular, lungs clear, no edema'
            }.`,
          ]),
      `A: ${numbered(defs.map((d) => d.assessment))}`,
      `P: ${capitalize(defs.map((d) => d.plan).join('; '))}.${labText.length > 0 ? ` Labs today: ${labText.join(', ')}.` : ''} Return in ${progressing ? '4 weeks' : '3 months'}.`,
      ...(counseling
        ? [
            'Tobacco cessation counseling, 6 minutes: risks reviewed, quit date set, nicotine patch prescribed.',
          ]
        : []),
      level === 3 ? MDM.stable : conditions > 1 ? MDM.chronic : MDM.progressing,
    ];
    return { placeOfService, diagnoses, lines, note };
  },
};

export const bloodPressureCheck: Scenario = {
  id: 'bp-check',
  staffing: 'pcp',
  weight: (ctx) =>
    !ctx.newPatient &&
    !ctx.patient.resident &&
    ctx.patient.problems.some((p) => p === 'htn' || p === 'htn-ckd')
      ? 0.6
      : 0,
  build(ctx) {
    const ckd = ctx.patient.problems.includes('htn-ckd');
    const diagnoses = ckd ? ['I12.9', 'N18.31'] : ['I10'];
    const bp = `${ctx.random.int(124, 136)}/${ctx.random.int(72, 84)}`;
    return {
      placeOfService: '11',
      diagnoses,
      lines: [{ code: '99211', pointers: firstPointers(diagnoses) }],
      note: [
        'CC: Nurse visit, blood pressure check 2 weeks after dose change.',
        `S: ${who(ctx)}; taking ${ckd ? 'losartan' : 'lisinopril'} daily, no dizziness or cough.`,
        `O: BP ${bp} seated after 5 minutes, repeat ${ctx.random.int(120, 134)}/${ctx.random.int(70, 82)}; HR ${ctx.random.int(64, 80)}.`,
        'A: Hypertension, at goal on current dose.',
        'P: Reviewed with supervising clinician (in office); continue current dose; routine follow-up.',
      ],
    };
  },
};

export const transitionalCare: Scenario = {
  id: 'tcm',
  staffing: 'pcp',
  weight: (ctx) =>
    isMedicare(ctx) &&
    ctx.age >= 65 &&
    !ctx.patient.resident &&
    !ctx.newPatient &&
    !ctx.done.has('tcm') &&
    ctx.patient.problems.length > 0
      ? 0.5
      : 0,
  build(ctx) {
    const { random, patient } = ctx;
    // The admission: a chronic illness that worsened (high MDM possible) or pneumonia.
    const reason: TcmReason = patient.problems.includes('hf-afib')
      ? {
          problem: 'hf-afib',
          codes: ['I11.0', 'I50.33', 'I48.91', 'Z79.01'],
          text: 'acute on chronic diastolic heart failure',
          detail:
            'weight down 6 lb on furosemide 40 mg daily; orthopnea resolved; no bleeding on apixaban',
          plan: 'BMP in 3 days to monitor diuresis and potassium; daily weights, call for a gain over 3 lb',
        }
      : patient.problems.includes('copd')
        ? {
            problem: 'copd',
            codes: ['J44.1', 'F17.210'],
            text: 'COPD exacerbation',
            detail: 'finishing prednisone taper; breathing back to baseline; still smoking',
            plan: 'finish prednisone; pulmonary rehabilitation referral; cessation counseling',
          }
        : {
            codes: ['J18.9'],
            text: 'community-acquired pneumonia',
            detail: 'completing cefdinir; cough improving, no fever since discharge',
            plan: 'finish cefdinir; follow-up chest X-ray in 6 weeks',
          };
    const high = reason.problem !== undefined && random.chance(0.6);
    const discharge = addDays(ctx.date, -random.int(high ? 3 : 8, high ? 6 : 13));
    const admission = addDays(discharge, -random.int(2, 5));
    const extra = problemsForVisit(ctx, 1).filter(
      (p) =>
        p !== reason.problem &&
        sequenceDiagnoses([...reason.codes, ...PROBLEMS[p].codes]).length <= 4,
    );
    const diagnoses = sequenceDiagnoses([
      ...reason.codes,
      ...extra.flatMap((p) => PROBLEMS[p].codes),
    ]);
    return {
      placeOfService: '11',
      diagnoses,
      lines: [{ code: high ? '99496' : '99495', pointers: firstPointers(diagnoses) }],
      flags: ['tcm'],
      note: [
        'CC: Transitional care visit after hospital discharge.',
        `S: ${who(ctx)} admitted to Capital City Regional Hospital ${formatUsDate(admission)} to ${formatUsDate(discharge)} for ${reason.text}; ${reason.detail}. Interactive contact by RN on ${formatUsDate(nextBusinessDay(discharge))}.`,
        vitals(ctx, { spo2: true }),
        `A: ${numbered([`${capitalize(reason.text)}, improving after hospitalization`, ...extra.map((p) => PROBLEMS[p].assessment)])}`,
        `P: Discharge summary reviewed; medication reconciliation completed; ${reason.plan}${extra.map((p) => `; ${PROBLEMS[p].plan}`).join('')}.`,
        `Face-to-face visit ${high ? 'within 7' : 'within 14'} days of discharge. ${high ? MDM.high : MDM.hospitalized}`,
      ],
    };
  },
};

interface TcmReason {
  readonly problem?: ProblemKey;
  readonly codes: readonly string[];
  readonly text: string;
  readonly detail: string;
  readonly plan: string;
}

/** Monthly rounds at the nursing facility: subsequent NF care (99308 low, 99309 moderate MDM). */
export const nursingFacilityVisit: Scenario = {
  id: 'nursing-facility',
  staffing: 'nursing-facility',
  weight: (ctx) => (ctx.patient.resident ? 1 : 0),
  build(ctx) {
    const { random, patient } = ctx;
    const acute =
      !ctx.done.has('nf-acute') && random.chance(0.3)
        ? patient.person.sex === 'F'
          ? {
              codes: ['N39.0'],
              cc: 'nursing reports new confusion and dysuria',
              finding:
                'UA dipstick by nursing positive for leukocyte esterase and nitrites; culture pending',
              assessment: 'Urinary tract infection',
              plan: 'nitrofurantoin 100 mg twice daily for 5 days; encourage fluids',
            }
          : {
              codes: ['J20.9'],
              cc: 'nursing reports productive cough for 4 days',
              finding: 'scattered rhonchi, no crackles; SpO2 95% on room air',
              assessment: 'Acute bronchitis',
              plan: 'guaifenesin; vitals every shift; chest X-ray if febrile',
            }
        : undefined;
    const base = [...(acute?.codes ?? []), ...PROBLEMS.dementia.codes];
    const others = random.shuffle(patient.problems.filter((p) => p !== 'dementia'));
    const extra =
      acute !== undefined || random.chance(0.6)
        ? others.find((p) => sequenceDiagnoses([...base, ...PROBLEMS[p].codes]).length <= 4)
        : undefined;
    const extraDef = extra === undefined ? undefined : PROBLEMS[extra];
    const diagnoses = sequenceDiagnoses([...base, ...(extraDef?.codes ?? [])]);
    const level = acute !== undefined || extraDef !== undefined ? 4 : 3;
    const room = 101 + patientConstant(ctx, 48);
    return {
      placeOfService: '32',
      facility: 'cedar-ridge',
      diagnoses,
      lines: [{ code: level === 4 ? '99309' : '99308', pointers: firstPointers(diagnoses) }],
      ...(acute ? { flags: ['nf-acute' as const] } : {}),
      note: [
        `CC: Nursing facility visit, Cedar Ridge room ${room}; ${acute?.cc ?? 'routine monthly follow-up'}.`,
        `S: ${who(ctx)}, long-term resident; ${PROBLEMS.dementia.history}; weights and vitals stable on nursing flowsheet.`,
        vitals(ctx, { spo2: true }),
        `Exam: ${PROBLEMS.dementia.exam ?? ''}${acute ? `; ${acute.finding}` : ''}${extraDef?.exam ? `; ${extraDef.exam}` : ''}.`,
        `A: ${numbered([...(acute ? [acute.assessment] : []), PROBLEMS.dementia.assessment, ...(extraDef ? [extraDef.assessment] : [])])}`,
        `P: ${capitalize([acute?.plan, PROBLEMS.dementia.plan, extraDef?.plan].filter((p) => p !== undefined).join('; '))}; orders given to charge nurse.`,
        level === 3
          ? MDM.stable
          : acute
            ? 'MDM: moderate (acute illness with new confusion in a chronic illness; prescription drug management).'
            : MDM.chronic,
      ],
    };
  },
};
