import { MDM, emCode, isMedicare, vitals, who } from './demo-visit.ts';
import type { MdmKind } from './demo-visit.ts';
import type { LineDraft, Scenario, VisitContext } from './demo-visit.ts';

type Text = string | ((ctx: VisitContext, diagnoses: readonly string[]) => string);

interface AcuteSpec {
  readonly id: string;
  readonly weight: (ctx: VisitContext) => number;
  readonly level: 2 | 3 | 4;
  readonly mdm: MdmKind;
  /** First-listed diagnosis (and any others), chosen per visit. */
  readonly diagnoses: (ctx: VisitContext) => string[];
  readonly cc: Text;
  readonly history: Text;
  readonly exam: Text;
  readonly assessment: Text;
  readonly plan: Text;
  readonly fever?: boolean;
  /** Share of these visits done by real-time audio-video from home (POS 10, modifier 95). */
  readonly telehealth?: number;
  /** Tests done in the office, each pointing at diagnosis 1. */
  readonly tests?: (ctx: VisitContext) => LineDraft[];
}

const text = (t: Text, ctx: VisitContext, diagnoses: readonly string[]): string =>
  typeof t === 'string' ? t : t(ctx, diagnoses);

/** A problem-oriented visit for one acute illness: E/M at the spec's MDM level, plus any tests. */
function acute(spec: AcuteSpec): Scenario {
  return {
    id: spec.id,
    staffing: 'acute',
    weight: (ctx) => (ctx.patient.resident ? 0 : spec.weight(ctx)),
    build(ctx) {
      const diagnoses = spec.diagnoses(ctx);
      const tele =
        spec.telehealth !== undefined && !ctx.newPatient && ctx.random.chance(spec.telehealth);
      const tests = tele || spec.tests === undefined ? [] : spec.tests(ctx);
      return {
        placeOfService: tele ? '10' : '11',
        diagnoses,
        lines: [
          {
            code: emCode(ctx, spec.level),
            modifiers: tele ? ['95'] : [],
            pointers: diagnoses.map((_, i) => i + 1),
          },
          ...tests,
        ],
        note: [
          `CC: ${text(spec.cc, ctx, diagnoses)}`,
          `S: ${who(ctx)}${ctx.newPatient ? ', new to the practice' : ''}; ${text(spec.history, ctx, diagnoses)}`,
          tele
            ? 'O: Real-time audio-video visit from home in Illinois, consent documented; well-appearing, no respiratory distress.'
            : vitals(ctx, { fever: spec.fever === true, spo2: spec.fever === true }),
          ...(tele ? [] : [`Exam: ${text(spec.exam, ctx, diagnoses)}`]),
          `A: ${text(spec.assessment, ctx, diagnoses)}`,
          `P: ${text(spec.plan, ctx, diagnoses)}`,
          MDM[spec.mdm],
        ],
      };
    },
  };
}

/** Weight `w` for patients aged `min` to `max`, otherwise 0. */
const ages = (min: number, max: number, w: number) => (ctx: VisitContext) =>
  ctx.age >= min && ctx.age <= max ? w : 0;
/** Right or left, from the first diagnosis's laterality character: H66.91 / L03.115 right. */
const side = (diagnoses: readonly string[]): 'right' | 'left' =>
  /[15]$/.test(diagnoses[0] ?? '') ? 'right' : 'left';

