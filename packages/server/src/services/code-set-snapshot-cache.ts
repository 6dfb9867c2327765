import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

const SUFFIX = '.mbcs';

/**
 * A copy of the newest code-set snapshot in the data folder, named by its SHA-256, so that a
 * start reads it from disk instead of pulling the bytes out of the database (a few hundredths
 * of a second against half a second or more for the embedded database). The copy is kept
 * inflated, so a start does not gunzip it either, with a CRC-32 at its end that is checked on
 * every read. The database stays the source of truth: a missing or damaged copy is fetched again.
 */
export class SnapshotFileCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The cached (inflated) snapshot with this SHA-256; undefined when absent or damaged. */
  async read(sha256: string): Promise<Uint8Array | undefined> {
    let file: Buffer;
    try {
      file = await readFile(this.#path(sha256));
    } catch {
      return undefined;
    }
    if (file.byteLength < 4) return undefined;
    const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength - 4);
    return crc32(bytes) === file.readUInt32BE(file.byteLength - 4) ? bytes : undefined;
  }

  /** Keeps this (inflated) snapshot, written whole then renamed into place, and drops older ones. */
  async write(sha256: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const partial = `${this.#path(sha256)}.${process.pid}.partial`;
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc32(bytes));
    await writeFile(partial, Buffer.concat([bytes, check]));
    await rename(partial, this.#path(sha256));
    for (const name of await readdir(this.#dir)) {
      if (name.endsWith(SUFFIX) && name !== `${sha256}${SUFFIX}`)
        await rm(join(this.#dir, name), { force: true });
    }
  }

  /**
   * The newest cached snapshot and its SHA-256 (from its name), whichever it is, for a start to
   * read before it knows from the database which one is current; undefined when there is none.
   */
  async readNewest(): Promise<{ sha256: string; bytes: Uint8Array } | undefined> {
    let names: string[];
    try {
      names = (await readdir(this.#dir)).filter((name) => /^[0-9a-f]{64}\.mbcs$/.test(name));
    } catch {
      return undefined;
    }
    // `write` keeps one copy; should a crash have left two, the newest was renamed in last.
    const dated = await Promise.all(
      names.map(async (name) => ({ name, at: (await stat(join(this.#dir, name))).mtimeMs })),
    );
    const newest = dated.sort((a, b) => b.at - a.at)[0];
    if (!newest) return undefined;
    const sha256 = newest.name.slice(0, -SUFFIX.length);
    const bytes = await this.read(sha256);
    return bytes ? { sha256, bytes } : undefined;
  }

  async forget(sha256: string): Promise<void> {
    await rm(this.#path(sha256), { force: true });
  }

  #path(sha256: string): string {
    return join(this.#dir, `${sha256}${SUFFIX}`);
  }
}
