import { z } from 'zod';
import { invalid, notFound, passwordProblems, ROLES } from '@medbill/core';
import type { Database } from '@medbill/db';
import { deleteUserSessions, findUser, insertUser, listUsers, updateUser } from '@medbill/db';
import type { ApiApp } from '../api-app.ts';
import { audit, idParams } from '../api-app.ts';
import { hashPassword } from '../auth/passwords.ts';
import { assignableUsers } from '../services/assignees.ts';
import { toUserView, userView } from './auth.ts';

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

async function checkedPasswordHash(password: string, email: string): Promise<string> {
  const problems = passwordProblems(password, email);
  if (problems.length > 0) throw invalid('The password is too weak; nothing was saved.', problems);
  return hashPassword(password);
}

/**
 * Account administration: admins only (`users:admin`); and, for anyone who reads the work
 * queues, the colleagues an item can be assigned to.
 */
export function userRoutes(app: ApiApp, db: Database): void {
  app.get(
    '/users/assignable',
    {
      config: { permission: 'claims:read' },
      schema: {
        tags: ['Accounts'],
        summary:
          'Colleagues in this organization who can work the queues (active accounts that may act on claims): id and name only',
        response: {
          200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) }),
        },
      },
    },
    async (request) => ({ items: await assignableUsers(db, request.ctx.orgId) }),
  );

  app.get(
    '/users',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['Accounts'],
        summary: 'Accounts of this organization',
        response: { 200: z.object({ items: z.array(userView) }) },
      },
    },
    async (request) => ({ items: (await listUsers(db, request.ctx.orgId)).map(toUserView) }),
  );

  app.post(
    '/users',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['Accounts'],
        summary: 'Create an account (password policy: 12+ characters, not a common password)',
        body: z.object({
          email: z.email().max(254).toLowerCase(),
          name: z.string().trim().min(1).max(100),
          roles,
          password: z.string().max(1024),
          providerId: z.uuid().optional(),
        }),
        response: { 201: userView },
      },
    },
    async (request, reply) => {
      const { password, ...account } = request.body;
      const user = await insertUser(db, request.ctx.orgId, {
        ...account,
        passwordHash: await checkedPasswordHash(password, account.email),
      });
      await audit(db, request.ctx, { action: 'create', entity: 'user', entityId: user.id });
      return reply.status(201).send(toUserView(user));
    },
  );

  app.patch(
    '/users/:id',
    {
      config: { permission: 'users:admin' },
      schema: {
        tags: ['Accounts'],
        summary: 'Change roles, name or password, disable, or unlock an account',
        params: idParams,
        body: z.object({
          name: z.string().trim().min(1).max(100).optional(),
          roles: roles.optional(),
          disabled: z.boolean().optional(),
          password: z.string().max(1024).optional(),
          unlock: z.literal(true).optional(),
        }),
        response: { 200: userView },
      },
    },
    async (request) => {
      const { orgId, actor } = request.ctx;
      const { id } = request.params;
      const existing = await findUser(db, orgId, id);
      if (!existing) throw notFound('account', id);
      const body = request.body;
      if (
        id === actor.id &&
        (body.disabled === true || (body.roles && !body.roles.includes('admin')))
      ) {
        throw invalid('You cannot disable your own account or take away your own admin role.', [
          { path: body.disabled === true ? 'disabled' : 'roles', message: 'is your own account' },
        ]);
      }
      const user = await updateUser(db, orgId, id, {
        name: body.name,
        roles: body.roles,
        disabled: body.disabled,
        unlock: body.unlock,
        passwordHash:
          body.password === undefined
            ? undefined
            : await checkedPasswordHash(body.password, existing.email),
      });
      if (!user) throw notFound('account', id);
      if (body.disabled === true || body.password !== undefined || body.roles) {
        await deleteUserSessions(db, orgId, id);
      }
      await audit(db, request.ctx, { action: 'update', entity: 'user', entityId: id });
      return toUserView(user);
    },
  );
}
