import { addDays, formatUsDate } from '@medbill/core';
import { PROBLEMS, sequenceDiagnoses } from './demo-problems.ts';
import { problemsForVisit } from './demo-visits-chronic.ts';
import {
  MDM,
  emCode,
  firstPointers,
  isMedicare,
  numbered,
  pointerTo,
  vitals,
  who,
} from './demo-visit.ts';
import type { LineDraft, Scenario, VisitContext, VisitDraft } from './demo-visit.ts';

// Minor procedures. NCCI: an E/M on the day of a minor procedure (0 or 10-day global) is paid
// only when significant and separately identifiable, reported with modifier 25; the decision to
// do the procedure is part of it. Injections (96372) with an E/M also take 25 on the E/M.

/** A chronic problem the E/M addressed besides the procedure, when the patient has one. */
function separateProblem(
  ctx: VisitContext,
  exclude: readonly string[],
): { codes: string[]; assessment: string; plan: string } | undefined {
  const problem = problemsForVisit(ctx, 1).find(
    (p) => !PROBLEMS[p].codes.some((c) => exclude.includes(c)) && PROBLEMS[p].codes.length <= 2,
  );
  return problem === undefined
    ? undefined
    : {
        codes: [...PROBLEMS[problem].codes],
        assessment: PROBLEMS[problem].assessment,
        plan: PROBLEMS[problem].plan,
      };
}

export const kneeInjection: Scenario = {
  id: 'knee-injection',
  staffing: 'pcp',
  weight: (ctx) =>
    !ctx.patient.resident &&
    !ctx.done.has('knee-injection') &&
    ctx.patient.problems.some((p) => p.startsWith('knee-oa'))
      ? 1.5
      : 0,
  build(ctx) {
    const right = ctx.patient.problems.includes('knee-oa-right');
    const knee = right ? 'M17.11' : 'M17.12';
    const sideText = right ? 'right' : 'left';
    // A separate E/M only when there is more to it than the injection: a new patient, or another
    // problem addressed; a scheduled repeat injection is the procedure alone.
    const other = ctx.random.chance(0.5) ? separateProblem(ctx, [knee]) : undefined;
    const repeat = !ctx.newPatient && other === undefined;
    const diagnoses = sequenceDiagnoses([knee, ...(other?.codes ?? [])]);
    const procedure: LineDraft[] = [
      { code: '20610', modifiers: [right ? 'RT' : 'LT'], pointers: [1] },
      { code: 'J3301', units: 4, pointers: [1] }, // triamcinolone acetonide, per 10 mg: 40 mg
    ];
    const em: LineDraft[] = repeat
      ? []
      : [
          {
            code: emCode(ctx, other ? 4 : 3),
            modifiers: ['25'],
            pointers: firstPointers(diagnoses),
          },
        ];
    return {
      placeOfService: '11',
      ...(repeat && ctx.random.chance(0.6) ? { referring: 'dr-whitfield' as const } : {}),
      diagnoses,
      lines: [...em, ...procedure],
      flags: ['knee-injection'],
      note: [
        repeat
          ? `CC: Repeat corticosteroid injection, ${sideText} knee (orthopaedics plan).`
          : `CC: ${sideText[0]?.toUpperCase()}${sideText.slice(1)} knee pain for 3 months${other ? '; chronic follow-up' : ''}.`,
        `S: ${who(ctx)}; ${repeat ? 'last injection 4 months ago gave 3 months of relief; pain back to 6/10' : `${PROBLEMS[right ? 'knee-oa-right' : 'knee-oa-left'].history}; no relief from acetaminophen`}.`,
        vitals(ctx),
        `Exam: ${PROBLEMS[right ? 'knee-oa-right' : 'knee-oa-left'].exam ?? ''}; no warmth or erythema.`,
        `A: ${numbered([`Primary osteoarthritis, ${sideText} knee${repeat ? '' : ' (X-ray: medial joint space narrowing, osteophytes)'}`, ...(other ? [other.assessment] : [])])}`,
        `Procedure: verbal consent, time-out; ${sideText} knee prepped with chlorhexidine; triamcinolone acetonide 40 mg with 4 mL 1% lidocaine injected by superolateral approach, 22-gauge needle; tolerated well, no complications.`,
        `P: Ice, activity as tolerated, no repeat injection for 3 months${other ? `; ${other.plan}` : ''}.`,
        ...(repeat ? [] : [other ? MDM.chronic : MDM.stable]),
      ],
    };
  },
};

