// Set-up through the AWS SDK for JavaScript v3, and promise wrappers around amazon-cognito-identity-js callbacks.
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity';
import cognitoJs from 'amazon-cognito-identity-js';

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognitoJs;

export const REGION = 'us-east-1';
export const PASSWORD = 'Interop-Passw0rd!';

// The SDKs sign every call. The emulator checks that back-office cognito-idp calls (Admin*, groups, ListUsers) carry a
// SigV4 Authorization header scoped to cognito-idp; it knows no IAM users, so any key pair will do.
const dummyCredentials = { accessKeyId: 'test', secretAccessKey: 'test' };

export function idpClient(endpoint) {
  return new CognitoIdentityProviderClient({ region: REGION, endpoint, credentials: dummyCredentials, maxAttempts: 1 });
}

export function identityClient(endpoint) {
  return new CognitoIdentityClient({ region: REGION, endpoint, credentials: dummyCredentials, maxAttempts: 1 });
}

let counter = 0;
export function uniqueName(prefix) {
  counter += 1;
  return `${prefix}${process.pid}x${counter}`;
}

/**
 * Creates a user pool and an app client (SRP, password, refresh allowed) with CreateUserPool/CreateUserPoolClient.
 * @param {string} endpoint
 * @param {{ totp?: boolean, devices?: boolean }} options
 */
export async function createUserPool(endpoint, { totp = false, devices = false } = {}) {
  const idp = idpClient(endpoint);
  const pool = await idp.send(new CreateUserPoolCommand({
    PoolName: uniqueName('interop'),
    AutoVerifiedAttributes: ['email'],
    ...(devices ? { DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true } } : {}),
  }));
  const userPoolId = pool.UserPool.Id;
  if (totp) {
    await idp.send(new SetUserPoolMfaConfigCommand({
      UserPoolId: userPoolId,
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
    }));
  }
  const client = await idp.send(new CreateUserPoolClientCommand({
    UserPoolId: userPoolId,
    ClientName: 'interop-app',
    ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  }));
  return { idp, userPoolId, clientId: client.UserPoolClient.ClientId };
}

/** Signs a user up through the public API and confirms them as an administrator would. */
export async function createConfirmedUser({ idp, userPoolId, clientId }, username = uniqueName('user')) {
  await idp.send(new SignUpCommand({
    ClientId: clientId,
    Username: username,
    Password: PASSWORD,
    UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
  }));
  await idp.send(new AdminConfirmSignUpCommand({ UserPoolId: userPoolId, Username: username }));
  return username;
}

/**
 * The emulator's debug inbox (GET /_emulator/inbox): the codes it "sent", newest first.
 * @param {string} endpoint
 * @param {{ username?: string, destination?: string, purpose?: string }} filter
 */
export async function inbox(endpoint, filter) {
  const response = await fetch(new URL(`_emulator/inbox?${new URLSearchParams(filter)}`, endpoint));
  if (response.status !== 200) throw new Error(`GET /_emulator/inbox answered ${response.status}: ${await response.text()}`);
  return (await response.json()).messages;
}

/** The code of the newest message to a user (or destination) for a purpose; fails when there is none. */
export async function latestCode(endpoint, filter) {
  const [latest] = await inbox(endpoint, { ...filter, limit: '1' });
  if (!latest) throw new Error(`No message was delivered for ${JSON.stringify(filter)}.`);
  return latest.code;
}

/** A Storage for amazon-cognito-identity-js that lives as long as the test (Node has no localStorage). */
export function memoryStorage() {
  const items = new Map();
  return {
    setItem: (key, value) => { items.set(key, String(value)); },
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    removeItem: (key) => { items.delete(key); },
    clear: () => { items.clear(); },
  };
}

export function jsUserPool(endpoint, { userPoolId, clientId }, storage = memoryStorage()) {
  return new CognitoUserPool({ UserPoolId: userPoolId, ClientId: clientId, endpoint, Storage: storage });
}

export function jsUser(pool, username, storage) {
  return new CognitoUser({ Username: username, Pool: pool, Storage: storage ?? pool.storage });
}

/**
 * authenticateUser as a promise. Resolves { session } on success, or { challenge, parameters } when the library
 * asks for an MFA answer; rejects with the library's error (its `code` is the Cognito error name).
 */
export function authenticate(user, username, password) {
  return new Promise((resolvePromise, reject) => {
    user.authenticateUser(new AuthenticationDetails({ Username: username, Password: password }), {
      onSuccess: (session, userConfirmationNecessary) => resolvePromise({ session, userConfirmationNecessary }),
      onFailure: reject,
      totpRequired: (challenge, parameters) => resolvePromise({ challenge, parameters }),
      mfaRequired: (challenge, parameters) => resolvePromise({ challenge, parameters }),
      selectMFAType: (challenge, parameters) => resolvePromise({ challenge, parameters }),
      mfaSetup: (challenge, parameters) => resolvePromise({ challenge, parameters }),
      newPasswordRequired: (attributes) => reject(new Error(`Unexpected NEW_PASSWORD_REQUIRED: ${JSON.stringify(attributes)}`)),
    });
  });
}

/** Records the X-Amz-Target and body of every request the process sends with fetch. */
export function recordRequests() {
  const original = globalThis.fetch;
  const requests = [];
  globalThis.fetch = (url, options = {}) => {
    const headers = options.headers ?? {};
    const target = headers['X-Amz-Target'] ?? headers['x-amz-target'];
    requests.push({ target, body: typeof options.body === 'string' ? JSON.parse(options.body) : undefined });
    return original(url, options);
  };
  return { requests, restore: () => { globalThis.fetch = original; } };
}