export const ACUTE_SCENARIOS: readonly Scenario[] = [
  acute({
    id: 'uri',
    level: 2,
    mdm: 'minimal',
    telehealth: 0.2,
    weight: (ctx) => (ctx.age < 12 ? 2 : 1),
    diagnoses: () => ['J06.9'],
    cc: 'Nasal congestion, sore throat and cough for 3 days.',
    history: 'no fever at home; eating and drinking normally; sick contacts at home.',
    exam: 'nasal mucosa edematous with clear rhinorrhea; pharynx mildly injected, no exudate; lungs clear.',
    assessment: 'Acute upper respiratory infection, viral.',
    plan: (ctx) =>
      `Supportive care: fluids, saline rinses, ${ctx.age < 12 ? 'honey for cough, acetaminophen by weight' : 'honey or dextromethorphan for cough'}; return if fever lasts over 3 days or breathing is labored.`,
  }),
  acute({
    id: 'pharyngitis',
    level: 3,
    mdm: 'acute',
    fever: true,
    weight: ages(3, 45, 1),
    diagnoses: (ctx) => [ctx.random.chance(0.4) ? 'J02.0' : 'J02.9'],
    cc: 'Sore throat and fever since yesterday.',
    history: 'painful swallowing, no cough or rhinorrhea; no known strep exposure.',
    exam: 'tonsils 2+ with exudate; tender anterior cervical nodes; lungs clear.',
    assessment: (_, dx) =>
      dx[0] === 'J02.0'
        ? 'Streptococcal pharyngitis: rapid strep antigen (CLIA-waived, in office) positive.'
        : 'Acute pharyngitis, viral pattern: rapid strep antigen negative.',
    plan: (ctx, dx) =>
      dx[0] === 'J02.0'
        ? 'Amoxicillin 50 mg/kg (max 1000 mg) once daily for 10 days; back to school or work after 12 hours on antibiotics.'
        : `Supportive care, salt-water gargles, acetaminophen${ctx.age < 18 ? '; throat culture sent to back up the negative rapid test' : ''}.`,
    tests: (ctx) => [
      isMedicare(ctx)
        ? { code: '87880', modifiers: ['QW'], pointers: [1] }
        : { code: '87880', pointers: [1] },
    ],
  }),
  acute({
    id: 'otitis',
    level: 3,
    mdm: 'acute',
    fever: true,
    weight: ages(1, 10, 1.5),
    diagnoses: (ctx) => [ctx.random.chance(0.5) ? 'H66.91' : 'H66.92'],
    cc: 'Ear pain and fever, fussy at night.',
    history: (_, dx) => `tugging at the ${side(dx)} ear for 2 days after a cold; no drainage.`,
    exam: (_, dx) =>
      `${side(dx)} TM bulging and erythematous with purulent effusion; other TM normal.`,
    assessment: (_, dx) => `Acute otitis media, ${side(dx)} ear.`,
    plan: 'Amoxicillin 90 mg/kg/day divided twice daily for 10 days; ibuprofen for pain; recheck if not better in 48-72 hours.',
  }),
  acute({
    id: 'conjunctivitis',
    level: 3,
    mdm: 'acute',
    weight: ages(1, 12, 0.6),
    diagnoses: () => ['H10.023'],
    cc: 'Red eyes with yellow discharge.',
    history:
      'eyes matted shut this morning, started in one eye and spread to both; no vision change.',
    exam: 'bilateral conjunctival injection with mucopurulent discharge; corneas clear.',
    assessment: 'Mucopurulent conjunctivitis, bilateral.',
    plan: 'Polymyxin B-trimethoprim drops 1 drop four times daily for 5 days; may return to school after 24 hours of treatment.',
  }),
  acute({
    id: 'sinusitis',
    level: 3,
    mdm: 'acute',
    telehealth: 0.3,
    weight: ages(18, 90, 0.5),
    diagnoses: () => ['J01.90'],
    cc: 'Facial pressure and congestion for 12 days.',
    history:
      'initially improving cold, now worse with purulent nasal discharge and maxillary pain.',
    exam: 'maxillary sinus tenderness; purulent drainage in posterior pharynx.',
    assessment: 'Acute sinusitis, bacterial features (symptoms over 10 days, double worsening).',
    plan: 'Amoxicillin-clavulanate 875 mg twice daily for 7 days; saline irrigation.',
  }),
  acute({
    id: 'pneumonia',
    level: 4,
    mdm: 'systemic',
    fever: true,
    weight: ages(30, 95, 0.5),
    diagnoses: () => ['J18.9'],
    cc: 'Cough with fever and chills for 4 days.',
    history: 'productive cough, pleuritic right-sided chest pain, mild dyspnea on exertion.',
    exam: 'crackles right base; no accessory muscle use.',
    assessment:
      'Community-acquired pneumonia, right lower lobe (chest X-ray in office, my read: RLL infiltrate).',
    plan: (ctx) =>
      `${ctx.age >= 65 ? 'Amoxicillin-clavulanate 875 mg twice daily plus azithromycin; CURB-65 1 (age)' : 'Amoxicillin 1 g three times daily; CURB-65 0'}, outpatient care; recheck in 48 hours.`,
    tests: () => [{ code: '71046', pointers: [1] }],
  }),
  acute({
    id: 'bronchitis',
    level: 3,
    mdm: 'acute',
    weight: ages(18, 95, 0.7),
    diagnoses: () => ['J20.9'],
    cc: 'Cough for 10 days.',
    history: 'dry cough worse at night, no fever, no dyspnea; non-smoker.',
    exam: 'lungs with scattered rhonchi that clear with cough; no crackles.',
    assessment: 'Acute bronchitis.',
    plan: 'No antibiotic indicated; benzonatate 100 mg three times daily as needed; expect cough up to 3 weeks.',
  }),
  acute({
    id: 'uti',
    level: 3,
    mdm: 'acute',
    weight: (ctx) => (ctx.patient.person.sex === 'F' && ctx.age >= 18 ? 1 : 0),
    diagnoses: () => ['N39.0'],
    cc: 'Burning with urination and frequency for 2 days.',
    history: 'no fever, flank pain or vaginal discharge; last UTI over a year ago.',
    exam: 'suprapubic tenderness, no CVA tenderness. UA dipstick (non-automated, no microscopy): leukocyte esterase and nitrite positive.',
    assessment: 'Urinary tract infection, uncomplicated.',
    plan: 'Nitrofurantoin 100 mg twice daily for 5 days; urine culture sent; fluids.',
    tests: () => [{ code: '81002', pointers: [1] }],
  }),
  acute({
    id: 'ankle-sprain',
    level: 3,
    mdm: 'acute',
    weight: ages(10, 60, 0.5),
    diagnoses: () => ['S93.401A'],
    cc: 'Right ankle injury yesterday.',
    history: 'rolled the right ankle stepping off a curb; able to bear weight with a limp.',
    exam: 'swelling and tenderness over the anterior talofibular ligament; Ottawa ankle rules negative.',
    assessment: 'Sprain of right ankle, initial encounter; imaging not indicated.',
    plan: 'RICE, lace-up brace, ibuprofen 400 mg as needed; home exercises; recheck in 2 weeks if not improving.',
  }),
  acute({
    id: 'cellulitis',
    level: 3,
    mdm: 'acute',
    weight: ages(30, 90, 0.4),
    diagnoses: (ctx) => [ctx.random.chance(0.5) ? 'L03.115' : 'L03.116'],
    cc: 'Red, warm, painful lower leg for 3 days.',
    history: (_, dx) => `redness spreading up the ${side(dx)} shin after a scrape; no fever.`,
    exam: (_, dx) =>
      `${side(dx)} anterior shin with 8 x 6 cm blanching erythema and warmth, no fluctuance; borders marked.`,
    assessment: (_, dx) => `Cellulitis of ${side(dx)} lower limb, non-purulent.`,
    plan: 'Cephalexin 500 mg four times daily for 7 days; elevate; return if redness spreads past the marked border.',
  }),
  acute({
    id: 'copd-exacerbation',
    level: 4,
    mdm: 'exacerbation',
    weight: (ctx) => (ctx.patient.problems.includes('copd') ? 1 : 0),
    diagnoses: () => ['J44.1', 'F17.210'],
    cc: 'Increased shortness of breath and sputum for 5 days.',
    history: 'sputum now yellow, using albuterol every 4 hours; still smoking.',
    exam: 'diffuse expiratory wheezes, no crackles; speaking full sentences. Chest X-ray in office (my read): hyperinflation, no infiltrate.',
    assessment: 'COPD with acute exacerbation; nicotine dependence, cigarettes.',
    plan: 'Prednisone 40 mg daily for 5 days; doxycycline 100 mg twice daily for 5 days; recheck in 1 week.',
    tests: () => [{ code: '71046', pointers: [1] }],
  }),
  acute({
    id: 'asthma-flare',
    level: 4,
    mdm: 'exacerbation',
    weight: (ctx) => (ctx.patient.problems.includes('asthma') ? 1 : 0),
    diagnoses: () => ['J45.21'],
    cc: 'Wheezing and cough after a cold.',
    history: 'using albuterol every 4-6 hours for 2 days; no night-time distress.',
    exam: 'scattered end-expiratory wheezes, good air movement; no retractions.',
    assessment: 'Mild intermittent asthma with acute exacerbation.',
    plan: 'Albuterol 4 puffs with spacer every 4 hours for 2 days; prednisolone 1 mg/kg daily for 3 days; asthma action plan reviewed.',
  }),
  acute({
    id: 'chest-pain',
    level: 4,
    mdm: 'undiagnosed',
    weight: ages(35, 85, 0.35),
    diagnoses: () => ['R07.89'],
    cc: 'Intermittent chest tightness for 1 week.',
    history:
      'left-sided pressure at rest lasting minutes, not exertional; ED visit 10 days ago with two negative troponins (records reviewed); no dyspnea, diaphoresis or syncope.',
    exam: 'chest wall non-tender; heart regular without murmur; lungs clear. EKG in office (my interpretation): sinus rhythm 72, normal axis, no ST-T changes.',
    assessment: 'Atypical chest pain; EKG normal; low pretest probability.',
    plan: 'Outpatient exercise stress test; cardiology (Dr. Castellano) if abnormal; ED precautions reviewed.',
    tests: () => [{ code: '93000', pointers: [1] }],
  }),
  acute({
    id: 'palpitations',
    level: 3,
    mdm: 'workup',
    weight: ages(25, 85, 0.3),
    diagnoses: () => ['R00.2'],
    cc: 'Episodes of a racing heartbeat.',
    history:
      'brief fluttering several times a week, no syncope or chest pain; 3 cups of coffee a day.',
    exam: 'heart regular, no murmur; thyroid not enlarged. EKG in office (my interpretation): sinus rhythm 78, normal intervals.',
    assessment: 'Palpitations; EKG normal.',
    plan: 'TSH and CBC today; cut caffeine; event monitor if episodes continue.',
    tests: () => [
      { code: '93000', pointers: [1] },
      { code: '84443', pointers: [1] },
      { code: '85025', pointers: [1] },
      { code: '36415', pointers: [1] },
    ],
  }),
];
