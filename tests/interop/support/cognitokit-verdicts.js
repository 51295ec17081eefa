// Asks CognitoKit for its verdict on every token of a corpus, through the conformance runner's `jwt-verdicts`
// command (tests/CognitoKit.Conformance), which validates with CognitoKit's public validator API.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureBuilt, root } from './dotnet.js';

/**
 * Runs `jwt-verdicts <corpusFile>` and returns one { verdict, message } per token, in order.
 * Throws when the runner cannot be built or run, or answers for a different number of tokens.
 */
export function cognitoKitVerdicts(corpusFile, expectedCount) {
  ensureBuilt({
    csproj: 'tests/CognitoKit.Conformance/CognitoKit.Conformance.csproj',
    builtDll: 'tests/CognitoKit.Conformance/bin/Release/net10.0/CognitoKit.Conformance.dll',
    sourceDirs: ['tests/CognitoKit.Conformance', 'src/CognitoKit'],
  });
  const run = spawnSync(
    'dotnet',
    ['run', '--project', join(root, 'tests/CognitoKit.Conformance'), '-c', 'Release', '--no-build', '--', 'jwt-verdicts', corpusFile],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 300_000 },
  );
  const lines = (run.stdout ?? '').split('\n').filter(Boolean);
  const summary = lines.pop();
  if (run.error || summary !== `${expectedCount} verdicts`) {
    throw new Error(`jwt-verdicts failed (exit ${run.status}, ${run.error ?? 'no spawn error'}):\n${(run.stdout ?? '').slice(-2000)}\n${run.stderr}`);
  }
  return lines.map((line, index) => {
    const [at, verdict, message] = line.split('\t');
    if (Number(at) !== index) throw new Error(`jwt-verdicts answered out of order at line ${index}: ${line}`);
    return { verdict, message };
  });
}
