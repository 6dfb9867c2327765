/** Prints a command's result: JSON for machines with --json, plain lines for people otherwise. */
export function report(json: boolean, data: unknown, lines: readonly string[]): void {
  if (json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else for (const line of lines) process.stdout.write(`${line}\n`);
}
