import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Problem } from '../../errors.ts';

/** A code or an inclusive range of codes of the same shape: "97110", "70551-70553", "J0000-J9999". */
const codeSpec = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[0-9A-Z]{5}(-[0-9A-Z]{5})?$/, 'expected a 5-character code or a range like 70551-70553');

const severity = z.enum(['reject', 'deny', 'warn']);
const ruleId = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'expected an id like AETNA-AUTH-001');

const common = {
  id: ruleId,
  severity: severity.optional(),
  /** Shown to the biller with the codes filled in; defaults to a sentence per kind. */
  message: z.string().min(1).optional(),
  fix: z.string().min(1).optional(),
  /** Where the payer says so: a policy number, a provider manual page. */
  reference: z.string().min(1).optional(),
};

const declaredRule = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('prior-authorization'), codes: z.array(codeSpec).min(1) }),
  z.object({
    ...common,
    kind: z.literal('required-modifier'),
    codes: z.array(codeSpec).min(1),
    anyOf: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).min(1),
  }),
  z.object({
    ...common,
    kind: z.literal('telehealth'),
    placesOfService: z.array(z.string().regex(/^\d{2}$/)).min(1),
    anyOfModifiers: z.array(z.string().regex(/^[0-9A-Z]{2}$/)).min(1),
  }),
  z.object({
    ...common,
    kind: z.literal('frequency-limit'),
    codes: z.array(codeSpec).min(1),
    maxUnits: z.number().int().min(1),
    per: z.enum(['day', 'calendar-year', 'lifetime']),
  }),
  z.object({ ...common, kind: z.literal('not-covered'), codes: z.array(codeSpec).min(1) }),
]);

/**
 * A payer's own edits, declared as data (one YAML or JSON file per payer) and evaluated by the
 * same engine as medbill's rules. Loaded without code changes; see docs/payer-rules.md.
 */
export const payerRuleSetSchema = z.object({
  payerId: z.string().regex(/^[0-9A-Z]{2,80}$/i),
  name: z.string().min(1),
  timelyFilingDays: z.number().int().min(1).max(3650).optional(),
  rules: z.array(declaredRule).default([]),
});

export type PayerRuleSet = z.output<typeof payerRuleSetSchema>;
export type DeclaredRule = PayerRuleSet['rules'][number];

/**
 * Reads a payer rule file (YAML or JSON: JSON is YAML). Problems are returned, located by the
 * file name and the path inside it, never thrown.
 */
export function parsePayerRuleSet(
  fileName: string,
  text: string,
): { ok: true; value: PayerRuleSet } | { ok: false; problems: Problem[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { prettyErrors: true });
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: fileName,
          code: 'syntax',
          message: error instanceof Error ? error.message : String(error),
        },
      ],
    };
  }
  const parsed = payerRuleSetSchema.safeParse(data);
  if (parsed.success) {
    const ids = parsed.data.rules.map((r) => r.id);
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
    if (repeated)
      return {
        ok: false,
        problems: [
          {
            path: `${fileName}: rules`,
            code: 'duplicate_id',
            message: `rule id ${repeated} is used twice`,
          },
        ],
      };
    return { ok: true, value: parsed.data };
  }
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: `${fileName}: ${issue.path.join('.')}`,
      code: issue.code,
      message: issue.message,
    })),
  };
}

/** Whether a code falls in one of the specs ("97110", "70551-70553"). */
export function matchesCode(specs: readonly string[], code: string): boolean {
  return specs.some((spec) => {
    const [from, to] = spec.split('-');
    if (to === undefined) return spec === code;
    return from !== undefined && code.length === from.length && code >= from && code <= to;
  });
}
