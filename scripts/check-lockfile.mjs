// Compares the committed package-lock.json with the one `npm install` left behind, and fails on real drift only.
//
// The registry's set of other-platform optional binaries (@rollup/rollup-*, @turbo/*, @esbuild/*) changes over
// time: npm adds an entry when the registry starts serving one and cannot keep one it no longer serves. Such
// entries (optional, tied to an os or cpu) may come and go. Anything else is drift and fails CI: a package
// added or removed, or a changed version, integrity, resolved address or dependency list.
//
// Usage: node scripts/check-lockfile.mjs <committed-lockfile> [<installed-lockfile>]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A binary for one platform that npm installs only where it fits. */
const isPlatformBinary = (entry) => entry.optional === true && (Array.isArray(entry.os) || Array.isArray(entry.cpu));

const COMPARED_FIELDS = ['version', 'integrity', 'resolved', 'link', 'dependencies', 'optionalDependencies', 'peerDependencies'];

/**
 * The differences between two lockfiles (parsed) that count as drift, and the platform binaries that
 * only the registry's offer changed.
 */
export function lockfileDrift(committedLock, installedLock) {
  const committed = committedLock.packages ?? {};
  const installed = installedLock.packages ?? {};
  const problems = [];
  const ignored = [];
  for (const path of new Set([...Object.keys(committed), ...Object.keys(installed)])) {
    const before = committed[path];
    const after = installed[path];
    if (!before || !after) {
      const entry = before ?? after;
      const change = before ? 'removed' : 'added';
      if (isPlatformBinary(entry)) ignored.push(`${change} ${path}@${entry.version}`);
      else problems.push(`${path || '(root)'}: ${change} by npm install`);
      continue;
    }
    for (const field of COMPARED_FIELDS) {
      const a = JSON.stringify(before[field]);
      const b = JSON.stringify(after[field]);
      if (a !== b) problems.push(`${path || '(root)'}: ${field} ${a ?? 'unset'} → ${b ?? 'unset'}`);
    }
  }
  return { problems, ignored };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [committedPath, installedPath = 'package-lock.json'] = process.argv.slice(2);
  if (!committedPath) {
    console.error('usage: node scripts/check-lockfile.mjs <committed-lockfile> [<installed-lockfile>]');
    process.exit(2);
  }
  const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const { problems, ignored } = lockfileDrift(read(committedPath), read(installedPath));
  if (ignored.length > 0) {
    console.log(`lockfile: ${ignored.length} other-platform optional binaries differ from what the registry serves today (ignored)`);
  }
  if (problems.length > 0) {
    console.error(`lockfile drift: npm install changed ${problems.length} entries of the committed package-lock.json.`);
    for (const problem of problems.slice(0, 50)) console.error(`  ${problem}`);
    console.error('Run npm install, review the change and commit package-lock.json.');
    process.exit(1);
  }
  console.log('lockfile: no drift');
}