export const cerumenRemoval: Scenario = {
  id: 'cerumen',
  staffing: 'acute',
  weight: (ctx) => (!ctx.patient.resident && (ctx.age >= 50 || ctx.age <= 12) ? 0.3 : 0),
  build(ctx) {
    const ear = ctx.random.weighted([
      ['right', 2],
      ['left', 2],
      ['both', 1],
    ] as const);
    const diagnoses = [ear === 'right' ? 'H61.21' : ear === 'left' ? 'H61.22' : 'H61.23'];
    // Medicare pays 69210 once for both ears (bilateral indicator 2 in the MPFS); other payers
    // take modifier 50, charged at 150% of the single-ear fee.
    const line: LineDraft =
      ear !== 'both'
        ? { code: '69210', modifiers: [ear === 'right' ? 'RT' : 'LT'], pointers: [1] }
        : isMedicare(ctx)
          ? { code: '69210', pointers: [1] }
          : { code: '69210', modifiers: ['50'], pointers: [1], charge: '127.50' };
    const ears = ear === 'both' ? 'both ears' : `${ear} ear`;
    return {
      placeOfService: '11',
      diagnoses,
      lines: [line],
      note: [
        `CC: Muffled hearing and fullness, ${ears}, for 2 weeks.`,
        `S: ${who(ctx)}; home drops without relief; no pain or drainage.`,
        `Exam: ${ears}: canal occluded by impacted cerumen, TM not visible.`,
        `A: Impacted cerumen, ${ear === 'both' ? 'bilateral' : `${ear} ear`}.`,
        `Procedure: under direct visualization with otoscope, cerumen removed from ${ears} with curette and alligator forceps; TM intact afterwards, hearing subjectively improved.`,
        'P: Mineral oil drops weekly; avoid cotton swabs.',
      ],
    };
  },
};

export const wartDestruction: Scenario = {
  id: 'wart',
  staffing: 'acute',
  weight: (ctx) =>
    !ctx.patient.resident && !ctx.done.has('wart') && ctx.age >= 8 && ctx.age <= 60 ? 0.25 : 0,
  build(ctx) {
    const count = ctx.random.int(1, 3);
    return {
      placeOfService: '11',
      diagnoses: ['B07.0'],
      lines: [{ code: '17110', pointers: [1] }], // up to 14 benign lesions: one unit
      flags: ['wart'],
      note: [
        'CC: Painful spots on the bottom of the right foot.',
        `S: ${who(ctx)}; ${count} lesion${count > 1 ? 's' : ''} for 4 months, painful with walking; salicylic acid pads tried.`,
        `Exam: ${count} hyperkeratotic papule${count > 1 ? 's' : ''} on the right plantar forefoot with pinpoint black dots, interrupting skin lines.`,
        'A: Plantar warts, right foot.',
        `Procedure: consent obtained; lesions pared with a #15 blade, then liquid nitrogen cryotherapy, 2 freeze-thaw cycles to ${count} lesion${count > 1 ? 's' : ''}; tolerated well.`,
        'P: Blister care reviewed; return in 3 weeks for retreatment if needed.',
      ],
    };
  },
};

