import type { CodeFacts } from '../code-facts.ts';
import type { ScrubRule } from '../rule.ts';
import { globalSurgery } from './global-surgery.ts';
import { icdAgeConflict } from './icd-age-conflict.ts';
import { icdCodeFirst } from './icd-code-first.ts';
import { icdExcludes1 } from './icd-excludes1.ts';
import { icdExternalCauseFirst } from './icd-external-cause-first.ts';
import { icdManifestationFirst } from './icd-manifestation-first.ts';
import { icdSeventhCharacter } from './icd-seventh-character.ts';
import { icdSexConflict } from './icd-sex-conflict.ts';
import { icdUnspecified } from './icd-unspecified.ts';
import { icdValid } from './icd-valid.ts';
import { icd10pcsValid } from './icd10pcs-valid.ts';
import { institutionalPresentOnAdmission } from './institutional-present-on-admission.ts';
import { lineDiagnosisBillable } from './line-diagnosis-billable.ts';
import { medicareEdit } from './medicare-edit.ts';
import { modifier25 } from './modifier-25.ts';
import { modifier59 } from './modifier-59.ts';
import { modifierBilateral } from './modifier-bilateral.ts';
import { modifierPcTc } from './modifier-pctc.ts';
import { modifierValid } from './modifier-valid.ts';
import { multipleProcedures } from './multiple-procedures.ts';
import { ncciAddOn } from './ncci-add-on.ts';
import { ncciMue } from './ncci-mue.ts';
import { ncciPtp } from './ncci-ptp.ts';
import { placeOfServiceValid } from './place-of-service.ts';
import { procedureValid } from './procedure-valid.ts';

/**
 * The rules that need code-set facts (ICD-10-CM, CPT/HCPCS, fee schedule, NCCI, place of
 * service), as closures over a {@link CodeFacts}. Run them with `CLAIM_DATA_RULES`:
 *
 * @example
 * ```ts
 * const rules = [...CLAIM_DATA_RULES, ...codeSetRules(codeFactsFrom(codeSets))];
 * scrubClaim(claim, { today }, rules);
 * ```
 */
export function codeSetRules(facts: CodeFacts): ScrubRule[] {
  return [
    icdValid(facts),
    icdSeventhCharacter(facts),
    icdExcludes1(facts),
    icdManifestationFirst(facts),
    icdCodeFirst(facts),
    icdExternalCauseFirst,
    icdAgeConflict(facts),
    icdSexConflict(facts),
    icdUnspecified(facts),
    procedureValid(facts),
    modifierValid(facts),
    modifierBilateral(facts),
    modifierPcTc(facts),
    modifier25(facts),
    modifier59(facts),
    medicareEdit(ncciPtp(facts)),
    medicareEdit(ncciMue(facts)),
    medicareEdit(ncciAddOn(facts)),
    globalSurgery(facts),
    multipleProcedures(facts),
    lineDiagnosisBillable(facts),
    placeOfServiceValid(facts),
    institutionalPresentOnAdmission(facts),
    icd10pcsValid(facts),
  ];
}
