// @aws-sdk/client-cognito-identity (AWS SDK for JavaScript v3) against the emulator: identities and credentials.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { startEmulator } from './support/emulator.js';
import { PASSWORD, createConfirmedUser, createUserPool, identityClient, uniqueName } from './support/cognito.js';

const AUTHENTICATED_ROLE = 'arn:aws:iam::123456789012:role/interop-signed-in';
const UNAUTHENTICATED_ROLE = 'arn:aws:iam::123456789012:role/interop-guest';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator?.stop(); });

/** A user pool with a confirmed user, and an identity pool that trusts its client and lets guests in. */
async function setUp() {
  const userPool = await createUserPool(emulator.endpoint);
  const username = await createConfirmedUser(userPool);
  const providerName = `${new URL(emulator.endpoint).host}/${userPool.userPoolId}`;
  const identity = identityClient(emulator.endpoint);
  const pool = await identity.send(new CreateIdentityPoolCommand({
    IdentityPoolName: uniqueName('interop_identities'),
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: providerName, ClientId: userPool.clientId }],
  }));
  await identity.send(new SetIdentityPoolRolesCommand({
    IdentityPoolId: pool.IdentityPoolId,
    Roles: { authenticated: AUTHENTICATED_ROLE, unauthenticated: UNAUTHENTICATED_ROLE },
  }));
  const signIn = await userPool.idp.send(new InitiateAuthCommand({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: userPool.clientId,
    AuthParameters: { USERNAME: username, PASSWORD },
  }));
  return { identity, identityPoolId: pool.IdentityPoolId, logins: { [providerName]: signIn.AuthenticationResult.IdToken } };
}

function assertCredentials(credentials) {
  assert.match(credentials.AccessKeyId, /^ASIA[A-Z0-9]{16}$/);
  assert.equal(credentials.SecretKey.length, 40);
  assert.ok(credentials.SessionToken.length > 0);
  assert.ok(credentials.Expiration instanceof Date, 'the SDK parsed Expiration (epoch seconds) into a Date');
  const minutes = (credentials.Expiration.getTime() - Date.now()) / 60_000;
  assert.ok(minutes > 55 && minutes <= 61, `expires in about an hour, not ${minutes} minutes`);
}

describe('GetId and GetCredentialsForIdentity', () => {
  test('as a signed-in user: a stable identity and credentials', async () => {
    const { identity, identityPoolId, logins } = await setUp();

    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: logins }));
    const again = await identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: logins }));
    const result = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId, Logins: logins }));

    assert.match(IdentityId, /^us-east-1:[0-9a-f-]{36}$/);
    assert.equal(again.IdentityId, IdentityId);
    assert.equal(result.IdentityId, IdentityId);
    assertCredentials(result.Credentials);
  });

  test('as a guest: an identity and credentials without logins', async () => {
    const { identity, identityPoolId } = await setUp();

    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId }));
    const result = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId }));

    assert.equal(result.IdentityId, IdentityId);
    assertCredentials(result.Credentials);
  });

  test('a tampered login token is refused with NotAuthorizedException', async () => {
    const { identity, identityPoolId, logins } = await setUp();
    const [provider, token] = Object.entries(logins)[0];
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims.sub = '00000000-0000-0000-0000-000000000000';
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;

    await assert.rejects(identity.send(new GetIdCommand({ IdentityPoolId: identityPoolId, Logins: { [provider]: forged } })), (error) => {
      assert.equal(error.name, 'NotAuthorizedException');
      assert.match(error.message, /^Invalid login token\./);
      return true;
    });
  });

  test('an unknown identity pool gives ResourceNotFoundException', async () => {
    const identity = identityClient(emulator.endpoint);

    await assert.rejects(identity.send(new GetIdCommand({ IdentityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000' })), { name: 'ResourceNotFoundException' });
  });
});
