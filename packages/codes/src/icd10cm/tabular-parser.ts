import { decodeText, type SourceFile } from '../source-files.ts';
import { normalizeIcd10cmCode } from './code-format.ts';
import { codeRangesInNote } from './note-references.ts';
import {
  TABULAR_NOTE_KINDS,
  type SeventhCharacterDefinition,
  type Tabular,
  type TabularNode,
  type TabularNoteKind,
  type TabularNote,
} from './tabular-types.ts';
import { walkXml } from './xml-walk.ts';

interface Builder {
  readonly element: 'chapter' | 'section' | 'diag';
  key: string;
  name: string;
  title: string;
  readonly children: string[];
  readonly notes: TabularNote[];
  sevenNote: string;
  sevenValues: { character: string; meaning: string }[] | undefined;
  readonly placeholder: boolean;
}

/** Elements whose content is presentation only (front matter, section index, H54 table). */
const SKIPPED = new Set(['introduction', 'sectionIndex', 'visualImpairment']);
const CAPTURED = new Set(['name', 'desc', 'note', 'extension', 'version']);
const NOTE_KINDS = new Set<string>(TABULAR_NOTE_KINDS);

/**
 * Parses the CDC ICD-10-CM Tabular List XML (`icd10cm_tabular_YYYY.xml`, schema
 * `icd10cm_tabular.xsd`): chapter → section → diag (category, subcategory, code), with the
 * instructional notes of each level (inclusionTerm, includes, excludes1, excludes2, codeFirst,
 * useAdditionalCode, codeAlso, notes) and the 7th-character definitions (sevenChrDef,
 * sevenChrNote). Streams with saxes; malformed input fails as a whole with located problems.
 *
 * @example
 * ```ts
 * const tabular = parseTabular(findTabularFile(await readSourceFiles('icd10cm_tabular_2021.xml.gz'))!);
 * tabular.nodes.get('E1122')?.notes[0]?.ranges; // [{ from: 'N181', to: 'N186' }]
 * ```
 */
export function parseTabular(file: SourceFile): Tabular {
  const nodes = new Map<string, TabularNode>();
  const chapters: string[] = [];
  let version = '';
  walkXml(decodeText(file.bytes), file.name, (cursor) => {
    const stack: Builder[] = [];
    let skipDepth = 0;
    let noteKind: TabularNoteKind | undefined;
    let inSevenNote = false;
    let extensionChar = '';
    let capture: string[] | undefined;
    const newBuilder = (
      element: Builder['element'],
      key: string,
      placeholder = false,
    ): Builder => ({
      element,
      key,
      name: key,
      title: '',
      children: [],
      notes: [],
      sevenNote: '',
      sevenValues: undefined,
      placeholder,
    });
    const finish = (builder: Builder): void => {
      const parent = stack.at(-1);
      if (builder.key === '')
        return cursor.problem(`expected a <name> in this <${builder.element}>`);
      if (nodes.has(builder.key))
        return cursor.problem(`expected ${builder.key} once, found it again`);
      const kind =
        builder.element === 'diag'
          ? builder.key.length === 3
            ? 'category'
            : builder.children.length > 0
              ? 'subcategory'
              : 'code'
          : builder.element;
      const seventhCharacter: SeventhCharacterDefinition | undefined = builder.sevenValues
        ? { note: builder.sevenNote, values: builder.sevenValues }
        : undefined;
      nodes.set(builder.key, {
        key: builder.key,
        kind,
        name: builder.name,
        title: builder.title,
        parent: parent?.key,
        children: builder.children,
        notes: builder.notes,
        seventhCharacter,
        placeholder: builder.placeholder,
      });
      if (parent) parent.children.push(builder.key);
      else chapters.push(builder.key);
    };
    const captured = (name: string, text: string): void => {
      const top = stack.at(-1);
      if (name === 'version') version = text;
      else if (!top) return;
      else if (name === 'name' && top.element === 'diag') {
        const code = normalizeIcd10cmCode(text);
        if (code === undefined)
          cursor.problem(`expected an ICD-10-CM code in <name>, found "${text}"`);
        top.key = code ?? '';
        top.name = text;
      } else if (name === 'name' && top.element === 'chapter') {
        top.key = `chapter-${text}`;
        top.name = text;
      } else if (name === 'desc') top.title = text;
      else if (name === 'note' && inSevenNote) top.sevenNote = text;
      else if (name === 'note' && noteKind)
        top.notes.push({ kind: noteKind, text, ranges: codeRangesInNote(text) });
      else if (name === 'extension') {
        if (extensionChar === '') cursor.problem('expected a char attribute on <extension>');
        top.sevenValues?.push({ character: extensionChar, meaning: text });
      }
    };
    return {
      open(name, attributes) {
        if (skipDepth > 0 || SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'chapter') stack.push(newBuilder('chapter', ''));
        else if (name === 'section') {
          const id = attributes['id'] ?? '';
          const builder = newBuilder('section', `section-${id}`);
          builder.name = id;
          stack.push(builder);
        } else if (name === 'diag')
          stack.push(newBuilder('diag', '', attributes['placeholder'] === 'true'));
        else if (NOTE_KINDS.has(name)) noteKind = name as TabularNoteKind;
        else if (name === 'sevenChrNote') inSevenNote = true;
        else if (name === 'sevenChrDef') {
          const top = stack.at(-1);
          if (top) top.sevenValues = [];
        } else if (name === 'extension') extensionChar = attributes['char'] ?? '';
        if (CAPTURED.has(name)) capture = [];
      },
      text(text) {
        if (skipDepth === 0) capture?.push(text);
      },
      close(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (CAPTURED.has(name) && capture) {
          captured(name, capture.join('').replace(/\s+/g, ' ').trim());
          capture = undefined;
        }
        if (name === 'chapter' || name === 'section' || name === 'diag') {
          const builder = stack.pop();
          if (builder) finish(builder);
        } else if (NOTE_KINDS.has(name)) noteKind = undefined;
        else if (name === 'sevenChrNote') inSevenNote = false;
      },
    };
  });
  return { version, source: { name: file.name, sha256: file.sha256 }, nodes, chapters };
}

/** Finds the tabular XML among the files of a release (not the index, drug or neoplasm files). */
export function findTabularFile(files: readonly SourceFile[]): SourceFile | undefined {
  return files.find((file) => /icd10cm[-_]tabular(?:[-_][a-z0-9-]+)?\.xml$/i.test(file.name));
}
