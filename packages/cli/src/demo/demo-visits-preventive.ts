import { PROBLEMS, sequenceDiagnoses } from './demo-problems.ts';
import { problemsForVisit } from './demo-visits-chronic.ts';
import {
  MDM,
  capitalize,
  emCode,
  fluVaccineCode,
  fluVaccineLines,
  isFluSeason,
  isMedicaid,
  isMedicare,
  pointerTo,
  vitals,
  who,
} from './demo-visit.ts';
import type { LineDraft, Scenario, VisitContext, VisitFlag } from './demo-visit.ts';

// Preventive medicine codes by age band (CPT 99381-99387 new, 99391-99397 established):
// 1-4 → 2, 5-11 → 3, 12-17 → 4, 18-39 → 5, 40-64 → 6. Medicare does not cover them: its
// patients get the annual wellness visit (G0438 first, G0439 after) instead.
function preventiveCode(ctx: VisitContext): string {
  const band = ctx.age <= 4 ? 2 : ctx.age <= 11 ? 3 : ctx.age <= 17 ? 4 : ctx.age <= 39 ? 5 : 6;
  return `99${ctx.newPatient ? 38 : 39}${band}`;
}

const fluDue = (ctx: VisitContext): boolean =>
  isFluSeason(ctx.date) && !ctx.done.has('flu') && ctx.age >= 3;

/**
 * Adds Z23 and the vaccine lines when a flu shot is given at this visit. A problem-oriented E/M
 * on the same day as a preventive visit carries modifier 25.
 */
function withFlu(
  ctx: VisitContext,
  diagnoses: string[],
  counseled: boolean,
): { lines: LineDraft[]; text: string[]; flags: VisitFlag[] } {
  if (!fluDue(ctx) || diagnoses.length >= 4) return { lines: [], text: [], flags: [] };
  diagnoses.push('Z23');
  const vfc = isMedicaid(ctx) && ctx.age < 19 ? ' (VFC stock)' : '';
  return {
    lines: fluVaccineLines(ctx, pointerTo(diagnoses, 'Z23'), counseled),
    text: [
      `Immunization: influenza vaccine ${fluVaccineCode(ctx)}${vfc} 0.5 mL IM, VIS given${counseled ? ', counseling by clinician' : ''}; no reaction.`,
    ],
    flags: ['flu'],
  };
}

export const wellChild: Scenario = {
  id: 'well-child',
  staffing: 'pcp',
  weight: (ctx) => (ctx.age >= 1 && ctx.age <= 17 && !ctx.done.has('preventive') ? 2.5 : 0),
  build(ctx) {
    // A same-day problem visit (modifier 25) only for established patients: a new patient's
    // preventive visit already takes the new-patient code.
    const asthma =
      !ctx.newPatient && ctx.patient.problems.includes('asthma') && ctx.random.chance(0.4);
    const diagnoses = ['Z00.129', ...(asthma ? ['J45.20'] : [])];
    const flu = withFlu(ctx, diagnoses, true);
    const lines: LineDraft[] = [
      { code: preventiveCode(ctx), pointers: [1] },
      ...(asthma
        ? [{ code: emCode(ctx, 3), modifiers: ['25'], pointers: [pointerTo(diagnoses, 'J45.20')] }]
        : []),
      ...flu.lines,
    ];
    const guidance =
      ctx.age <= 4
        ? 'car seat, water safety, toothbrushing with fluoride'
        : ctx.age <= 11
          ? 'booster seat or seat belt, bike helmet, screen time under 2 hours'
          : 'seat belts, sleep, social media and mood, confidential HEADSS interview';
    return {
      placeOfService: '11',
      diagnoses,
      lines,
      flags: ['preventive', ...flu.flags],
      note: [
        `CC: Well-child check, age ${ctx.age}${asthma ? '; asthma follow-up' : ''}.`,
        `S: ${who(ctx)}; ${ctx.age < 5 ? 'eating well, sleeping through the night, milestones on track' : ctx.age < 12 ? 'doing well in school, active, sleeping 9-10 hours' : 'grades good, plays sports, sleeps 8 hours'}${asthma ? `; ${PROBLEMS.asthma.history}` : ''}.`,
        vitals(ctx),
        `Exam: growth along the 50th percentile; normal exam${ctx.age >= 4 ? '; vision and hearing screens passed' : ''}.`,
        `A: Routine child health exam without abnormal findings.${asthma ? ` ${PROBLEMS.asthma.assessment}.` : ''}`,
        `P: Anticipatory guidance: ${guidance}. Next well visit in 1 year.${asthma ? ` Asthma: ${PROBLEMS.asthma.plan}.` : ''}`,
        ...flu.text,
      ],
    };
  },
};

