// Lambda triggers served as webhooks: a small node HTTP server plays the functions of a pool's LambdaConfig, the
// emulator (pointed at it with COGNITOKIT_LAMBDA_ENDPOINT) POSTs Cognito's event JSON to it, and the official AWS SDK for
// JavaScript v3 signs up and signs in.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import {
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startEmulator } from './support/emulator.js';
import { PASSWORD, REGION, idpClient, uniqueName } from './support/cognito.js';

const account = '123456789012';
const received = [];

// Each function answers the event it was given, as a Lambda returning its event does.
const functions = {
  '/autoConfirm': (event) => {
    event.response.autoConfirmUser = true;
    event.response.autoVerifyEmail = true;
    return event;
  },
  '/addClaims': (event) => {
    event.response = { claimsOverrideDetails: { claimsToAddOrOverride: { tier: 'gold' } } };
    return event;
  },
};

let lambda;
let lambdaUrl;
let emulator;

before(async () => {
  lambda = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      const event = JSON.parse(body);
      received.push({ path: request.url, event: structuredClone(event) });
      const handler = functions[request.url];
      response.writeHead(handler ? 200 : 404, { 'content-type': 'application/json' });
      response.end(JSON.stringify(handler ? handler(event) : { errorMessage: `no function at ${request.url}` }));
    });
  });
  await new Promise((resolve) => lambda.listen(0, '127.0.0.1', resolve));
  lambdaUrl = `http://127.0.0.1:${lambda.address().port}/`;
  emulator = await startEmulator({ env: { COGNITOKIT_LAMBDA_ENDPOINT: lambdaUrl } });
});

after(async () => {
  await emulator?.stop();
  await new Promise((resolve) => (lambda ? lambda.close(resolve) : resolve()));
});

function claimsOf(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

describe('triggers as webhooks', () => {
  test('pre sign-up auto-confirms and pre token generation adds a claim the signed-in user sees in the ID token', async () => {
    const idp = idpClient(emulator.endpoint);
    const pool = await idp.send(new CreateUserPoolCommand({
      PoolName: uniqueName('triggers'),
      AutoVerifiedAttributes: ['email'],
      LambdaConfig: {
        PreSignUp: `arn:aws:lambda:${REGION}:${account}:function:autoConfirm`,
        PreTokenGeneration: `arn:aws:lambda:${REGION}:${account}:function:addClaims`,
      },
    }));
    const userPoolId = pool.UserPool.Id;
    assert.equal(pool.UserPool.LambdaConfig.PreSignUp, `arn:aws:lambda:${REGION}:${account}:function:autoConfirm`);
    const client = await idp.send(new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: 'triggers-app',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }));
    const clientId = client.UserPoolClient.ClientId;
    const username = uniqueName('hooked');

    const signUp = await idp.send(new SignUpCommand({
      ClientId: clientId,
      Username: username,
      Password: PASSWORD,
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    }));
    const signIn = await idp.send(new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId,
      AuthParameters: { USERNAME: username, PASSWORD },
    }));

    assert.equal(signUp.UserConfirmed, true);
    assert.equal(signUp.CodeDeliveryDetails, undefined);
    const idClaims = claimsOf(signIn.AuthenticationResult.IdToken);
    assert.equal(idClaims.tier, 'gold');
    assert.equal(idClaims.email_verified, true);
    assert.equal(claimsOf(signIn.AuthenticationResult.AccessToken).tier, undefined);

    const preSignUp = received.find((r) => r.path === '/autoConfirm').event;
    assert.equal(preSignUp.triggerSource, 'PreSignUp_SignUp');
    assert.equal(preSignUp.userPoolId, userPoolId);
    assert.equal(preSignUp.region, REGION);
    assert.equal(preSignUp.userName, username);
    assert.equal(preSignUp.callerContext.clientId, clientId);
    assert.equal(preSignUp.request.userAttributes.email, `${username}@example.com`);
    assert.equal(preSignUp.response.autoConfirmUser, false);
    const preToken = received.find((r) => r.path === '/addClaims').event;
    assert.equal(preToken.triggerSource, 'TokenGeneration_Authentication');
    assert.equal(preToken.version, '1');
    assert.equal(preToken.request.userAttributes['cognito:user_status'], 'CONFIRMED');
  });

  test('a function answering a Lambda error fails SignUp with UserLambdaValidationException', async () => {
    const idp = idpClient(emulator.endpoint);
    const pool = await idp.send(new CreateUserPoolCommand({
      PoolName: uniqueName('triggers'),
      LambdaConfig: { PreSignUp: `arn:aws:lambda:${REGION}:${account}:function:missing` },
    }));
    const client = await idp.send(new CreateUserPoolClientCommand({ UserPoolId: pool.UserPool.Id, ClientName: 'app' }));

    await assert.rejects(
      idp.send(new SignUpCommand({ ClientId: client.UserPoolClient.ClientId, Username: uniqueName('refused'), Password: PASSWORD })),
      { name: 'UserLambdaValidationException', message: 'PreSignUp failed with error no function at /missing.' },
    );
  });
});
