// Credentials from the emulator's identity pools sign requests with the AWS SDK for JavaScript's own SigV4 signer
// (@smithy/signature-v4), and the emulator's STS GetCallerIdentity checks that signature and names the role.
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { CreateIdentityPoolCommand, GetCredentialsForIdentityCommand, GetIdCommand, SetIdentityPoolRolesCommand } from '@aws-sdk/client-cognito-identity';
import { startEmulator } from './support/emulator.js';
import { identityClient, uniqueName } from './support/cognito.js';

const GUEST_ROLE = 'arn:aws:iam::210987654321:role/interop-guest';

let emulator;
before(async () => { emulator = await startEmulator(); });
after(async () => { await emulator?.stop(); });

/** The hash interface the signer expects, over node:crypto (HMAC when given a secret). */
class Sha256 {
  constructor(secret) { this.hash = secret ? createHmac('sha256', secret) : createHash('sha256'); }
  update(data) { this.hash.update(data); }
  async digest() { return new Uint8Array(this.hash.digest()); }
}

async function guestCredentials() {
  const identity = identityClient(emulator.endpoint);
  const pool = await identity.send(new CreateIdentityPoolCommand({ IdentityPoolName: uniqueName('sts_guests'), AllowUnauthenticatedIdentities: true }));
  await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: pool.IdentityPoolId, Roles: { unauthenticated: GUEST_ROLE } }));
  const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId }));
  const { Credentials } = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId }));
  return { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretKey, sessionToken: Credentials.SessionToken };
}

async function signedGetCallerIdentity(credentials, tamper = (request) => request) {
  const url = new URL(emulator.endpoint);
  const body = 'Action=GetCallerIdentity&Version=2011-06-15';
  const signer = new SignatureV4({ service: 'sts', region: 'us-east-1', credentials, sha256: Sha256 });
  const signed = tamper(await signer.sign({
    method: 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    port: Number(url.port),
    path: '/',
    headers: { host: url.host, 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body,
  }));
  const response = await fetch(emulator.endpoint, { method: 'POST', headers: signed.headers, body: signed.body });
  return { status: response.status, xml: await response.text() };
}

const element = (xml, name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe('STS GetCallerIdentity', () => {
  test('signed with guest credentials answers the guest role', async () => {
    const { status, xml } = await signedGetCallerIdentity(await guestCredentials());

    assert.equal(status, 200, xml);
    assert.match(xml, /xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/"/);
    assert.equal(element(xml, 'Arn'), 'arn:aws:sts::210987654321:assumed-role/interop-guest/CognitoIdentityCredentials');
    assert.equal(element(xml, 'Account'), '210987654321');
  });

  test('a body changed after signing is refused with SignatureDoesNotMatch', async () => {
    const tamper = (request) => ({ ...request, body: 'Action=GetCallerIdentity&Version=2011-06-15&Extra=1' });

    const { status, xml } = await signedGetCallerIdentity(await guestCredentials(), tamper);

    assert.equal(status, 403);
    assert.equal(element(xml, 'Code'), 'SignatureDoesNotMatch');
    assert.equal(element(xml, 'Type'), 'Sender');
  });
});
