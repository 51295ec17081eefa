// amazon-cognito-identity-js (the library behind Amplify v5 and many apps) against the emulator:
// SRP sign-in, TOTP MFA set-up and sign-in, and a remembered device that signs in with DEVICE_SRP_AUTH.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startEmulator } from './support/emulator.js';
import { PASSWORD, authenticate, createConfirmedUser, createUserPool, jsUser, jsUserPool, memoryStorage, recordRequests } from './support/cognito.js';
import { totp } from './support/totp.js';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator?.stop(); });

describe('CognitoUser.authenticateUser (USER_SRP_AUTH)', () => {
  test('with the right password returns a valid session for the user', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);
    const user = jsUser(jsUserPool(emulator.endpoint, setup), username);

    const { session } = await authenticate(user, username, PASSWORD);

    assert.equal(session.isValid(), true);
    assert.equal(session.getIdToken().decodePayload()['cognito:username'], username);
    assert.equal(session.getAccessToken().decodePayload().client_id, setup.clientId);
    assert.ok(session.getRefreshToken().getToken().length > 0);
  });

  test('with a wrong password fails with NotAuthorizedException', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);
    const user = jsUser(jsUserPool(emulator.endpoint, setup), username);

    await assert.rejects(authenticate(user, username, 'Wrong-Passw0rd!'), (error) => {
      assert.equal(error.code, 'NotAuthorizedException');
      assert.equal(error.message, 'Incorrect username or password.');
      return true;
    });
  });
});

describe('user existence and lockout', () => {
  test('an unknown user gets a PASSWORD_VERIFIER challenge, then the same error as a wrong password', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const pool = jsUserPool(emulator.endpoint, setup);
    const recorder = recordRequests();
    try {
      await assert.rejects(authenticate(jsUser(pool, 'nobody-here'), 'nobody-here', PASSWORD), (error) => {
        assert.equal(error.code, 'NotAuthorizedException');
        assert.equal(error.message, 'Incorrect username or password.');
        return true;
      });
    } finally {
      recorder.restore();
    }

    const answered = recorder.requests
      .filter((r) => r.target === 'AWSCognitoIdentityProviderService.RespondToAuthChallenge')
      .map((r) => r.body.ChallengeName);
    assert.deepEqual(answered, ['PASSWORD_VERIFIER']);
  });

  test('five wrong passwords start a lockout that the library reports as Password attempts exceeded', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);
    const pool = jsUserPool(emulator.endpoint, setup);
    const messages = [];
    // Locks last 1 s, then 2 s, 4 s...: whatever this machine's speed, an attempt soon lands inside one.
    while (messages.length < 12 && !messages.includes('Password attempts exceeded')) {
      const error = await authenticate(jsUser(pool, username), username, 'Wrong-Passw0rd!').then(() => null, (e) => e);
      assert.equal(error?.code, 'NotAuthorizedException');
      messages.push(error.message);
    }

    assert.deepEqual(messages.slice(0, 5), Array(5).fill('Incorrect username or password.'));
    assert.equal(messages.at(-1), 'Password attempts exceeded');
  });
});

describe('TOTP MFA', () => {
  test('associate, verify and prefer a software token, then sign in answering totpRequired', async () => {
    const setup = await createUserPool(emulator.endpoint, { totp: true });
    const username = await createConfirmedUser(setup);
    const pool = jsUserPool(emulator.endpoint, setup);
    const user = jsUser(pool, username);
    await authenticate(user, username, PASSWORD);

    const secret = await new Promise((resolve, reject) => user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }));
    await new Promise((resolve, reject) => user.verifySoftwareToken(totp(secret), 'interop-phone', { onSuccess: resolve, onFailure: reject }));
    await new Promise((resolve, reject) => user.setUserMfaPreference(null, { PreferredMfa: true, Enabled: true }, (error, result) => (error ? reject(error) : resolve(result))));

    const again = jsUser(pool, username);
    const challenge = await authenticate(again, username, PASSWORD);
    assert.equal(challenge.challenge, 'SOFTWARE_TOKEN_MFA');
    // The code of the verification step was used once; the next step's code is accepted (±1 step) and unused.
    const session = await new Promise((resolve, reject) => again.sendMFACode(totp(secret, 1), { onSuccess: resolve, onFailure: reject }, 'SOFTWARE_TOKEN_MFA'));

    assert.equal(session.isValid(), true);
    assert.equal(session.getIdToken().decodePayload()['cognito:username'], username);
  });

  test('a wrong TOTP code fails with EnableSoftwareTokenMFAException', async () => {
    const setup = await createUserPool(emulator.endpoint, { totp: true });
    const username = await createConfirmedUser(setup);
    const user = jsUser(jsUserPool(emulator.endpoint, setup), username);
    await authenticate(user, username, PASSWORD);
    const secret = await new Promise((resolve, reject) => user.associateSoftwareToken({ associateSecretCode: resolve, onFailure: reject }));
    const wrong = String((Number(totp(secret)) + 1) % 1_000_000).padStart(6, '0');

    await assert.rejects(
      new Promise((resolve, reject) => user.verifySoftwareToken(wrong, 'interop-phone', { onSuccess: resolve, onFailure: reject })),
      { code: 'EnableSoftwareTokenMFAException' },
    );
  });
});

describe('remembered devices', () => {
  test('a device remembered with setDeviceStatusRemembered signs in again with DEVICE_SRP_AUTH', async () => {
    const setup = await createUserPool(emulator.endpoint, { devices: true });
    const username = await createConfirmedUser(setup);
    const storage = memoryStorage();
    const pool = jsUserPool(emulator.endpoint, setup, storage);
    const user = jsUser(pool, username, storage);
    const first = await authenticate(user, username, PASSWORD);
    assert.equal(first.session.isValid(), true);
    assert.ok(user.deviceKey, 'the library confirmed the new device and kept its key');
    await new Promise((resolve, reject) => user.setDeviceStatusRemembered({ onSuccess: resolve, onFailure: reject }));

    const recorder = recordRequests();
    let second;
    try {
      second = await authenticate(jsUser(pool, username, storage), username, PASSWORD);
    } finally {
      recorder.restore();
    }

    assert.equal(second.session.isValid(), true);
    assert.equal(second.session.getAccessToken().decodePayload().device_key, user.deviceKey);
    const answered = recorder.requests
      .filter((r) => r.target === 'AWSCognitoIdentityProviderService.RespondToAuthChallenge')
      .map((r) => r.body.ChallengeName);
    assert.deepEqual(answered, ['PASSWORD_VERIFIER', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER']);
  });
});
