import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { unwrap, withCptYearFromPath } from '@medbill/codes';
import type { SourceFile } from '@medbill/codes';
import { invalid } from '@medbill/core';
import type { Database } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { toProblem } from '../problem.ts';
import type { CodeSetCatalog } from '../services/code-set-catalog.ts';
import { importCodeSetFiles } from '../services/code-set-import.ts';
import type { CodeSetImportProgress } from '../services/code-set-import.ts';

/** The largest release file CMS publishes (the PFS RVU zip) is well under this. */
const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

/** A client that accepts this gets the import's phases as they happen, one JSON object a line. */
const PROGRESS_STREAM_TYPE = 'application/x-ndjson';

/**
 * Uploading a new official release from the browser: the file's bytes as the body
 * (application/zip or application/octet-stream), its published name in `fileName`. The same
 * import as `medbill codes import`: all or nothing, the same file twice changes nothing.
 *
 * The answer is the import's result as JSON; a client that accepts `application/x-ndjson` gets
 * instead one line per phase (`{"progress":{"step":"ICD-10-CM","done":1,"of":8}}`) while the
 * import runs, then `{"result":{…}}` or `{"problem":{…}}` (RFC 9457): the status line has gone
 * out before the import can fail.
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
            'Import an official release file as published (zip, gz or plain; body = its bytes); the new releases take effect at once. Accept application/x-ndjson to follow its phases.',
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
      async (request, reply) => {
        const { fileName } = request.query;
        if (!Buffer.isBuffer(request.body)) {
          throw invalid('Send the release file itself as the body (application/zip).', [
            { path: 'body', code: 'not_a_file', message: 'expected the bytes of a release file' },
          ]);
        }
        const files = releaseFiles(fileName, new Uint8Array(request.body));
        if (!request.headers.accept?.includes(PROGRESS_STREAM_TYPE)) {
          return importCodeSetFiles(db, catalog, files);
        }
        const stream = progressStream(reply);
        try {
          const result = await importCodeSetFiles(db, catalog, files, stream.progress);
          stream.end({ result });
        } catch (error) {
          const problem = toProblem(error, request.url);
          if (problem.status >= 500) request.log.error({ err: error }, 'code-set import failed');
          stream.end({ problem });
        }
        return reply;
      },
    );
    done();
  });
}

/** The files inside an upload; a damaged zip or gzip is the uploader's mistake, said so. */
function releaseFiles(fileName: string, bytes: Uint8Array): SourceFile[] {
  try {
    return withCptYearFromPath(unwrap(fileName, bytes), fileName);
  } catch (error) {
    throw invalid(`${fileName} could not be opened; nothing was imported.`, [
      {
        path: fileName,
        code: 'unreadable_archive',
        message: `not a readable zip or gzip file (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
}

/**
 * Writes NDJSON lines straight to the socket. Node holds a response's writes until the next tick,
 * and the import keeps the event loop busy for seconds at a time, so each line is pushed out
 * (uncork) as it is written: the browser sees a phase when it starts, not when the import ends.
 */
function progressStream(reply: FastifyReply) {
  reply.hijack();
  const raw = reply.raw;
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined) raw.setHeader(name, value);
  }
  raw.writeHead(200, {
    'content-type': `${PROGRESS_STREAM_TYPE}; charset=utf-8`,
    'cache-control': 'no-store',
  });
  const write = (line: object) => {
    if (raw.writableEnded || raw.destroyed) return;
    raw.write(`${JSON.stringify(line)}\n`);
    raw.socket?.uncork();
  };
  return {
    progress: (progress: CodeSetImportProgress) => write({ progress }),
    end: (line: object) => {
      write(line);
      raw.end();
    },
  };
}
