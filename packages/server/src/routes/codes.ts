import { z } from 'zod';
import { MedbillError, notFound, parseIcd10cm, parseProcedureCode } from '@medbill/core';
import type { IsoDate } from '@medbill/core';
import { encoderSearch, normalizeIcd10pcsCode } from '@medbill/codes';
import type { ApiApp } from '../api-app.ts';
import type { CodeSetCatalog } from '../services/code-set-catalog.ts';
import {
  diagnosisDetail,
  encoderHit,
  procedureCodeDetail,
  procedureDetail,
} from '../services/code-views.ts';

const tags = ['Codes'];
const SYSTEMS = ['icd10cm', 'icd10pcs', 'hcpcs', 'cpt'] as const;

function loadedOrExplain(catalog: CodeSetCatalog) {
  const loaded = catalog.loaded;
  if (!loaded) {
    throw new MedbillError(
      'not_found',
      'No code sets are loaded. Import the official release files with `medbill codes import <folder or zip>` (or set MEDBILL_CODESETS_DIR before the first start).',
    );
  }
  return loaded;
}

export function codeRoutes(app: ApiApp, catalog: CodeSetCatalog, today: () => IsoDate): void {
  app.get(
    '/codes/releases',
    {
      config: { permission: 'codes:read' },
      schema: { tags, summary: 'The code-set releases loaded, with their effective periods' },
    },
    () => ({
      releases: catalog.loaded?.releases ?? [],
    }),
  );

  app.get(
    '/codes/search',
    {
      config: { permission: 'codes:read' },
      schema: {
        tags,
        summary:
          'Encoder search: free text or a code in, ranked codes out, billable on the date of service or how to get there',
        description:
          'Without `system`: ICD-10-CM, HCPCS Level II and CPT ranked together; ICD-10-PCS (inpatient procedures) only for a PCS code typed (`0DTJ4ZZ`, `0DT`). `system=icd10pcs` searches ICD-10-PCS titles.',
        querystring: z.object({
          q: z.string().trim().min(1).max(200),
          system: z.enum(SYSTEMS).optional(),
          date: z.iso.date().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
    },
    (request) => {
      const loaded = loadedOrExplain(catalog);
      const dos = (request.query.date ?? today()) as IsoDate;
      const hits = encoderSearch(loaded.encoder, request.query.q, {
        limit: request.query.limit,
        ...(request.query.system ? { system: request.query.system } : {}),
      });
      return {
        query: request.query.q,
        dateOfService: dos,
        hits: hits.map((hit) => encoderHit(loaded.codeSets, hit.system, hit, dos)),
      };
    },
  );

  app.get(
    '/codes/:system/:code',
    {
      config: { permission: 'codes:read' },
      schema: {
        tags,
        summary:
          'A code on a date of service: titles, hierarchy and notes (ICD-10-CM); validity and table heading (ICD-10-PCS); or RVUs, indicators, Medicare allowed amount and edits (CPT/HCPCS)',
        params: z.object({ system: z.enum(SYSTEMS), code: z.string().max(10) }),
        querystring: z.object({
          date: z.iso.date().optional(),
          locality: z
            .string()
            .regex(/^\d{5}-\d{2}$/)
            .optional(),
        }),
      },
    },
    (request) => {
      const loaded = loadedOrExplain(catalog);
      const dos = (request.query.date ?? today()) as IsoDate;
      const { system } = request.params;
      if (system === 'icd10cm') {
        const code = parseIcd10cm(request.params.code);
        if (!code.ok)
          throw new MedbillError('invalid', 'Not an ICD-10-CM code.', [
            { path: 'params.code', code: 'icd10cm', message: code.error },
          ]);
        const detail = diagnosisDetail(loaded.codeSets, code.value, dos);
        if (!detail) throw notFound('ICD-10-CM release', 'loaded');
        return detail;
      }
      if (system === 'icd10pcs') {
        const code = normalizeIcd10pcsCode(request.params.code);
        if (!code)
          throw new MedbillError('invalid', 'Not an ICD-10-PCS code.', [
            {
              path: 'params.code',
              code: 'icd10pcs',
              message: 'expected up to 7 characters of 0-9 and A-Z without I and O, e.g. 0DTJ4ZZ',
            },
          ]);
        const detail = procedureCodeDetail(loaded.codeSets, code, dos);
        if (!detail) throw notFound('ICD-10-PCS release', 'loaded');
        return detail;
      }
      const code = parseProcedureCode(request.params.code);
      if (!code.ok || code.value.system !== system) {
        throw new MedbillError('invalid', `Not a ${system.toUpperCase()} code.`, [
          {
            path: 'params.code',
            code: 'procedureCode',
            message: code.ok
              ? `${code.value.code} is a ${code.value.system.toUpperCase()} code`
              : code.error,
          },
        ]);
      }
      return procedureDetail(loaded.codeSets, code.value.code, dos, request.query.locality);
    },
  );
}
