// Builds a .NET project of this repository in Release when its build is missing or older than its sources, the way
// eng/test.sh would have built it, so the interop suite also runs on its own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'obj') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds `csproj` (relative to the root) in Release when `builtDll` is missing or a file under `sourceDirs` is newer.
 * Throws with the build output when the build fails.
 */
export function ensureBuilt({ csproj, builtDll, sourceDirs }) {
  const dll = join(root, builtDll);
  const stale = !existsSync(dll) || Math.max(...sourceDirs.map((d) => newestSourceTime(join(root, d)))) > statSync(dll).mtimeMs;
  if (!stale) return;
  // The machine's builds share one lock (concurrent builds corrupt obj/); flock is absent on some systems.
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const command = hasFlock ? 'flock' : 'dotnet';
  const args = [...(hasFlock ? [join(tmpdir(), 'ck-build.lock'), 'dotnet'] : []), 'build', join(root, csproj), '-c', 'Release', '-nologo', '-v', 'q'];
  const build = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 600_000 });
  if (build.status !== 0) {
    throw new Error(`Building ${csproj} failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}
