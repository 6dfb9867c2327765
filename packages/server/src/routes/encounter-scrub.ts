import { encounterInput } from '@medbill/core';
import type { ScrubIssue } from '@medbill/core';
import type { Database } from '@medbill/db';
import { scrubIssuesFor } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { buildClaimsFor } from '../services/claim-building.ts';
import type { ClaimBuildResult } from '../services/claim-building.ts';
import type { ScrubOptions } from '../services/claim-scrubbing.ts';
import { saveEncounter } from '../services/encounter-saving.ts';

interface ScrubPreview {
  readonly claims: { readonly payerId: string; readonly issues: ScrubIssue[] }[];
  readonly skipped: ClaimBuildResult['skipped'];
}

/** Carries the preview out of the transaction it rolls back. */
class PreviewDone extends Error {
  readonly preview: ScrubPreview;
  constructor(preview: ScrubPreview) {
    super('scrub preview rolled back');
    this.preview = preview;
  }
}

/**
 * The coding workbench's live scrubber: the encounter as the coder has it on screen, billed
 * and scrubbed exactly as `POST /claims/build` would, inside a transaction that is always
 * rolled back. Nothing is saved; only claim numbers drawn from the sequence are spent.
 */
export function encounterScrubRoutes(app: ApiApp, db: Database, scrub: ScrubOptions): void {
  app.post(
    '/encounters/:id/scrub-preview',
    {
      config: { permission: 'encounters:read' },
      schema: {
        tags: ['Encounters'],
        summary:
          'Scrub an encounter as edited (not saved): the findings its claims would get, saving nothing',
        params: idParams,
        body: encounterInput,
      },
    },
    async (request) => {
      const { ctx, params, body } = request;
      const preview = await rolledBack(() =>
        db.transaction(async (tx) => {
          await saveEncounter(tx, ctx.orgId, body, params.id);
          const built = await buildClaimsFor(tx, ctx, [params.id], scrub);
          const claims = await Promise.all(
            built.claims.map(async (claim) => ({
              payerId: claim.payerId,
              issues: await scrubIssuesFor(tx, ctx.orgId, claim.id),
            })),
          );
          // A self-pay visit makes no claim: say so, rather than show a clean scrub.
          const selfPay = built.selfPay.map((visit) => ({
            encounterId: visit.encounterId,
            reason:
              'self-pay: no coverage in force on the date of service, so no claim to scrub; the visit is charged to the patient',
          }));
          throw new PreviewDone({ claims, skipped: [...built.skipped, ...selfPay] });
        }),
      );
      await audit(db, ctx, {
        action: 'read',
        entity: 'encounter',
        entityId: params.id,
        patientId: body.patientId,
      });
      return preview;
    },
  );
}

async function rolledBack(run: () => Promise<unknown>): Promise<ScrubPreview> {
  try {
    await run();
  } catch (error) {
    if (error instanceof PreviewDone) return error.preview;
    throw error;
  }
  throw new Error('the scrub preview transaction must roll back');
}
