import type { Finding, ScrubRule } from '../rule.ts';
import { line } from '../rule.ts';
import type { DeclaredRule, PayerRuleSet } from './payer-rule-set.ts';
import { matchesCode } from './payer-rule-set.ts';

/** Turns a payer's declared rules into scrubber rules that apply only to claims to that payer. */
export function compilePayerRules(set: PayerRuleSet): ScrubRule[] {
  return set.rules.map((declared) => {
    const rule: ScrubRule = {
      id: declared.id,
      category: 'payer',
      severity: declared.severity ?? defaultSeverity(declared),
      source: `Payer rule: ${set.name} (${set.payerId})${declared.reference ? `, ${declared.reference}` : ''}`,
      title: `${set.name}: ${declared.kind.replace('-', ' ')}`,
      check: (claim, context) =>
        claim.payer.payerId.toUpperCase() === set.payerId.toUpperCase()
          ? evaluate(declared, set, claim, context)
          : [],
    };
    return rule;
  });
}

function defaultSeverity(rule: DeclaredRule): 'reject' | 'deny' | 'warn' {
  switch (rule.kind) {
    case 'prior-authorization':
    case 'frequency-limit':
    case 'not-covered':
      return 'deny';
    case 'required-modifier':
    case 'telehealth':
      return 'reject';
  }
}

function evaluate(
  rule: DeclaredRule,
  set: PayerRuleSet,
  claim: Parameters<ScrubRule['check']>[0],
  context: Parameters<ScrubRule['check']>[1],
): Finding[] {
  const say = (fallback: string, code: string) =>
    (rule.message ?? fallback).replaceAll('{code}', code);
  switch (rule.kind) {
    case 'prior-authorization':
      if (claim.priorAuthorization?.trim()) return [];
      return claim.lines.flatMap((l, i) =>
        matchesCode(rule.codes, l.procedure.code)
          ? [
              {
                location: line(i),
                field: 'priorAuthorization',
                message: say(
                  `${set.name} requires prior authorization for {code}; the claim carries none.`,
                  l.procedure.code,
                ),
                fix:
                  rule.fix ??
                  'Enter the authorization number (2300 REF*G1), or obtain a retro-authorization before sending.',
              },
            ]
          : [],
      );
    case 'required-modifier':
      return claim.lines.flatMap((l, i) =>
        matchesCode(rule.codes, l.procedure.code) &&
        !l.modifiers.some((m) => rule.anyOf.includes(m))
          ? [
              {
                location: line(i),
                field: 'modifiers',
                message: say(
                  `${set.name} requires modifier ${rule.anyOf.join(' or ')} on {code}.`,
                  l.procedure.code,
                ),
                fix: rule.fix ?? `Add ${rule.anyOf.join(' or ')} to the line.`,
              },
            ]
          : [],
      );
    case 'telehealth':
      return claim.lines.flatMap((l, i) => {
        const pos = l.placeOfService ?? claim.placeOfService;
        return rule.placesOfService.includes(pos) &&
          !l.modifiers.some((m) => rule.anyOfModifiers.includes(m))
          ? [
              {
                location: line(i),
                field: 'modifiers',
                message: say(
                  `${set.name} needs modifier ${rule.anyOfModifiers.join(' or ')} on telehealth services (POS ${pos}); {code} has none.`,
                  l.procedure.code,
                ),
                fix: rule.fix ?? `Add ${rule.anyOfModifiers.join(' or ')} to the line.`,
              },
            ]
          : [];
      });
    case 'not-covered':
      return claim.lines.flatMap((l, i) =>
        matchesCode(rule.codes, l.procedure.code)
          ? [
              {
                location: line(i),
                field: 'procedure',
                message: say(`${set.name} does not cover {code}.`, l.procedure.code),
                fix:
                  rule.fix ??
                  'Have the patient sign a waiver (ABN-style notice) and bill the patient, or bill another coverage.',
              },
            ]
          : [],
      );
    case 'frequency-limit':
      return claim.lines.flatMap((l, i) => {
        if (!matchesCode(rule.codes, l.procedure.code)) return [];
        const window =
          rule.per === 'day'
            ? { from: l.serviceDate, to: l.serviceDate }
            : rule.per === 'calendar-year'
              ? {
                  from: `${l.serviceDate.slice(0, 4)}-01-01`,
                  to: `${l.serviceDate.slice(0, 4)}-12-31`,
                }
              : undefined;
        const inWindow = (date: string) =>
          window === undefined || (date >= window.from && date <= window.to);
        const onClaim = claim.lines
          .filter(
            (o, j) =>
              j <= i && matchesCode(rule.codes, o.procedure.code) && inWindow(o.serviceDate),
          )
          .reduce((sum, o) => sum + o.units, 0);
        const onFile = (context.claimsOnFile ?? [])
          .filter(
            (c) =>
              c.claimNumber !== claim.claimNumber &&
              c.patientAccountNumber === claim.patient.accountNumber,
          )
          .flatMap((c) => c.lines)
          .filter((o) => matchesCode(rule.codes, o.procedureCode) && inWindow(o.serviceDate))
          .reduce((sum, o) => sum + (o.units ?? 1), 0);
        const total = onClaim + onFile;
        return total > rule.maxUnits
          ? [
              {
                location: line(i),
                field: 'units',
                message: say(
                  `${set.name} allows ${rule.maxUnits} of {code} per ${rule.per.replace('-', ' ')}; this makes ${total}.`,
                  l.procedure.code,
                ),
                fix: rule.fix ?? 'Check the patient’s history with the payer before billing again.',
              },
            ]
          : [];
      });
  }
}
