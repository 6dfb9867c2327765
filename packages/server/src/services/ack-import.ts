import { createHash } from 'node:crypto';
import { invalid } from '@medbill/core';
import type { Problem } from '@medbill/core';
import type { AcknowledgmentKind, Database } from '@medbill/db';
import { findAcknowledgmentFile, insertAcknowledgmentFile, isDatabaseError } from '@medbill/db';
import { element, parseSegments, read277ca, read999 } from '@medbill/x12';
import type { X12Issue } from '@medbill/x12';
import type { RequestContext } from '../request-context.ts';
import { apply277ca } from './ack-277ca-apply.ts';
import { apply999 } from './ack-999-apply.ts';
import type { AckOutcome } from './ack-outcome.ts';

export interface AckImportResult extends AckOutcome {
  readonly alreadyImported: boolean;
  readonly fileId: string;
  readonly kind: AcknowledgmentKind;
}

/** Where an X12 issue is, for a biller: file, segment number and ID, element. */
export const x12Problem = (fileName: string, i: X12Issue): Problem => ({
  path: `${fileName}: segment ${i.segmentIndex} ${i.segmentId}${i.element !== undefined ? String(i.element).padStart(2, '0') : ''}${i.component !== undefined ? `-${i.component}` : ''}`,
  code: i.code,
  message: i.message,
});

/** 999 or 277CA, from the first ST; anything else is refused in words. */
function kindOf(fileName: string, text: string): AcknowledgmentKind {
  const segments = parseSegments(text);
  const st = segments.find((s) => s.id === 'ST');
  const gs = segments.find((s) => s.id === 'GS');
  const set = st ? element(st, 1) : '';
  const guide = (st ? element(st, 3) : '') || (gs ? element(gs, 8) : '');
  if (set === '999') return '999';
  if (set === '277' && guide.includes('X214')) return '277CA';
  throw invalid(`${fileName} is not a 999 or 277CA acknowledgment; nothing was imported.`, [
    {
      path: `${fileName}: ${st ? `segment ${st.index} ST01` : 'ST'}`,
      code: 'not_an_acknowledgment',
      message:
        set === ''
          ? 'no ST transaction set header was found'
          : `the file holds a ${set}${guide ? ` (${guide})` : ''}; medbill imports 999 (005010X231A1) and 277CA (005010X214) here`,
    },
  ]);
}

/**
 * Imports a 999 or 277CA acknowledgment all-or-nothing and exactly once: the file's hash is
 * recorded in the same transaction as every change it makes, so a second import (even at the
 * same moment, from another connection) changes nothing, and a failure half-way (an
 * acknowledgment of a batch or transaction set we never sent) leaves no trace.
 */
export async function importAcknowledgment(
  db: Database,
  ctx: RequestContext,
  file: { name: string; text: string },
): Promise<AckImportResult> {
  const sha256 = createHash('sha256').update(file.text).digest('hex');
  const known = await findAcknowledgmentFile(db, ctx.orgId, sha256);
  if (known) return alreadyImported(known.id, known.kind);
  const kind = kindOf(file.name, file.text);
  const read =
    kind === '999'
      ? { kind: '999' as const, ...read999(file.text) }
      : { kind: '277CA' as const, ...read277ca(file.text) };
  const errors = read.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || read.acks.length === 0) {
    throw invalid(
      `${file.name} is not a valid ${kind}; nothing was imported.`,
      (errors.length > 0 ? errors : read.issues).slice(0, 50).map((i) => x12Problem(file.name, i)),
    );
  }
  try {
    return await db.transaction(async (tx) => {
      const fileId = await insertAcknowledgmentFile(tx, ctx.orgId, {
        kind,
        sha256,
        fileName: file.name,
        fileText: file.text,
        importedBy: ctx.actor.id,
      });
      const where = { fileId, fileName: file.name };
      const outcome =
        read.kind === '999'
          ? await apply999(tx, ctx, read.acks, where)
          : await apply277ca(tx, ctx, read.acks, where);
      return { alreadyImported: false, fileId, kind, ...outcome };
    });
  } catch (error) {
    // Another connection imported the same file first: that import counts, this one changes nothing.
    if (
      isDatabaseError(error, '23505') &&
      error.constraint === 'acknowledgment_files_org_id_sha256_key'
    ) {
      const winner = await findAcknowledgmentFile(db, ctx.orgId, sha256);
      if (winner) return alreadyImported(winner.id, winner.kind);
    }
    throw error;
  }
}

function alreadyImported(fileId: string, kind: AcknowledgmentKind): AckImportResult {
  return {
    alreadyImported: true,
    fileId,
    kind,
    transactions: [],
    claims: [],
    rejections: 0,
    unmatched: 0,
  };
}
