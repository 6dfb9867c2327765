import { Command, CommanderError } from 'commander';
import { MedbillError } from '@medbill/core';
import { ackCommand } from './commands/ack.ts';
import { auditCommand } from './commands/audit.ts';
import { claimsCommand } from './commands/claims.ts';
import { codesCommand } from './commands/codes.ts';
import { demoCommand } from './commands/demo.ts';
import { eraCommand } from './commands/era.ts';
import { migrateCommand } from './commands/migrate.ts';
import { orgCommand } from './commands/org.ts';
import { scrubCommand } from './commands/scrub.ts';
import { serveCommands } from './commands/serve.ts';
import { usersCommand } from './commands/users.ts';
import { x12Command } from './commands/x12.ts';
import { VERSION } from './version.ts';

export function buildProgram(): Command {
  const program = new Command('medbill')
    .description('medbill: medical billing and coding')
    .version(VERSION)
    .showHelpAfterError();
  serveCommands(program);
  migrateCommand(program);
  demoCommand(program);
  orgCommand(program);
  usersCommand(program);
  auditCommand(program);
  claimsCommand(program);
  x12Command(program);
  codesCommand(program);
  eraCommand(program);
  ackCommand(program);
  scrubCommand(program);
  return program;
}

export async function runCli(argv: readonly string[]): Promise<void> {
  // Output piped into `head` may close early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    const message =
      error instanceof MedbillError || error instanceof Error ? error.message : String(error);
    console.error(`medbill: ${message}`);
    if (error instanceof MedbillError)
      for (const p of error.problems) console.error(`  ${p.path}: ${p.message}`);
    process.exit(1);
  }
}
