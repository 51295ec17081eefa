// Builds (when needed) and starts the standalone CognitoKit emulator, and stops it again.
// A missing or broken emulator makes the suite fail: nothing here skips.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './dotnet.js';

const project = join(root, 'src/CognitoKit.Emulator');
const startTimeoutMs = 60_000;

/**
 * Starts the emulator on a free port. Resolves to { endpoint, stop() } once it prints its address.
 * @param {string[] | { env?: Record<string, string> }} args more command-line options, such as ['--seed', file]; or
 *   the options alone
 * @param {{ env?: Record<string, string> }} options extra environment variables for the emulator process
 * @returns {Promise<{ endpoint: string, stop: () => Promise<void> }>}
 */
export async function startEmulator(args = [], options = {}) {
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  const env = options.env ?? {};
  ensureBuilt({
    csproj: 'src/CognitoKit.Emulator/CognitoKit.Emulator.csproj',
    builtDll: 'src/CognitoKit.Emulator/bin/Release/net10.0/CognitoKit.Emulator.dll',
    sourceDirs: ['src/CognitoKit.Emulator', 'src/CognitoKit.Testing'],
  });
  const child = spawn('dotnet', ['run', '--project', project, '-c', 'Release', '--no-build', '--', '--port', '0', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
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
