// One sequential client against a Cognito-compatible endpoint: creates a pool, an app client and users, then measures
// USER_PASSWORD_AUTH sign-ins per second and token validation round trips per second (GetUser with an access token,
// which the server must accept) at growing user counts. Raw fetch, no SDK: the same bytes go to every server.
// With the server's process id, it also reports the server's CPU time per call (from /proc, 10 ms ticks), which a loaded
// machine disturbs far less than calls per second; with --srp, USER_SRP_AUTH sign-ins through amazon-cognito-identity-js
// (from tests/interop's node_modules) too, for servers that have SRP.
// Usage: node client.mjs <endpoint> <label> <tiers, e.g. 1,500,2000> <calls per measurement> [server pid] [--srp]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [endpoint, label, tiersArg = '1,500,2000', callsArg = '200', pidArg, srpFlag] = process.argv.slice(2);
const tiers = tiersArg.split(',').map(Number);
const calls = Number(callsArg);
const password = 'Passw0rd!x1';
const pid = pidArg ? Number(pidArg) : null;

/** The server's user + system CPU seconds so far. */
function serverCpu() {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function call(operation, body) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
      // Neither server checks admin signatures; a header of the right shape stands in for SigV4.
      authorization: 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261206/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=00',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${label} ${operation}: HTTP ${response.status} ${text}`);
  return text.length ? JSON.parse(text) : {};
}

// An explicit empty list: cognito-local's defaults would otherwise make the email the user name.
const pool = (await call('CreateUserPool', { PoolName: 'throughput', UsernameAttributes: [] })).UserPool.Id;
const clientId = (await call('CreateUserPoolClient', {
  UserPoolId: pool,
  ClientName: 'app',
  ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
})).UserPoolClient.ClientId;

let users = 0;
async function addUsersUpTo(count) {
  const started = performance.now();
  const before = users;
  while (users < count) {
    const name = `user${users}`;
    await call('AdminCreateUser', { UserPoolId: pool, Username: name, MessageAction: 'SUPPRESS', TemporaryPassword: password });
    await call('AdminSetUserPassword', { UserPoolId: pool, Username: name, Password: password, Permanent: true });
    users++;
  }
  return users > before ? (users - before) / ((performance.now() - started) / 1000) : null;
}

const signIn = (i) => call('InitiateAuth', {
  AuthFlow: 'USER_PASSWORD_AUTH',
  ClientId: clientId,
  AuthParameters: { USERNAME: `user${i % users}`, PASSWORD: password },
});

/** Calls per second, and the server's CPU milliseconds per call. */
async function measure(n, action) {
  const cpu = serverCpu();
  const started = performance.now();
  for (let i = 0; i < n; i++) await action(i);
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: Math.round((n / seconds) * 10) / 10, serverCpuMs: pid ? Math.round(((serverCpu() - cpu) * 1000 / n) * 100) / 100 : null };
}

for (const tier of tiers) {
  const usersCreatedPerSecond = await addUsersUpTo(tier);
  await measure(20, signIn); // warm-up, not counted
  const signIns = await measure(calls, signIn);
  const tokens = [];
  for (let i = 0; i < 20; i++) tokens.push((await signIn(i)).AuthenticationResult.AccessToken);
  const getUser = (i) => call('GetUser', { AccessToken: tokens[i % tokens.length] });
  await measure(20, getUser);
  const validations = await measure(calls, getUser);
  const line = {
    server: label,
    users,
    signInsPerSecond: signIns.perSecond,
    signInServerCpuMs: signIns.serverCpuMs,
    validationRoundTripsPerSecond: validations.perSecond,
    validationServerCpuMs: validations.serverCpuMs,
    usersCreatedPerSecond: usersCreatedPerSecond === null ? null : Math.round(usersCreatedPerSecond * 10) / 10,
  };
  if (srpFlag === '--srp') {
    const srp = await measureSrp(Math.max(10, Math.floor(calls / 5)));
    line.srpSignInsPerSecond = srp.perSecond;
    line.srpSignInServerCpuMs = srp.serverCpuMs;
  }

  console.log(JSON.stringify(line));
}

async function measureSrp(n) {
  const require = createRequire(new URL('../../tests/interop/package.json', import.meta.url));
  const { AuthenticationDetails, CognitoUser, CognitoUserPool } = require('amazon-cognito-identity-js');
  const userPool = new CognitoUserPool({ UserPoolId: pool, ClientId: clientId, endpoint });
  const srpSignIn = (i) => new Promise((resolve, reject) => {
    const username = `user${i % users}`;
    new CognitoUser({ Username: username, Pool: userPool }).authenticateUser(
      new AuthenticationDetails({ Username: username, Password: password }),
      { onSuccess: resolve, onFailure: reject });
  });
  await measure(3, srpSignIn);
  return measure(n, srpSignIn);
}
