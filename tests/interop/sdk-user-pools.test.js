// @aws-sdk/client-cognito-identity-provider (AWS SDK for JavaScript v3) against the emulator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AdminConfirmSignUpCommand,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startEmulator } from './support/emulator.js';
import { PASSWORD, createConfirmedUser, createUserPool, inbox, latestCode, uniqueName } from './support/cognito.js';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator?.stop(); });

function passwordAuth(clientId, username, password) {
  return new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: username, PASSWORD: password } });
}

describe('sign-up', () => {
  test('SignUp answers an unconfirmed user and where the code went', async () => {
    const { idp, clientId } = await createUserPool(emulator.endpoint);
    const username = uniqueName('signup');

    const result = await idp.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'new.user@example.com' }] }));

    assert.equal(result.UserConfirmed, false);
    assert.match(result.UserSub, /^[0-9a-f-]{36}$/);
    assert.equal(result.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    assert.equal(result.CodeDeliveryDetails.AttributeName, 'email');
  });

  test('ConfirmSignUp with a wrong code throws CodeMismatchException; the user stays unconfirmed until confirmed', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const { idp, clientId, userPoolId } = setup;
    const username = uniqueName('confirm');
    await idp.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: 'c@example.com' }] }));

    await assert.rejects(idp.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: '000000x' })), { name: 'CodeMismatchException' });
    await assert.rejects(idp.send(passwordAuth(clientId, username, PASSWORD)), { name: 'UserNotConfirmedException' });
    await idp.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: username }));
    const signedIn = await idp.send(passwordAuth(clientId, username, PASSWORD));

    assert.ok(signedIn.AuthenticationResult.AccessToken);
  });

  test('ConfirmSignUp with the code from the inbox confirms the user and verifies the email', async () => {
    const { idp, clientId } = await createUserPool(emulator.endpoint);
    const username = uniqueName('code');
    const email = `${username}@example.com`;
    await idp.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: email }] }));
    const [message] = await inbox(emulator.endpoint, { username, purpose: 'SignUp' });
    assert.equal(message.destination, email);
    assert.equal(message.deliveryMedium, 'EMAIL');
    assert.match(message.code, /^\d{6}$/);

    await idp.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: message.code }));
    const signedIn = await idp.send(passwordAuth(clientId, username, PASSWORD));
    const user = await idp.send(new GetUserCommand({ AccessToken: signedIn.AuthenticationResult.AccessToken }));

    assert.equal(user.UserAttributes.find((a) => a.Name === 'email_verified')?.Value, 'true');
  });

  test('SignUp of an existing user name throws UsernameExistsException', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);

    await assert.rejects(
      setup.idp.send(new SignUpCommand({ ClientId: setup.clientId, Username: username, Password: PASSWORD })),
      { name: 'UsernameExistsException' },
    );
  });

  test('SignUp with a weak password throws InvalidPasswordException', async () => {
    const { idp, clientId } = await createUserPool(emulator.endpoint);

    await assert.rejects(idp.send(new SignUpCommand({ ClientId: clientId, Username: uniqueName('weak'), Password: 'lowercase-only' })), (error) => {
      assert.equal(error.name, 'InvalidPasswordException');
      assert.equal(error.$metadata.httpStatusCode, 400);
      return true;
    });
  });
});

