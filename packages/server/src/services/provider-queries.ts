import { conflict, notFound } from '@medbill/core';
import type { Queryable, ProviderQuery } from '@medbill/db';
import {
  answerProviderQuery,
  getEncounter,
  insertProviderQuery,
  lockProviderQuery,
  openQueriesOnEncounter,
  setEncounterStatus,
} from '@medbill/db';
import type { RequestContext } from '../request-context.ts';
import { ownEncountersScope } from '../request-context.ts';

/**
 * A coder asks the rendering provider about the documentation; the encounter is held so that no
 * claim is built from it until the provider answers.
 */
export async function askProvider(
  tx: Queryable,
  ctx: RequestContext,
  encounterId: string,
  question: string,
): Promise<ProviderQuery> {
  const encounter = await getEncounter(tx, ctx.orgId, encounterId);
  if (!encounter) throw notFound('encounter', encounterId);
  if (encounter.status === 'billed') {
    throw conflict(
      'This encounter is already billed: query the provider, then send a corrected claim.',
    );
  }
  const held = await openQueriesOnEncounter(tx, ctx.orgId, encounterId);
  const statusBeforeHold =
    held > 0 || encounter.status === 'on_hold'
      ? await statusBefore(tx, ctx, encounterId)
      : encounter.status;
  const query = await insertProviderQuery(tx, ctx.orgId, {
    encounterId,
    providerId: encounter.renderingProviderId,
    question,
    askedBy: ctx.actor.name,
    statusBeforeHold,
  });
  await setEncounterStatus(tx, ctx.orgId, encounterId, 'on_hold');
  return query;
}

/** The provider answers; when no question on the encounter is left open, the hold is lifted. */
export async function answerProvider(
  tx: Queryable,
  ctx: RequestContext,
  queryId: string,
  answer: string,
): Promise<ProviderQuery> {
  const query = await lockProviderQuery(tx, ctx.orgId, queryId);
  const scope = ownEncountersScope(ctx);
  if (!query || (scope !== undefined && query.providerId !== scope)) {
    throw notFound('provider query', queryId);
  }
  if (query.answeredAt !== null) {
    throw conflict(`This question was answered by ${query.answeredBy ?? 'someone'} already.`);
  }
  const answered = await answerProviderQuery(tx, ctx.orgId, queryId, {
    text: answer,
    by: ctx.actor.name,
  });
  if ((await openQueriesOnEncounter(tx, ctx.orgId, query.encounterId)) === 0) {
    await setEncounterStatus(tx, ctx.orgId, query.encounterId, query.statusBeforeHold);
  }
  return answered;
}

/** A second question on a held encounter keeps the status the first one saved. */
async function statusBefore(
  tx: Queryable,
  ctx: RequestContext,
  encounterId: string,
): Promise<ProviderQuery['statusBeforeHold']> {
  const rows = await tx.query<{ status_before_hold: ProviderQuery['statusBeforeHold'] }>(
    `select status_before_hold from provider_queries where org_id = $1 and encounter_id = $2
     order by seq limit 1`,
    [ctx.orgId, encounterId],
  );
  return rows[0]?.status_before_hold ?? 'open';
}
