import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = new URL('../../../shared/', import.meta.url);

/**
 * The tests read the project's own copies under fixtures/, so the repository
 * is testable on its own; shared/ (the documents the project is built from)
 * only vouches that a copy is still faithful. CI clones shared/ beside the
 * repository and sets REQUIRE_SHARED (.ci/run): there a missing shared/ is a
 * failure. Elsewhere the check is skipped, visibly and with the reason, never
 * passed.
 */
export function itIsFaithfulCopyOfShared(copy: string, sharedPath: string): void {
  const shared = fileURLToPath(new URL(sharedPath, SHARED));
  const isPresent = existsSync(shared);
  const isSkipped = !isPresent && !process.env.REQUIRE_SHARED;
  it.skipIf(isSkipped)(`${copy.slice(ROOT.length)} is a faithful copy of shared/${sharedPath}${isSkipped ? ` (skipped: no ${shared})` : ''}`, () => {
    expect(isPresent, `${shared} is missing, and REQUIRE_SHARED is set: CI clones shared/ beside the repository`).toBe(true);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
}
