import { decodeSnapshot, encodeSnapshot, optional } from '../common/snapshot-codec.ts';
import type { Release } from '../release.ts';
import type { CptStore } from './cpt-descriptors.ts';

const HEADER = { kind: 'cpt', layout: 1 };

type Data = { release: Release; codes: [string, string, string, string][] }[];

/** Writes a licensee's CPT descriptors into the code-set snapshot (tuples: code, long, medium, short). */
export function snapshotCpt(store: CptStore): Uint8Array {
  const data: Data = store.releases.map(({ release, codes }) => ({
    release,
    codes: [...codes.values()].map((c) => [c.code, c.long ?? '', c.medium ?? '', c.short ?? '']),
  }));
  return encodeSnapshot(HEADER, data);
}

/** @throws MedbillError (`invalid`) for bytes that are not a CPT snapshot of this layout. */
export function loadCptSnapshot(bytes: Uint8Array): CptStore {
  const data = decodeSnapshot(HEADER, bytes) as Data;
  return {
    releases: data.map(({ release, codes }) => ({
      release,
      codes: new Map(
        codes.map(([code, long, medium, short]) => {
          const texts = { long: optional(long), medium: optional(medium), short: optional(short) };
          return [
            code,
            {
              code,
              ...(texts.long ? { long: texts.long } : {}),
              ...(texts.medium ? { medium: texts.medium } : {}),
              ...(texts.short ? { short: texts.short } : {}),
            },
          ];
        }),
      ),
    })),
  };
}
