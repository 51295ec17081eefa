// The standalone emulator started with the example seed file (src/CognitoKit.Emulator/seed.example.json): clients in
// another language hard-code the seed's pool id, app client ids and secret, and users, and sign in with them.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetCredentialsForIdentityCommand, GetIdCommand } from '@aws-sdk/client-cognito-identity';
import { startEmulator } from './support/emulator.js';
import { root } from './support/dotnet.js';
import { authenticate, identityClient, idpClient, jsUser, jsUserPool } from './support/cognito.js';
import { totp } from './support/totp.js';

// The values the seed file declares.
const USER_POOL_ID = 'us-east-1_Example1';
const WEB_CLIENT_ID = 'examplewebclient000000001';
const SERVICE_CLIENT_ID = 'exampleserviceclient00001';
const SERVICE_CLIENT_SECRET = 'exampleservicesecret000000000000000000000001';
const IDENTITY_POOL_ID = 'us-east-1:00000000-0000-0000-0000-000000000001';
const PASSWORD = 'Example-Passw0rd';

let emulator;
before(async () => { emulator = await startEmulator(['--seed', join(root, 'src/CognitoKit.Emulator/seed.example.json')]); });
after(async () => { await emulator?.stop(); });

describe('a seeded emulator', () => {
  test('amazon-cognito-identity-js signs a seeded user in with SRP through the fixed client id; the ID token carries the seeded groups', async () => {
    const pool = jsUserPool(emulator.endpoint, { userPoolId: USER_POOL_ID, clientId: WEB_CLIENT_ID });

    const { session } = await authenticate(jsUser(pool, 'alice'), 'alice', PASSWORD);

    const claims = session.getIdToken().decodePayload();
    assert.equal(claims['cognito:username'], 'alice');
    assert.equal(claims.aud, WEB_CLIENT_ID);
    assert.equal(claims.iss, `${emulator.endpoint}${USER_POOL_ID}`);
    assert.deepEqual([...claims['cognito:groups']].sort(), ['admins', 'readers']);
    assert.equal(claims['custom:tenant'], 'acme');
  });

  test('a seeded TOTP secret answers the SOFTWARE_TOKEN_MFA challenge', async () => {
    const pool = jsUserPool(emulator.endpoint, { userPoolId: USER_POOL_ID, clientId: WEB_CLIENT_ID });
    const user = jsUser(pool, 'bob');

    const first = await authenticate(user, 'bob', PASSWORD);
    assert.equal(first.challenge, 'SOFTWARE_TOKEN_MFA');
    const session = await new Promise((resolve, reject) => user.sendMFACode(totp('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'), { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA'));

    assert.equal(session.getIdToken().decodePayload()['cognito:groups'][0], 'readers');
  });

  test('@aws-sdk/client-cognito-identity-provider signs in through the confidential client with the seeded secret', async () => {
    const secretHash = createHmac('sha256', SERVICE_CLIENT_SECRET).update(`alice${SERVICE_CLIENT_ID}`).digest('base64');

    const result = await idpClient(emulator.endpoint).send(new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: SERVICE_CLIENT_ID,
      AuthParameters: { USERNAME: 'alice', PASSWORD, SECRET_HASH: secretHash },
    }));

    const access = JSON.parse(Buffer.from(result.AuthenticationResult.AccessToken.split('.')[1], 'base64url').toString());
    assert.equal(access.client_id, SERVICE_CLIENT_ID);
    assert.deepEqual([...access['cognito:groups']].sort(), ['admins', 'readers']);
    // The seed gives this client 15-minute access tokens.
    assert.equal(result.AuthenticationResult.ExpiresIn, 900);
  });

  test('@aws-sdk/client-cognito-identity gets AWS credentials from the seeded identity pool with a seeded user\'s ID token', async () => {
    const pool = jsUserPool(emulator.endpoint, { userPoolId: USER_POOL_ID, clientId: WEB_CLIENT_ID });
    const { session } = await authenticate(jsUser(pool, 'alice'), 'alice', PASSWORD);
    const identity = identityClient(emulator.endpoint);
    const Logins = { [`cognito-idp.us-east-1.amazonaws.com/${USER_POOL_ID}`]: session.getIdToken().getJwtToken() };

    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: IDENTITY_POOL_ID, Logins }));
    const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins }));

    assert.ok(IdentityId.startsWith('us-east-1:'));
    assert.match(Credentials.AccessKeyId, /^ASIA/);
    assert.ok(Credentials.SecretKey.length > 0);
  });
});
