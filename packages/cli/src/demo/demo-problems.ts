/**
 * Chronic problems a demo patient carries from visit to visit, each with its ICD-10-CM codes
 * in the order a coder lists them, and the phrases a note uses for it.
 *
 * Coding rules followed here (ICD-10-CM Official Guidelines, FY2026):
 * - Hypertension with CKD is I12.- (causal link presumed, I.C.9.a.2), with N18.- for the stage;
 *   with heart failure it is I11.0 plus the I50.- type (I.C.9.a.1).
 * - E11.22 and I12.9 "use additional code" N18.31; G30.9 is coded first, then the
 *   manifestation F02.80, which is never first-listed (I.A.13).
 * - BMI (Z68.-) only alongside the weight diagnosis it supports, adults 20+ (I.B.14).
 * - Long-term drug use (Z79.-) and tobacco dependence follow the conditions they go with.
 */
export type ProblemKey =
  | 'htn'
  | 'htn-ckd'
  | 'hld'
  | 'dm2'
  | 'dm2-ckd'
  | 'dm2-insulin'
  | 'hf-afib'
  | 'copd'
  | 'tobacco'
  | 'hypothyroid'
  | 'gerd'
  | 'gad'
  | 'mdd'
  | 'obesity-1'
  | 'obesity-2'
  | 'prediabetes'
  | 'knee-oa-right'
  | 'knee-oa-left'
  | 'bph'
  | 'dementia'
  | 'asthma'
  | 'eczema'
  | 'migraine'
  | 'osa';

/**
 * Labs a chronic visit may order. In-office A1c and glucose run on CLIA-waived analyzers from a
 * fingerstick (QW for Medicare, no venipuncture); the others are drawn by venipuncture.
 */
export type LabCode = '80053' | '80061' | '82947' | '83036' | '84443' | '85025';

export const WAIVED_LABS: ReadonlySet<LabCode> = new Set(['82947', '83036']);

export interface ProblemDef {
  /** How a chief complaint names it: "Follow-up of hypertension and GERD". */
  readonly label: string;
  readonly codes: readonly string[];
  /** Worsening or changing treatment: moderate MDM even when it is the only problem addressed. */
  readonly progressing?: boolean;
  /** How many chronic illnesses it stands for in MDM (heart failure with AF: 2). Default 1. */
  readonly conditions?: number;
  readonly assessment: string;
  readonly history: string;
  readonly plan: string;
  readonly exam?: string;
  readonly labs?: readonly LabCode[];
}