describe('InitiateAuth', () => {
  test('USER_PASSWORD_AUTH returns tokens that GetUser accepts', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);

    const result = await setup.idp.send(passwordAuth(setup.clientId, username, PASSWORD));
    const user = await setup.idp.send(new GetUserCommand({ AccessToken: result.AuthenticationResult.AccessToken }));

    assert.equal(result.AuthenticationResult.TokenType, 'Bearer');
    assert.equal(result.AuthenticationResult.ExpiresIn, 3600);
    assert.equal(user.Username, username);
    assert.equal(user.UserAttributes.find((a) => a.Name === 'email')?.Value, `${username}@example.com`);
  });

  test('REFRESH_TOKEN_AUTH returns new ID and access tokens', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);
    const first = await setup.idp.send(passwordAuth(setup.clientId, username, PASSWORD));

    const refreshed = await setup.idp.send(new InitiateAuthCommand({
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: setup.clientId,
      AuthParameters: { REFRESH_TOKEN: first.AuthenticationResult.RefreshToken },
    }));

    assert.ok(refreshed.AuthenticationResult.AccessToken);
    assert.ok(refreshed.AuthenticationResult.IdToken);
    assert.notEqual(refreshed.AuthenticationResult.AccessToken, first.AuthenticationResult.AccessToken);
  });

  test('errors arrive as the SDK exception classes Cognito names', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);

    await assert.rejects(setup.idp.send(passwordAuth(setup.clientId, username, 'Wrong-Passw0rd!')), { name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    await assert.rejects(setup.idp.send(passwordAuth('nosuchclient0000000000000', username, PASSWORD)), { name: 'ResourceNotFoundException' });
    await assert.rejects(
      setup.idp.send(new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: setup.clientId, AuthParameters: { REFRESH_TOKEN: 'not-a-token' } })),
      { name: 'NotAuthorizedException' },
    );
    await assert.rejects(setup.idp.send(new GetUserCommand({ AccessToken: 'not.a.token' })), { name: 'NotAuthorizedException' });
  });
});

describe('ForgotPassword', () => {
  test('ForgotPassword then ConfirmForgotPassword with the code from the inbox sets the new password', async () => {
    const { idp, clientId } = await createUserPool(emulator.endpoint);
    const username = uniqueName('reset');
    const email = `${username}@example.com`;
    await idp.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: email }] }));
    await idp.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: await latestCode(emulator.endpoint, { username, purpose: 'SignUp' }) }));
    const newPassword = 'Reset-Passw0rd!';

    const forgot = await idp.send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));
    const code = await latestCode(emulator.endpoint, { destination: email, purpose: 'ForgotPassword' });
    await idp.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: username, ConfirmationCode: code, Password: newPassword }));

    assert.equal(forgot.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    assert.equal(forgot.CodeDeliveryDetails.AttributeName, 'email');
    await assert.rejects(idp.send(passwordAuth(clientId, username, PASSWORD)), { name: 'NotAuthorizedException' });
    const signedIn = await idp.send(passwordAuth(clientId, username, newPassword));
    assert.ok(signedIn.AuthenticationResult.AccessToken);
  });

  test('ConfirmForgotPassword with a wrong code throws CodeMismatchException and keeps the old password', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const { idp, clientId } = setup;
    const username = uniqueName('badreset');
    await idp.send(new SignUpCommand({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }] }));
    await idp.send(new ConfirmSignUpCommand({ ClientId: clientId, Username: username, ConfirmationCode: await latestCode(emulator.endpoint, { username, purpose: 'SignUp' }) }));
    await idp.send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));
    const code = await latestCode(emulator.endpoint, { username, purpose: 'ForgotPassword' });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');

    await assert.rejects(
      idp.send(new ConfirmForgotPasswordCommand({ ClientId: clientId, Username: username, ConfirmationCode: wrong, Password: 'Reset-Passw0rd!' })),
      { name: 'CodeMismatchException' },
    );
    assert.ok((await idp.send(passwordAuth(clientId, username, PASSWORD))).AuthenticationResult.AccessToken);
  });

  test('ForgotPassword for an unknown user answers a made-up delivery and sends nothing', async () => {
    const { idp, clientId } = await createUserPool(emulator.endpoint);
    const username = uniqueName('ghost');

    const forgot = await idp.send(new ForgotPasswordCommand({ ClientId: clientId, Username: username }));

    assert.equal(forgot.CodeDeliveryDetails.DeliveryMedium, 'EMAIL');
    assert.deepEqual(await inbox(emulator.endpoint, { username }), []);
  });
});

describe('debug API', () => {
  test('GET /_emulator/health answers ok', async () => {
    const response = await fetch(new URL('_emulator/health', emulator.endpoint));

    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, 'ok');
  });
});
