import { decodeText, type SourceFile } from '../source-files.ts';
import type { AlphabeticIndex, IndexKind, IndexTerm } from './index-types.ts';
import { walkXml } from './xml-walk.ts';

interface TermBuilder {
  level: number;
  titleParts: string[];
  nemodParts: string[];
  codes: string[];
  manifestations: string[];
  see: string[];
  seeAlso: string[];
  seeCode: string[];
  cells: (string | undefined)[];
  children: IndexTerm[];
}

const CAPTURED = new Set([
  'code',
  'manif',
  'see',
  'seeAlso',
  'subcat',
  'seecat',
  'cell',
  'head',
  'version',
]);

/**
 * Parses a CDC ICD-10-CM index XML (schemas `icd10cm_index.xsd` and
 * `icd10cm_drug_neoplasm.xsd`): the Index to Diseases and Injuries (`icd10cm_index_YYYY.xml`),
 * the External Cause of Injuries Index (`…eindex…`), the Table of Drugs and Chemicals and the
 * Table of Neoplasms (`…drug…`, `…neoplasm…`). Letter → mainTerm → nested `term level="N"`,
 * each with its title (nonessential modifiers in `<nemod>`), code(s), bracketed manifestation
 * code (`<manif>`), see / see also / see category cross-references, and table cells. Streams
 * with saxes; all or nothing with located problems.
 *
 * @example
 * ```ts
 * const [file] = await readSourceFiles('codesets/icd10cm/icd-10-cm-drug-2025.xml.gz');
 * parseIndex(file).mainTerms.length; // 5177
 * ```
 */
export function parseIndex(
  file: SourceFile,
  kind: IndexKind = indexKindOf(file.name) ?? 'index',
): AlphabeticIndex {
  const mainTerms: IndexTerm[] = [];
  const headings: string[] = [];
  let version = '';
  walkXml(decodeText(file.bytes), file.name, (cursor) => {
    const stack: TermBuilder[] = [];
    let capture: string[] | undefined;
    let inTitle = false;
    let inNemod = false;
    let cellColumn = 0;
    return {
      open(name, attributes) {
        if (name === 'mainTerm' || name === 'term') {
          const level = name === 'mainTerm' ? 0 : Number(attributes['level']);
          const parent = stack.at(-1);
          if (!Number.isInteger(level) || (parent && level !== parent.level + 1)) {
            cursor.problem(
              `expected level="${(parent?.level ?? -1) + 1}" on <${name}>, found "${attributes['level'] ?? ''}"`,
            );
          }
          stack.push({
            level,
            titleParts: [],
            nemodParts: [],
            codes: [],
            manifestations: [],
            see: [],
            seeAlso: [],
            seeCode: [],
            cells: [],
            children: [],
          });
        } else if (name === 'title') inTitle = stack.length > 0;
        else if (name === 'nemod') inNemod = true;
        else if (CAPTURED.has(name)) {
          capture = [];
          cellColumn = Number(attributes['col'] ?? 0);
        }
      },
      text(text) {
        const top = stack.at(-1);
        if (inNemod && top) top.nemodParts.push(text);
        else if (inTitle && top) top.titleParts.push(text);
        else capture?.push(text);
      },
      close(name) {
        if (name === 'nemod') return void (inNemod = false);
        if (name === 'title') return void (inTitle = false);
        if (name === 'mainTerm' || name === 'term') {
          const builder = stack.pop();
          if (!builder) return;
          const term = finish(builder);
          if (term.title === '' && term.nemod === '')
            cursor.problem(`expected a <title> in this <${name}>`);
          const parent = stack.at(-1);
          if (parent) parent.children.push(term);
          else mainTerms.push(term);
          return;
        }
        if (!capture) return;
        const text = capture.join('').replace(/\s+/g, ' ').trim();
        capture = undefined;
        const top = stack.at(-1);
        if (name === 'version') version = text;
        else if (name === 'head') headings.push(text);
        else if (!top) return;
        else if (name === 'code') top.codes.push(text);
        else if (name === 'manif') top.manifestations.push(text);
        else if (name === 'see') top.see.push(text);
        else if (name === 'seeAlso') top.seeAlso.push(text);
        else if (name === 'subcat' || name === 'seecat') top.seeCode.push(text);
        else if (name === 'cell') {
          if (cellColumn < 2)
            cursor.problem(`expected col="2" or more on <cell>, found "${cellColumn}"`);
          top.cells[cellColumn - 2] = text;
        }
      },
    };
  });
  return { kind, version, source: { name: file.name, sha256: file.sha256 }, headings, mainTerms };
}

function finish(builder: TermBuilder): IndexTerm {
  const clean = (parts: string[]): string =>
    parts
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      .trim();
  return {
    level: builder.level,
    title: clean(builder.titleParts),
    nemod: clean(builder.nemodParts),
    codes: builder.codes,
    manifestations: builder.manifestations,
    see: builder.see,
    seeAlso: builder.seeAlso,
    seeCode: builder.seeCode,
    cells: builder.cells,
    children: builder.children,
  };
}

/** Which index a CDC file name holds, or `undefined` for files that are not an index. */
export function indexKindOf(name: string): IndexKind | undefined {
  const base = name.toLowerCase().split('/').at(-1) ?? '';
  if (!base.endsWith('.xml') || !base.includes('icd')) return undefined;
  if (base.includes('eindex')) return 'eindex';
  if (base.includes('drug')) return 'drug';
  if (base.includes('neoplasm')) return 'neoplasm';
  if (base.includes('index')) return 'index';
  return undefined;
}

/** Every term of an index, depth first, with its path of titles from the main term. */
export function* walkIndexTerms(
  terms: readonly IndexTerm[],
  path: readonly string[] = [],
): Generator<{ term: IndexTerm; path: readonly string[] }> {
  for (const term of terms) {
    const here = [...path, term.title];
    yield { term, path: here };
    yield* walkIndexTerms(term.children, here);
  }
}