// prettier-ignore
export const PROBLEMS: Readonly<Record<ProblemKey, ProblemDef>> = {
  htn: { label: 'hypertension', codes: ['I10'], assessment: 'Essential hypertension, at goal on lisinopril 20 mg daily',
    history: 'home BP log mostly 120s-130s/70s-80s; no headache, chest pain or edema',
    plan: 'continue lisinopril 20 mg daily; sodium under 2 g/day', labs: ['80053'] },
  'htn-ckd': { label: 'hypertensive CKD', codes: ['I12.9', 'N18.31'], assessment: 'Hypertensive chronic kidney disease, CKD stage 3a (eGFR 52), BP at goal on losartan',
    history: 'taking losartan 50 mg daily; avoiding NSAIDs as advised',
    plan: 'continue losartan 50 mg; avoid NSAIDs and other nephrotoxins', labs: ['80053', '85025'] },
  hld: { label: 'hyperlipidemia', codes: ['E78.5'], assessment: 'Hyperlipidemia on atorvastatin 40 mg, tolerating well',
    history: 'no myalgias on atorvastatin', plan: 'continue atorvastatin 40 mg; heart-healthy diet', labs: ['80061'] },
  dm2: { label: 'type 2 diabetes', codes: ['E11.9', 'Z79.84'], assessment: 'Type 2 diabetes mellitus without complications, on metformin',
    history: 'metformin 1000 mg twice daily; fasting sugars 110-140; no hypoglycemia',
    exam: 'monofilament foot exam normal bilaterally', plan: 'continue metformin; annual diabetic eye exam reminder', labs: ['83036'] },
  'dm2-ckd': { conditions: 2, label: 'type 2 diabetes with CKD', codes: ['E11.22', 'N18.31', 'Z79.84'], assessment: 'Type 2 diabetes with diabetic CKD stage 3a (eGFR 51, UACR 62), on metformin and empagliflozin',
    history: 'metformin 500 mg twice daily and empagliflozin 10 mg; fasting sugars 120s',
    exam: 'monofilament foot exam normal; no edema', plan: 'continue current regimen; nephrology referral if eGFR falls below 45', labs: ['83036', '80053'] },
  'dm2-insulin': { progressing: true, label: 'type 2 diabetes on insulin', codes: ['E11.65', 'Z79.4'], assessment: 'Type 2 diabetes with hyperglycemia, last A1c 8.9%, on insulin glargine',
    history: 'glargine 28 units nightly; fasting sugars 160-210; missed some evening doses',
    exam: 'feet without ulcers; sensation intact', plan: 'increase glargine to 32 units; titrate by 2 units every 3 days to fasting under 130', labs: ['83036', '82947'] },
  'hf-afib': { conditions: 2, label: 'heart failure and atrial fibrillation', codes: ['I11.0', 'I50.32', 'I48.91', 'Z79.01'], assessment: 'Hypertensive heart disease with chronic diastolic heart failure, compensated; atrial fibrillation, rate controlled, on apixaban',
    history: 'weight stable on home scale; sleeps on one pillow; no bleeding on apixaban',
    exam: 'irregularly irregular rhythm, rate 70s; trace ankle edema; lungs clear', plan: 'continue furosemide 20 mg, metoprolol succinate 50 mg and apixaban 5 mg twice daily; daily weights', labs: ['80053'] },
  copd: { conditions: 2, label: 'COPD', codes: ['J44.9', 'F17.210'], assessment: 'COPD, stable on tiotropium; nicotine dependence, cigarettes',
    history: 'dyspnea on one flight of stairs, unchanged; smokes about half a pack per day',
    exam: 'prolonged expiration, no wheeze', plan: 'continue tiotropium daily and albuterol as needed; cessation counseling' },
  tobacco: { label: 'tobacco use', codes: ['F17.210'], assessment: 'Nicotine dependence, cigarettes, uncomplicated',
    history: 'smokes 10-15 cigarettes a day, wants to cut down', plan: 'cessation counseling; nicotine patch 14 mg offered' },
  hypothyroid: { label: 'hypothyroidism', codes: ['E03.9'], assessment: 'Hypothyroidism on levothyroxine 75 mcg',
    history: 'energy good, no palpitations', plan: 'continue levothyroxine 75 mcg on an empty stomach', labs: ['84443'] },
  gerd: { label: 'GERD', codes: ['K21.9'], assessment: 'GERD without esophagitis, controlled on omeprazole',
    history: 'heartburn once a week on omeprazole 20 mg; no dysphagia or melena', plan: 'continue omeprazole; try step-down to as-needed' },
  gad: { label: 'anxiety', codes: ['F41.1'], assessment: 'Generalized anxiety disorder, improving on sertraline (GAD-7 7, was 14)',
    history: 'sleeping better on sertraline 100 mg; fewer worry episodes', plan: 'continue sertraline 100 mg; counseling referral accepted' },
  mdd: { progressing: true, label: 'depression', codes: ['F33.1'], assessment: 'Major depressive disorder, recurrent, moderate (PHQ-9 12); no SI',
    history: 'low mood and poor sleep for 6 weeks despite bupropion 150 mg; denies suicidal ideation',
    plan: 'increase bupropion XL to 300 mg; safety plan reviewed; crisis line number given' },
  'obesity-1': { label: 'weight management', codes: ['E66.811', 'Z68.32'], assessment: 'Obesity, class 1, BMI 32.4',
    history: 'walking 20 minutes most days', plan: 'dietary counseling; goal 5% weight loss' },
  'obesity-2': { label: 'weight management', codes: ['E66.812', 'Z68.35'], assessment: 'Obesity, class 2, BMI 35.6',
    history: 'weight up 6 lb since last year', plan: 'dietary counseling; discussed GLP-1 options and coverage' },
  prediabetes: { label: 'prediabetes', codes: ['R73.03'], assessment: 'Prediabetes, last A1c 6.1%',
    history: 'cut back on sweetened drinks', plan: 'lifestyle changes; diabetes prevention program referral', labs: ['83036'] },
  'knee-oa-right': { label: 'right knee osteoarthritis', codes: ['M17.11'], assessment: 'Primary osteoarthritis of the right knee',
    history: 'right knee pain with stairs, morning stiffness under 30 minutes', exam: 'right knee crepitus, small effusion, ROM 5-110',
    plan: 'quadriceps strengthening; acetaminophen as needed' },
  'knee-oa-left': { label: 'left knee osteoarthritis', codes: ['M17.12'], assessment: 'Primary osteoarthritis of the left knee',
    history: 'left knee pain after walking more than a block', exam: 'left knee medial joint line tenderness, crepitus',
    plan: 'home exercise program; topical diclofenac' },
  bph: { label: 'BPH', codes: ['N40.1', 'R35.1'], assessment: 'BPH with lower urinary tract symptoms (nocturia x2) on tamsulosin',
    history: 'up twice a night to void; stream improved on tamsulosin 0.4 mg', plan: 'continue tamsulosin; limit fluids after 7 pm' },
  dementia: { label: 'dementia', codes: ['G30.9', 'F02.80'], assessment: "Alzheimer's disease with dementia, without behavioral disturbance",
    history: 'per nursing staff eating 75% of meals, no falls, no agitation', exam: 'alert, oriented to person only; pleasant',
    plan: 'continue donepezil 10 mg; fall precautions' },
  asthma: { label: 'asthma', codes: ['J45.20'], assessment: 'Mild intermittent asthma, uncomplicated',
    history: 'albuterol used less than twice a week; no night waking', plan: 'albuterol HFA with spacer as needed; asthma action plan updated' },
  eczema: { label: 'eczema', codes: ['L20.9'], assessment: 'Atopic dermatitis, mild',
    history: 'dry itchy patches in elbow creases', exam: 'lichenified patches antecubital fossae', plan: 'emollients twice daily; hydrocortisone 2.5% ointment for flares' },
  migraine: { label: 'migraines', codes: ['G43.909'], assessment: 'Migraine without status migrainosus, not intractable',
    history: 'two to three migraines a month, relieved by sumatriptan', plan: 'continue sumatriptan 50 mg as needed; headache diary' },
  osa: { label: 'sleep apnea', codes: ['G47.33'], assessment: 'Obstructive sleep apnea on CPAP, compliant',
    history: 'uses CPAP nightly, 6-7 hours; daytime sleepiness resolved', plan: 'continue CPAP; DME supplies renewed' },
};

/**
 * Merges the codes of the problems addressed, in the order addressed: no repeats, each problem's
 * codes kept together (an etiology right before its manifestation, a condition before its stage),
 * status Z codes (long-term drug use, BMI) last.
 */
export function sequenceDiagnoses(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  return [
    ...unique.filter((code) => !code.startsWith('Z')),
    ...unique.filter((code) => code.startsWith('Z')),
  ];
}
