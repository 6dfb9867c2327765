import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, query } from '../api/http.ts';
import type { EncoderHit, SeventhCharacter } from '../api/types.ts';

export type EncoderMode = 'diagnosis' | 'procedure';

/** Encoder hits for the text on the date of service: ICD-10-CM, or CPT and HCPCS together. */
export function useCodeSearch(text: string, mode: EncoderMode, dateOfService: string) {
  const q = text.trim();
  return useQuery({
    queryKey: ['code-search', mode, dateOfService, q],
    queryFn: async () => {
      const result = await api<{ hits: EncoderHit[] }>(
        `/codes/search${query({
          q,
          date: dateOfService,
          limit: mode === 'diagnosis' ? 15 : 30,
          system: mode === 'diagnosis' ? 'icd10cm' : undefined,
        })}`,
      );
      return mode === 'diagnosis'
        ? result.hits
        : result.hits.filter((hit) => hit.system !== 'icd10cm').slice(0, 15);
    },
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export interface SeventhCharacterDetail extends SeventhCharacter {
  readonly bases: string[];
}

/** What 7th characters a code takes on the date of service, and on which base codes. */
export function fetchSeventhCharacter(code: string, dateOfService: string) {
  return api<{ seventhCharacter?: SeventhCharacterDetail }>(
    `/codes/icd10cm/${code}${query({ date: dateOfService })}`,
  ).then((detail) => detail.seventhCharacter);
}
