import type { CodeRange } from './note-references.ts';

/** The instructional notes of the ICD-10-CM Tabular List, by their XML element. */
export type TabularNoteKind =
  | 'inclusionTerm'
  | 'includes'
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'notes';

export const TABULAR_NOTE_KINDS: readonly TabularNoteKind[] = [
  'inclusionTerm',
  'includes',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
  'notes',
];

/** One `<note>` of an instructional element, with the code ranges named in its text. */
export interface TabularNote {
  readonly kind: TabularNoteKind;
  readonly text: string;
  readonly ranges: readonly CodeRange[];
}

/** A `<sevenChrDef>` with its `<sevenChrNote>`: the 7th characters allowed below the node. */
export interface SeventhCharacterDefinition {
  readonly note: string;
  readonly values: readonly { readonly character: string; readonly meaning: string }[];
}

export type TabularNodeKind = 'chapter' | 'section' | 'category' | 'subcategory' | 'code';

/**
 * A node of the Tabular List hierarchy. Chapters are keyed `chapter-1`, sections `section-` and
 * their id (`section-A00-A09`, `section-B10`), diagnosis nodes by their dotless code.
 */
export interface TabularNode {
  readonly key: string;
  readonly kind: TabularNodeKind;
  /** Code as printed (`E11.22`), section range (`A00-A09`), or chapter number. */
  readonly name: string;
  readonly title: string;
  readonly parent: string | undefined;
  readonly children: readonly string[];
  readonly notes: readonly TabularNote[];
  readonly seventhCharacter: SeventhCharacterDefinition | undefined;
  /** `<diag placeholder="true">`: a level that exists only to carry a placeholder X. */
  readonly placeholder: boolean;
}

/** A parsed Tabular List. */
export interface Tabular {
  /** `<version>` as published, e.g. `2021`. */
  readonly version: string;
  readonly source: { readonly name: string; readonly sha256: string };
  readonly nodes: ReadonlyMap<string, TabularNode>;
  readonly chapters: readonly string[];
}