export const skinBiopsy: Scenario = {
  id: 'biopsy',
  staffing: 'pcp',
  weight: (ctx) => (!ctx.patient.resident && !ctx.done.has('biopsy') && ctx.age >= 40 ? 0.3 : 0),
  build(ctx) {
    const other = separateProblem(ctx, []);
    // Coded after the pathology report: the lesion's diagnosis, not "neoplasm of uncertain behavior".
    const diagnoses = sequenceDiagnoses([...(other?.codes ?? []), 'L82.0']);
    const lesion = pointerTo(diagnoses, 'L82.0');
    const em: LineDraft[] = other
      ? [
          {
            code: emCode(ctx, 3),
            modifiers: ['25'],
            pointers: diagnoses.filter((c) => c !== 'L82.0').map((c) => pointerTo(diagnoses, c)),
          },
        ]
      : [];
    return {
      placeOfService: '11',
      diagnoses,
      lines: [...em, { code: '11102', pointers: [lesion] }],
      flags: ['biopsy'],
      note: [
        `CC: Changing spot on the back${other ? '; chronic follow-up' : ''}.`,
        `S: ${who(ctx)}; lesion on the left upper back has grown and become itchy and irritated over 2 months.`,
        vitals(ctx),
        'Exam: 7 mm raised, waxy, brown papule with a crusted, inflamed border, left upper back.',
        `A: ${numbered(['Changing lesion of the left upper back, shave biopsy (pathology below)', ...(other ? [other.assessment] : [])])}`,
        `P: Petrolatum and bandage daily until healed${other ? `; ${other.plan}` : ''}.`,
        ...(other ? [MDM.stable] : []),
        'Procedure: consent; 1% lidocaine with epinephrine; tangential (shave) biopsy of one lesion; hemostasis with aluminum chloride; specimen to pathology.',
        `Addendum ${formatUsDate(addDays(ctx.date, 4))}: pathology shows irritated (inflamed) seborrheic keratosis, no atypia; patient informed.`,
      ],
    };
  },
};

function injectionVisit(
  ctx: VisitContext,
  spec: { diagnoses: string[]; drug: LineDraft; note: string[] },
): VisitDraft {
  return {
    placeOfService: '11',
    diagnoses: spec.diagnoses,
    lines: [
      { code: emCode(ctx, 3), modifiers: ['25'], pointers: firstPointers(spec.diagnoses) },
      { code: '96372', pointers: [1] },
      spec.drug,
    ],
    note: [...spec.note, MDM.acute],
  };
}

export const backPain: Scenario = {
  id: 'back-pain',
  staffing: 'acute',
  weight: (ctx) =>
    !ctx.patient.resident &&
    ctx.age >= 25 &&
    ctx.age < 65 &&
    !ctx.patient.problems.includes('htn-ckd')
      ? 0.8
      : 0,
  build: (ctx) =>
    injectionVisit(ctx, {
      diagnoses: ['M54.50', 'M62.830'],
      drug: { code: 'J1885', units: 2, pointers: [1] }, // ketorolac, per 15 mg: 30 mg
      note: [
        'CC: Low back pain for 3 days after moving furniture.',
        `S: ${who(ctx)}; pain 7/10 across the low back, no radiation, numbness, weakness or bladder symptoms.`,
        vitals(ctx),
        'Exam: paraspinal spasm L3-L5 bilaterally; straight-leg raise negative; strength and reflexes normal.',
        'A: 1. Acute low back pain without sciatica. 2. Muscle spasm of back. No red flags; imaging not indicated.',
        'P: Ketorolac 30 mg IM given in the right gluteus (96372); then naproxen 500 mg twice daily with food for 7 days, cyclobenzaprine 5 mg at night; stay active.',
      ],
    }),
};

export const contactDermatitis: Scenario = {
  id: 'poison-ivy',
  staffing: 'acute',
  weight: (ctx) => {
    const month = Number(ctx.date.slice(5, 7));
    return !ctx.patient.resident && ctx.age >= 18 && month >= 5 && month <= 10 ? 0.8 : 0;
  },
  build(ctx) {
    const high = ctx.random.chance(0.5);
    return injectionVisit(ctx, {
      diagnoses: ['L23.7'],
      // J1030/J1040 (per 40/80 mg) ended 2024-03-31; J1010 is per 1 mg.
      drug: { code: 'J1010', units: high ? 80 : 40, pointers: [1] },
      note: [
        'CC: Itchy blistering rash on arms and face after yard work.',
        `S: ${who(ctx)}; cleared brush along a fence line 2 days ago; rash spreading, keeping them awake.`,
        vitals(ctx),
        'Exam: linear vesicular plaques on both forearms, patchy erythema on the cheeks; eyes spared.',
        'A: Allergic contact dermatitis due to plants (poison ivy), extensive.',
        `P: Methylprednisolone acetate ${high ? '80' : '40'} mg IM in the left deltoid (96372); triamcinolone 0.1% cream; cetirizine; wash clothing and tools.`,
      ],
    });
  },
};