export const adultPhysical: Scenario = {
  id: 'adult-physical',
  staffing: 'pcp',
  weight: (ctx) =>
    ctx.age >= 18 &&
    ctx.age <= 64 &&
    !isMedicare(ctx) &&
    !ctx.done.has('preventive') &&
    !ctx.patient.resident
      ? 1.5
      : 0,
  build(ctx) {
    const { random } = ctx;
    const elevatedBp =
      !ctx.patient.problems.some((p) => p.startsWith('htn')) && random.chance(0.15);
    const problem =
      elevatedBp || ctx.newPatient
        ? undefined
        : problemsForVisit(ctx, 1).find((p) => PROBLEMS[p].codes.length <= 2 && random.chance(0.4));
    const diagnoses = elevatedBp
      ? ['Z00.01', 'R03.0']
      : ['Z00.00', ...(problem ? PROBLEMS[problem].codes : [])];
    const lines: LineDraft[] = [{ code: preventiveCode(ctx), pointers: elevatedBp ? [1, 2] : [1] }];
    if (problem)
      lines.push({
        code: emCode(ctx, 3),
        modifiers: ['25'],
        pointers: diagnoses.slice(1).map((_, i) => i + 2),
      });
    const labs = ctx.age >= 35 && random.chance(0.6);
    if (labs)
      lines.push(
        { code: '80061', pointers: [1] },
        { code: '80053', pointers: [1] },
        { code: '36415', pointers: [1] },
      );
    const flu = withFlu(ctx, diagnoses, false);
    lines.push(...flu.lines);
    return {
      placeOfService: '11',
      diagnoses,
      lines,
      flags: ['preventive', ...flu.flags],
      note: [
        `CC: Annual physical${problem ? `; also ${PROBLEMS[problem].assessment.split(/[,;(]/)[0]?.toLowerCase() ?? ''}` : ''}.`,
        `S: ${who(ctx)}; exercises ${random.int(1, 4)} days a week; PHQ-2 negative; no new concerns${problem ? `; ${PROBLEMS[problem].history}` : ''}.`,
        vitals(ctx),
        `Exam: normal head-to-toe exam${elevatedBp ? '; repeat BP 142/92' : ''}.`,
        `A: Routine adult exam ${elevatedBp ? 'with abnormal finding: elevated blood pressure reading without diagnosis of hypertension' : 'without abnormal findings'}.${problem ? ` ${PROBLEMS[problem].assessment}.` : ''}`,
        `P: Age-appropriate screening reviewed${labs ? '; fasting lipid panel and CMP today' : ''}${elevatedBp ? '; home BP log for 2 weeks then nurse BP check' : ''}${problem ? `; ${PROBLEMS[problem].plan}` : ''}.`,
        ...flu.text,
        ...(problem ? [`Separate problem-oriented service: ${MDM.stable}`] : []),
      ],
    };
  },
};

export const annualWellnessVisit: Scenario = {
  id: 'awv',
  staffing: 'pcp',
  weight: (ctx) =>
    isMedicare(ctx) && ctx.age >= 65 && !ctx.done.has('awv') && !ctx.patient.resident ? 2 : 0,
  build(ctx) {
    const first = ctx.age <= 67; // G0438 once in a lifetime, after the first year of Part B
    const problems =
      !ctx.newPatient && ctx.random.chance(0.35)
        ? problemsForVisit(ctx, 1).filter((p) => PROBLEMS[p].codes.length <= 2)
        : [];
    // Z00.00 leads; the chronic codes follow for the separate E/M; room is left for Z23.
    const diagnoses = ['Z00.00', ...sequenceDiagnoses(problems.flatMap((p) => PROBLEMS[p].codes))];
    const lines: LineDraft[] = [{ code: first ? 'G0438' : 'G0439', pointers: [1] }];
    const addressed = diagnoses.filter((c) => c !== 'Z00.00');
    if (addressed.length > 0)
      lines.push({
        code: emCode(ctx, 3),
        modifiers: ['25'],
        pointers: addressed.map((c) => pointerTo(diagnoses, c)),
      });
    const flu = withFlu(ctx, diagnoses, false);
    lines.push(...flu.lines);
    const defs = problems.map((p) => PROBLEMS[p]);
    return {
      placeOfService: '11',
      diagnoses,
      lines,
      flags: ['awv', ...flu.flags],
      note: [
        `CC: Medicare annual wellness visit (${first ? 'initial' : 'subsequent'})${defs.length > 0 ? '; chronic follow-up' : ''}.`,
        `S: ${who(ctx)}; health risk assessment reviewed; independent in ADLs and IADLs; no falls in the past year; PHQ-2 score 0; Mini-Cog 5/5.`,
        vitals(ctx),
        `A: Annual wellness visit; personalized prevention plan updated.${defs.map((d) => ` ${d.assessment}.`).join('')}`,
        `P: Written screening schedule given (colorectal, bone density, AAA as eligible); advance care planning offered; immunizations reviewed.${defs.map((d) => ` ${capitalize(d.plan)}.`).join('')}`,
        ...flu.text,
        ...(defs.length > 0 ? [`Separate problem-oriented service: ${MDM.stable}`] : []),
      ],
    };
  },
};

export const fluShot: Scenario = {
  id: 'flu-shot',
  staffing: 'pcp',
  weight: (ctx) => {
    if (!fluDue(ctx) || ctx.patient.resident) return 0;
    const lateSeason = Number(ctx.date.slice(5, 7)) <= 3; // most shots are given by December
    return (ctx.age >= 65 ? 1.2 : 0.7) * (lateSeason ? 0.4 : 1);
  },
  build(ctx) {
    const diagnoses = ['Z23'];
    return {
      placeOfService: '11',
      diagnoses,
      lines: fluVaccineLines(ctx, 1, false),
      flags: ['flu'],
      note: [
        'CC: Nurse visit for influenza vaccine.',
        `S: ${who(ctx)}; feels well today, no fever, no prior vaccine reaction.`,
        vitals(ctx),
        'A: Encounter for immunization.',
        `P: Influenza vaccine ${fluVaccineCode(ctx)}${isMedicaid(ctx) && ctx.age < 19 ? ' (VFC stock)' : ''} 0.5 mL IM left deltoid, lot and expiration recorded, VIS given; observed 15 minutes, no reaction.`,
      ],
    };
  },
};
