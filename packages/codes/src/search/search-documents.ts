import type { HcpcsStore } from '../hcpcs/index.ts';
import type { Icd10cmStore } from '../icd10cm/index.ts';
import type { Icd10pcsStore } from '../icd10pcs/index.ts';
import { BILLABLE, HEADER, normalizeIcd10cmCode, walkIndexTerms } from '../icd10cm/index.ts';
import type { CodeSets } from '../load/code-sets.ts';
import type { CptCode } from '../cpt/index.ts';
import type { SearchDocument } from './search-index.ts';

/** Which code system a search document belongs to; the encoder filters and labels by it. */
export type SearchSystem = 'icd10cm' | 'hcpcs' | 'cpt' | 'icd10pcs';

export interface EncoderDocuments {
  readonly documents: SearchDocument[];
  readonly systems: SearchSystem[];
}

/**
 * The texts the encoder searches, per code: ICD-10-CM long title (weight 3), the tabular
 * inclusion terms under the code (2), every Alphabetic Index path that leads to it, read the way
 * a coder says it ("Fracture radius lower end", weight 2), and the short title (1); HCPCS Level
 * II long and short descriptions. CPT codes: the long, medium and short descriptors of the newest
 * CPT year a licensee loaded; the fee schedule's codes without them are found by code only (AMA
 * licence: medbill ships no CPT text). Codes come from each system's newest release.
 */
export function encoderDocuments(codeSets: CodeSets): EncoderDocuments {
  const documents: SearchDocument[] = [];
  const systems: SearchSystem[] = [];
  const add = (system: SearchSystem, doc: SearchDocument) => {
    documents.push(doc);
    systems.push(system);
  };
  if (codeSets.icd10cm) for (const doc of icd10cmDocuments(codeSets.icd10cm)) add('icd10cm', doc);
  const hcpcs = codeSets.hcpcs ? hcpcsDocuments(codeSets.hcpcs) : [];
  for (const doc of hcpcs) add('hcpcs', doc);
  for (const doc of cptDocuments(codeSets)) add('cpt', doc);
  return { documents, systems };
}

function cptDocuments(codeSets: CodeSets): SearchDocument[] {
  const described = codeSets.cpt?.releases.at(-1)?.codes ?? new Map<string, CptCode>();
  const newestRvu = codeSets.pfs?.rvus.at(-1);
  const codes = new Set([
    ...described.keys(),
    ...[...(newestRvu?.rvus.values() ?? [])].map((r) => r.code).filter((code) => /^\d/.test(code)),
  ]);
  return [...codes].sort().map((code) => {
    const texts = described.get(code);
    const title = texts?.long ?? texts?.medium ?? texts?.short;
    const others = [texts?.medium, texts?.short].filter(
      (text): text is string => text !== undefined && text !== title,
    );
    const fields = title
      ? [{ text: title, weight: 3 }, ...others.map((text) => ({ text, weight: 1 }))]
      : [];
    return { code, billable: true, fields };
  });
}

function icd10cmDocuments(store: Icd10cmStore): SearchDocument[] {
  const data = store.codes.data;
  const release = data.releases.length - 1;
  const status = data.status[release];
  const longTitle = data.longTitle[release];
  const shortTitle = data.shortTitle[release];
  if (!status || !longTitle || !shortTitle) return [];
  const extra = new Map<string, string[]>();
  const addText = (code: string, text: string) =>
    extra.set(code, [...(extra.get(code) ?? []), text]);
  for (const node of store.tabular?.nodes.values() ?? []) {
    for (const note of node.notes)
      if (note.kind === 'inclusionTerm') addText(node.name.replace('.', ''), note.text);
  }
  const indexPaths = new Map<string, { text: string; weight: number }[]>();
  const mainTerms = new Map<string, string[]>();
  for (const index of store.indexes) {
    if (index.kind !== 'index' && index.kind !== 'eindex') continue;
    for (const { term, path } of walkIndexTerms(index.mainTerms)) {
      for (const printed of term.codes) {
        const code = normalizeIcd10cmCode(printed.replace(/[-.]+$/, ''));
        // A main term's own code is its default ("Pneumonia" → J18.9): it ranks above the title.
        const weight = path.length === 1 ? 4 : path.length === 2 ? 3 : 2;
        if (!code) continue;
        indexPaths.set(code, [
          ...(indexPaths.get(code) ?? []),
          { text: `${path.join(' ')} ${term.nemod}`, weight },
        ]);
        if (path.length <= 2 && index.kind === 'index') {
          mainTerms.set(code, [...(mainTerms.get(code) ?? []), ...phrasesOf(path, term.nemod)]);
        }
      }
    }
  }
  const docs: SearchDocument[] = [];
  data.codes.forEach((code, i) => {
    const s = status[i];
    if (s !== BILLABLE && s !== HEADER) return;
    const title = data.titles[longTitle[i] ?? -1] ?? '';
    const short = data.titles[shortTitle[i] ?? -1] ?? '';
    docs.push({
      code,
      billable: s === BILLABLE,
      fields: [
        { text: title, weight: 3 },
        ...(extra.get(code) ?? []).map((text) => ({ text, weight: 2 })),
        ...(indexPaths.get(code) ?? []).sort((a, b) => b.weight - a.weight).slice(0, 12),
        ...(short && short !== title ? [{ text: short, weight: 1 }] : []),
      ],
      ...(mainTerms.has(code) ? { phrases: mainTerms.get(code) ?? [] } : {}),
    });
  });
  return docs;
}

/**
 * ICD-10-PCS codes and table headings of the newest release, by long title (weight 3) and short
 * title (1). They make an index of their own (see `buildEncoder`), so that their words weigh
 * nothing in diagnosis search.
 */
export function icd10pcsDocuments(store: Icd10pcsStore): SearchDocument[] {
  const data = store.codes.data;
  const release = data.releases.length - 1;
  const status = data.status[release];
  const longTitle = data.longTitle[release];
  const shortTitle = data.shortTitle[release];
  if (!status || !longTitle || !shortTitle) return [];
  return data.codes.flatMap((code, i) => {
    const s = status[i];
    if (s !== BILLABLE && s !== HEADER) return [];
    const title = data.titles[longTitle[i] ?? -1] ?? '';
    const short = data.titles[shortTitle[i] ?? -1] ?? '';
    return [
      {
        code,
        billable: s === BILLABLE,
        fields: [
          { text: title, weight: 3 },
          ...(short && short !== title ? [{ text: short, weight: 1 }] : []),
        ],
      },
    ];
  });
}

function hcpcsDocuments(store: HcpcsStore): SearchDocument[] {
  const newest = store.releases.at(-1);
  if (!newest) return [];
  return [...newest.codes.values()].map((c) => ({
    code: c.code,
    billable: true,
    fields: [
      { text: c.longDescription, weight: 3 },
      ...(c.shortDescription ? [{ text: c.shortDescription, weight: 1 }] : []),
    ],
  }));
}

/**
 * The ways a coder would type an index entry: a main term printed with its variants
 * ("Infection, infected, infective") gives one phrase per variant, each with the subterm, with
 * and without a short nonessential modifier.
 */
function phrasesOf(path: readonly string[], nemod: string): string[] {
  const [main = '', ...rest] = path;
  const plain = main.split(/,\s*/).map((variant) => [variant, ...rest].join(' '));
  // A short nonessential modifier is often typed too: "urinary (tract)" as "urinary tract".
  const extra = nemod.replace(/[()]/g, ' ').trim();
  return extra && extra.split(/\s+/).length <= 2
    ? [...plain, ...plain.map((p) => `${p} ${extra}`)]
    : plain;
}
