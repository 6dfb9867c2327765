// The `medbill` command's entry. It loads nothing but node:module before turning on Node's
// compile cache, so that the ~1,200 modules behind a command (about 470 of them TypeScript) are
// read from the cache, already stripped of types and compiled, instead of being stripped and
// compiled again at every start: about half a second of CPU on the 2-core machine (see
// BENCHMARKS.md, "Server start"). The cache lives in NODE_COMPILE_CACHE or the system's temporary
// folder, is keyed by each file's content, and NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { enableCompileCache } from 'node:module';

enableCompileCache();

/** Runs the command line; the program is loaded after the compile cache is on. */
export async function runCli(argv: readonly string[]): Promise<void> {
  const program = await import('./program.ts');
  await program.runCli(argv);
}

if (import.meta.main) await runCli(process.argv);
