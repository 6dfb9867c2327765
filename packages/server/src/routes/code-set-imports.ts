import { z } from 'zod';
import { unwrap, withCptYearFromPath } from '@medbill/codes';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import type { CodeSetCatalog } from '../services/code-set-catalog.ts';
import { importCodeSetFiles } from '../services/code-set-import.ts';

/** The largest release file CMS publishes (the PFS RVU zip) is well under this. */
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/**
 * Uploading a new official release from the browser: the file's bytes as the body
 * (application/zip or application/octet-stream), its published name in `fileName`. The same
 * import as `medbill codes import`: all or nothing, the same file twice changes nothing.
 */
export function codeSetImportRoutes(app: ApiApp, db: Database, catalog: CodeSetCatalog): void {
  void app.register((scope: ApiApp, _options, done) => {
    scope.addContentTypeParser(
      ['application/zip', 'application/octet-stream', 'application/gzip'],
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, parsed) => parsed(null, body),
    );
    scope.post(
      '/codes/imports',
      {
        config: { permission: 'codes:write' },
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: {
          tags: ['Codes'],
          summary:
            'Import an official release file as published (zip, gz or plain; body = its bytes); the new releases take effect at once',
          querystring: z.object({
            fileName: z
              .string()
              .trim()
              .min(1)
              .max(200)
              .regex(/^[^\\/]+$/, 'a file name, without folders'),
          }),
        },
      },
      async (request) => {
        const { fileName } = request.query;
        const bytes = new Uint8Array(request.body as Buffer);
        return importCodeSetFiles(
          db,
          catalog,
          withCptYearFromPath(unwrap(fileName, bytes), fileName),
        );
      },
    );
    done();
  });
}
