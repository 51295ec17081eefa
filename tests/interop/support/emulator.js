// Builds (when needed) and starts the standalone CognitoKit emulator, and stops it again.
// A missing or broken emulator makes the suite fail: nothing here skips.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const project = join(root, 'src/CognitoKit.Emulator');
const builtDll = join(project, 'bin/Release/net10.0/CognitoKit.Emulator.dll');
const sources = [join(root, 'src/CognitoKit.Emulator'), join(root, 'src/CognitoKit.Testing')];
const startTimeoutMs = 60_000;

function newestSourceTime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'bin' || entry.name === 'obj') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds the emulator in Release when there is no build, or when a source is newer than it. */
function ensureBuilt() {
  const stale = !existsSync(builtDll) || Math.max(...sources.map(newestSourceTime)) > statSync(builtDll).mtimeMs;
  if (!stale) return;
  // The machine's builds share one lock (concurrent builds corrupt obj/); flock is absent on some systems.
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const command = hasFlock ? 'flock' : 'dotnet';
  const args = [...(hasFlock ? ['/tmp/ck-build.lock', 'dotnet'] : []), 'build', join(project, 'CognitoKit.Emulator.csproj'), '-c', 'Release', '-nologo', '-v', 'q'];
  const build = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 600_000 });
  if (build.status !== 0) {
    throw new Error(`Building the emulator failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
}

/**
 * Starts the emulator on a free port. Resolves to { endpoint, stop() } once it prints its address.
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>}
 */
export async function startEmulator() {
  ensureBuilt();
  const child = spawn('dotnet', ['run', '--project', project, '-c', 'Release', '--no-build', '--', '--port', '0'], {
    cwd: root,
    detached: true, // its own process group, so stop() ends `dotnet run` and the emulator it started
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const endpoint = await new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`The emulator did not start within ${startTimeoutMs} ms. Output:\n${output}`)), startTimeoutMs);
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[0] + '/');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    endpoint,
    stop: () => new Promise((resolveStop) => {
      if (child.exitCode !== null) return resolveStop();
      child.once('exit', () => resolveStop());
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        resolveStop();
      }
    }),
  };
}
