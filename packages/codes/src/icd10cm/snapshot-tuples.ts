import type { CodeRange } from './note-references.ts';
import type { AlphabeticIndex, IndexTerm } from './index-types.ts';
import type { Tabular, TabularNode, TabularNodeKind, TabularNoteKind } from './tabular-types.ts';

/**
 * Compact JSON shapes for the snapshot: positional tuples instead of objects (no repeated key
 * names), `null` for absent values. Only the snapshot module reads and writes them.
 */
type RangeTuple = [string, string] | [string, string, number[], string];
type NoteTuple = [TabularNoteKind, string, RangeTuple[]];
type NodeTuple = [
  string,
  TabularNodeKind,
  string,
  string,
  string | null,
  string[],
  NoteTuple[],
  [string, [string, string][]] | null,
  0 | 1,
];
export interface TabularJson {
  readonly version: string;
  readonly source: { readonly name: string; readonly sha256: string };
  readonly chapters: readonly string[];
  readonly nodes: NodeTuple[];
}
type TermTuple = [
  number,
  string,
  string,
  string[],
  string[],
  string[],
  string[],
  string[],
  (string | null)[],
  TermTuple[],
];
export interface IndexJson {
  readonly kind: AlphabeticIndex['kind'];
  readonly version: string;
  readonly source: { readonly name: string; readonly sha256: string };
  readonly headings: readonly string[];
  readonly mainTerms: TermTuple[];
}

/** One shared empty array: most terms and nodes have no see-also, no cells, no children. */
const NONE: readonly never[] = Object.freeze([]);
const orNone = <T>(items: readonly T[]): readonly T[] => (items.length === 0 ? NONE : items);

const rangeToTuple = (r: CodeRange): RangeTuple =>
  r.character ? [r.from, r.to, [...r.character.positions], r.character.characters] : [r.from, r.to];
const rangeFromTuple = ([from, to, positions, characters]: RangeTuple): CodeRange =>
  positions === undefined || characters === undefined
    ? { from, to }
    : { from, to, character: { positions, characters } };

export function tabularToJson(tabular: Tabular): TabularJson {
  const nodes = [...tabular.nodes.values()].map((n): NodeTuple => [
    n.key,
    n.kind,
    n.name,
    n.title,
    n.parent ?? null,
    [...n.children],
    n.notes.map((note): NoteTuple => [note.kind, note.text, note.ranges.map(rangeToTuple)]),
    n.seventhCharacter
      ? [
          n.seventhCharacter.note,
          n.seventhCharacter.values.map((v): [string, string] => [v.character, v.meaning]),
        ]
      : null,
    n.placeholder ? 1 : 0,
  ]);
  return {
    version: tabular.version,
    source: tabular.source,
    chapters: [...tabular.chapters],
    nodes,
  };
}

export function tabularFromJson(json: TabularJson): Tabular {
  const nodes = new Map<string, TabularNode>();
  for (const [key, kind, name, title, parent, children, notes, seven, placeholder] of json.nodes) {
    nodes.set(key, {
      key,
      kind,
      name,
      title,
      parent: parent ?? undefined,
      children,
      notes: notes.map(([noteKind, text, ranges]) => ({
        kind: noteKind,
        text,
        ranges: ranges.map(rangeFromTuple),
      })),
      seventhCharacter: seven
        ? {
            note: seven[0],
            values: seven[1].map(([character, meaning]) => ({ character, meaning })),
          }
        : undefined,
      placeholder: placeholder === 1,
    });
  }
  return { version: json.version, source: json.source, chapters: json.chapters, nodes };
}

const termToTuple = (t: IndexTerm): TermTuple => [
  t.level,
  t.title,
  t.nemod,
  [...t.codes],
  [...t.manifestations],
  [...t.see],
  [...t.seeAlso],
  [...t.seeCode],
  Array.from(t.cells, (cell) => cell ?? null),
  t.children.map(termToTuple),
];
const termFromTuple = ([
  level,
  title,
  nemod,
  codes,
  manifestations,
  see,
  seeAlso,
  seeCode,
  cells,
  children,
]: TermTuple): IndexTerm => ({
  level,
  title,
  nemod,
  codes: orNone(codes),
  manifestations: orNone(manifestations),
  see: orNone(see),
  seeAlso: orNone(seeAlso),
  seeCode: orNone(seeCode),
  cells: orNone(cells.map((cell) => cell ?? undefined)),
  children: orNone(children.map(termFromTuple)),
});

export function indexToJson(index: AlphabeticIndex): IndexJson {
  return {
    kind: index.kind,
    version: index.version,
    source: index.source,
    headings: [...index.headings],
    mainTerms: index.mainTerms.map(termToTuple),
  };
}

export function indexFromJson(json: IndexJson): AlphabeticIndex {
  return { ...json, mainTerms: json.mainTerms.map(termFromTuple) };
}
