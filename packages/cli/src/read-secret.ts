import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline';

/**
 * A secret from the terminal without echo, or the first line of stdin when it is piped
 * (`printf '%s\n' "$PASSWORD" | medbill users add …`).
 */
export async function readSecret(prompt: string): Promise<string> {
  if (!stdin.isTTY) {
    const lines = createInterface({ input: stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    throw new Error('Expected the password on stdin.');
  }
  stdout.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  let secret = '';
  try {
    for await (const chunk of stdin) {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return secret;
        if (char === '\u0003') throw new Error('Cancelled.');
        secret = char === '\u007f' ? secret.slice(0, -1) : secret + char;
      }
    }
    return secret;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    stdout.write('\n');
  }
}
