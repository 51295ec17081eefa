// Times aws-jwt-verify's CognitoJwtVerifier.verifySync on one Cognito access token, for the token-validation benchmark.
// Launched by the benchmark harness (bench/CognitoKit.Benchmarks, TokenValidationNodeRow.cs) with a JSON file holding the
// token, the JWKS, the user pool id and the app client id (TokenValidationFixture, PascalCase): the same token, key and checks as the .NET rows.
//
// aws-jwt-verify is the version pinned by tests/interop/package.json (installed there for the differential test), loaded
// from that folder so there is one pinned install. The timer is node's own (process.hrtime), not BenchmarkDotNet's:
// warm-up, then ROUNDS rounds of BATCH verifications, and one JSON line with the median, min and max round in µs/token.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const interop = join(here, '..', '..', '..', 'tests', 'interop');
const require = createRequire(join(interop, 'package.json'));
const { CognitoJwtVerifier } = require('aws-jwt-verify');
const version = JSON.parse(readFileSync(join(interop, 'node_modules', 'aws-jwt-verify', 'package.json'), 'utf8')).version;
const pinned = JSON.parse(readFileSync(join(interop, 'package.json'), 'utf8')).dependencies['aws-jwt-verify'];
if (version !== pinned) {
  throw new Error(`aws-jwt-verify ${version} is installed but tests/interop/package.json pins ${pinned}: run npm ci in tests/interop.`);
}

const fixture = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const WARMUP = Number(process.env.WARMUP ?? 5000);
const ROUNDS = Number(process.env.ROUNDS ?? 15);
const BATCH = Number(process.env.BATCH ?? 2000);

// The checks of the .NET rows: issuer (from the pool id), token_use access, client_id, exp (no grace), RS256 signature.
const verifier = CognitoJwtVerifier.create({ userPoolId: fixture.UserPoolId, tokenUse: 'access', clientId: fixture.ClientId });
verifier.cacheJwks(JSON.parse(fixture.Jwks));

const token = fixture.Token;
verifier.verifySync(token); // throws if the token is refused, so a broken fixture never yields a figure
for (let i = 0; i < WARMUP; i++) verifier.verifySync(token);

const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < BATCH; i++) verifier.verifySync(token);
  const elapsed = process.hrtime.bigint() - start;
  rounds.push(Number(elapsed) / 1000 / BATCH);
}

rounds.sort((a, b) => a - b);
const median = rounds[Math.floor(rounds.length / 2)];
process.stdout.write(JSON.stringify({
  library: 'aws-jwt-verify', version, node: process.version,
  medianMicroseconds: median, minMicroseconds: rounds[0], maxMicroseconds: rounds[rounds.length - 1],
  rounds: ROUNDS, batch: BATCH, warmup: WARMUP,
}) + '\n');
