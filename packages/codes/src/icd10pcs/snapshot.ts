import { MedbillError } from '@medbill/core';
import { BinaryParts, packParts, type BinaryPart } from '../common/binary-parts.ts';
import { codeIndexFromData } from '../icd10cm/code-index.ts';
import type { Release } from '../release.ts';
import type { Icd10pcsStore } from './icd10pcs-store.ts';
import { ICD10PCS_CODE_TEXT } from './import-icd10pcs.ts';

const LAYOUT = '1';
const SEP = '\n';

/**
 * The ICD-10-PCS store as a section of the code-set snapshot: the releases as JSON, codes and
 * titles as line lists, and per release the status bytes and title ids as typed arrays, read
 * back as views (a copy, no parse).
 */
export function writeIcd10pcsSnapshot(store: Icd10pcsStore): Uint8Array {
  const data = store.codes.data;
  const parts: Record<string, BinaryPart> = {
    layout: LAYOUT,
    releases: JSON.stringify(data.releases),
    codes: data.codes.join(SEP),
    titles: data.titles.join(SEP),
  };
  data.releases.forEach((_, r) => {
    parts[`status.${r}`] = data.status[r] ?? new Uint8Array(data.codes.length);
    parts[`short.${r}`] = data.shortTitle[r] ?? new Int32Array(data.codes.length);
    parts[`long.${r}`] = data.longTitle[r] ?? new Int32Array(data.codes.length);
  });
  return packParts(parts);
}

/** Reads {@link writeIcd10pcsSnapshot}'s section; refuses another layout. */
export function readIcd10pcsSnapshot(bytes: Uint8Array): Icd10pcsStore {
  const parts = new BinaryParts(bytes);
  if (!parts.has('layout') || parts.text('layout') !== LAYOUT) {
    throw new MedbillError('invalid', `not an ICD-10-PCS snapshot section of layout ${LAYOUT}`);
  }
  const releases = JSON.parse(parts.text('releases')) as Release[];
  const lines = (name: string) => {
    const text = parts.text(name);
    return text === '' ? [] : text.split(SEP);
  };
  return {
    codes: codeIndexFromData(
      {
        releases,
        codes: lines('codes'),
        titles: parts.text('titles').split(SEP),
        status: releases.map((_, r) => parts.uint8(`status.${r}`)),
        shortTitle: releases.map((_, r) => parts.int32(`short.${r}`)),
        longTitle: releases.map((_, r) => parts.int32(`long.${r}`)),
      },
      ICD10PCS_CODE_TEXT,
    ),
  };
}
