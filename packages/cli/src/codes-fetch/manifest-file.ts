import { readFile } from 'node:fs/promises';
import type { ReleaseDownload } from '@medbill/codes';
import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lowercase hex');

const manifestSchema = z.array(
  z.object({
    system: z.enum(['icd10cm', 'hcpcs', 'pfs', 'mue', 'taxonomy']),
    release: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    page: z.url(),
    sha256: sha256.optional(),
    bytes: z.number().int().positive().optional(),
    members: z.record(z.string().min(1), sha256).optional(),
  }),
);

/**
 * A manifest of one's own (the same fields as the built-in one, as JSON): to pin releases, or
 * to add one published after this medbill was released.
 */
export async function readManifestFile(path: string): Promise<ReleaseDownload[]> {
  const parsed = manifestSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path} is not a release manifest:\n${lines.join('\n')}`);
  }
  return parsed.data.map(({ sha256: hash, bytes, members, ...entry }) => ({
    ...entry,
    ...(hash ? { sha256: hash } : {}),
    ...(bytes ? { bytes } : {}),
    ...(members ? { members } : {}),
  }));
}
