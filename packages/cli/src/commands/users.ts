import type { Command } from 'commander';
import { passwordProblems, ROLES } from '@medbill/core';
import type { Role } from '@medbill/core';
import { insertUser, listUsers } from '@medbill/db';
import { hashPassword } from '@medbill/server';
import { pickOrganization } from '../cli-context.ts';
import { loadConfig } from '../config.ts';
import { openAppDatabase } from '../open-app-database.ts';
import { report } from '../output.ts';
import { readSecret } from '../read-secret.ts';

function roleList(value: string): Role[] {
  const roles = value.split(',').map((r) => r.trim());
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) {
    throw new Error(`Unknown role ${unknown.join(', ')}: expected ${ROLES.join(', ')}.`);
  }
  return roles as Role[];
}

export function usersCommand(program: Command): void {
  const users = program.command('users').description('accounts that sign in to the workspace');

  users
    .command('add')
    .description('create an account; the password is read from the terminal (or one line of stdin)')
    .requiredOption('--email <address>', 'the sign-in address')
    .requiredOption('--name <name>', 'the person’s name')
    .requiredOption('--role <roles>', `comma-separated: ${ROLES.join(', ')}`)
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(
      async (options: {
        email: string;
        name: string;
        role: string;
        org?: string;
        json?: boolean;
      }) => {
        const roles = roleList(options.role);
        const password = await readSecret('Password (not shown): ');
        const problems = passwordProblems(password, options.email);
        if (problems.length > 0) {
          throw new Error(`The password ${problems.map((p) => p.message).join('; ')}.`);
        }
        const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
        try {
          const org = await pickOrganization(db, options.org);
          const user = await insertUser(db, org.id, {
            email: options.email,
            name: options.name,
            roles,
            passwordHash: await hashPassword(password),
          });
          report(Boolean(options.json), { id: user.id, email: user.email, roles: user.roles }, [
            `Created ${user.email} (${user.roles.join(', ')}) in ${org.name}.`,
          ]);
        } finally {
          await db.close();
        }
      },
    );

  users
    .command('list')
    .option('--org <slug>', 'the organization (default: the only one)')
    .option('--json', 'print the result as JSON')
    .action(async (options: { org?: string; json?: boolean }) => {
      const { db } = await openAppDatabase(loadConfig(process.env, process.cwd()));
      try {
        const org = await pickOrganization(db, options.org);
        const list = await listUsers(db, org.id);
        report(
          Boolean(options.json),
          list.map((u) => ({ id: u.id, email: u.email, name: u.name, roles: u.roles })),
          list.map((u) => `${u.email}\t${u.roles.join(',')}\t${u.disabled ? 'disabled' : ''}`),
        );
      } finally {
        await db.close();
      }
    });
}
