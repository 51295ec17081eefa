// The admin API through @aws-sdk/client-cognito-identity-provider, signed with SigV4, against the emulator: groups,
// server-side sign-in (ADMIN_USER_PASSWORD_AUTH), groups and roles in the ID token, ListUsers with a filter and pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  AdminAddUserToGroupCommand,
  AdminInitiateAuthCommand,
  AdminListGroupsForUserCommand,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { startEmulator } from './support/emulator.js';
import { PASSWORD, createConfirmedUser, createUserPool, uniqueName } from './support/cognito.js';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator?.stop(); });

const READERS = 'arn:aws:iam::000000000000:role/readers';
const EDITORS = 'arn:aws:iam::000000000000:role/editors';

function payload(jwt) {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

async function adminPool() {
  const setup = await createUserPool(emulator.endpoint);
  const client = await setup.idp.send(new CreateUserPoolClientCommand({
    UserPoolId: setup.userPoolId,
    ClientName: 'interop-admin',
    ExplicitAuthFlows: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  }));
  return { ...setup, clientId: client.UserPoolClient.ClientId };
}

describe('admin API (SigV4)', () => {
  test('groups: AdminInitiateAuth returns an ID token with cognito:groups by precedence and cognito:preferred_role', async () => {
    const setup = await adminPool();
    const { idp, userPoolId, clientId } = setup;
    const username = await createConfirmedUser(setup);
    await idp.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'readers', Precedence: 10, RoleArn: READERS }));
    await idp.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'editors', Precedence: 1, RoleArn: EDITORS }));
    await idp.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: 'all' }));
    for (const group of ['all', 'readers', 'editors']) {
      await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
    }

    const result = await idp.send(new AdminInitiateAuthCommand({
      UserPoolId: userPoolId,
      ClientId: clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD },
    }));
    const id = payload(result.AuthenticationResult.IdToken);
    const access = payload(result.AuthenticationResult.AccessToken);
    const listed = await idp.send(new AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, Limit: 2 }));

    assert.deepEqual(id['cognito:groups'], ['editors', 'readers', 'all']);
    assert.deepEqual(access['cognito:groups'], ['editors', 'readers', 'all']);
    assert.equal(id['cognito:preferred_role'], EDITORS);
    assert.deepEqual(id['cognito:roles'], [EDITORS, READERS]);
    assert.equal(listed.Groups.length, 2);
    assert.ok(listed.NextToken);
  });

  test('AdminInitiateAuth on a client without ALLOW_ADMIN_USER_PASSWORD_AUTH throws InvalidParameterException', async () => {
    const setup = await createUserPool(emulator.endpoint);
    const username = await createConfirmedUser(setup);

    await assert.rejects(setup.idp.send(new AdminInitiateAuthCommand({
      UserPoolId: setup.userPoolId,
      ClientId: setup.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD },
    })), { name: 'InvalidParameterException' });
  });

  test('ListUsers filters by an attribute and pages with PaginationToken', async () => {
    const setup = await adminPool();
    const { idp, userPoolId } = setup;
    const prefix = uniqueName('lu');
    for (const suffix of ['a', 'b', 'c']) {
      await createConfirmedUser(setup, prefix + suffix);
    }

    const seen = [];
    let token;
    let pages = 0;
    do {
      const page = await idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: `username ^= "${prefix}"`, Limit: 2, PaginationToken: token }));
      seen.push(...page.Users.map((u) => u.Username));
      token = page.PaginationToken;
      pages += 1;
    } while (token);
    const exact = await idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: `username = "${prefix}b"` }));

    assert.deepEqual(seen, [prefix + 'a', prefix + 'b', prefix + 'c']);
    assert.equal(pages, 2);
    assert.deepEqual(exact.Users.map((u) => u.Username), [prefix + 'b']);
    await assert.rejects(idp.send(new ListUsersCommand({ UserPoolId: userPoolId, Filter: 'custom:team = "x"' })), { name: 'InvalidParameterException' });
  });

  test('an admin call without a SigV4 Authorization header is refused with MissingAuthenticationTokenException', async () => {
    const { userPoolId } = await createUserPool(emulator.endpoint);

    const response = await fetch(emulator.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityProviderService.ListUsers' },
      body: JSON.stringify({ UserPoolId: userPoolId }),
    });
    const body = await response.json();

    assert.equal(response.status, 400);
    assert.equal(body.__type, 'MissingAuthenticationTokenException');
  });
});
