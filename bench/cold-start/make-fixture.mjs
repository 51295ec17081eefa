// Writes what the cold-start app needs into the folder given as argument: jwks.json (one RSA key) and token.txt, a
// Cognito-shaped access token signed by that key for pool eu-west-1_ColdStart and app client coldstartclient1, valid for
// an hour. Node's own crypto, so the script needs nothing installed.
import { createSign, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = publicKey.export({ format: 'jwk' });
const segment = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = Math.floor(Date.now() / 1000);
const input = segment({ kid: 'cold-start-key', alg: 'RS256' }) + '.' + segment({
  sub: '6a1b2c3d-1111-2222-3333-444455556666',
  iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_ColdStart',
  client_id: 'coldstartclient1',
  origin_jti: '0d9c8b7a-aaaa-bbbb-cccc-ddddeeeeffff',
  event_id: 'e1e2e3e4-0000-1111-2222-333344445555',
  token_use: 'access',
  scope: 'aws.cognito.signin.user.admin',
  auth_time: now - 60,
  exp: now + 3600,
  iat: now - 60,
  jti: 'f0f1f2f3-9999-8888-7777-666655554444',
  username: 'alice',
});
const signature = createSign('RSA-SHA256').update(input).sign(privateKey).toString('base64url');
writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...jwk, kid: 'cold-start-key', use: 'sig', alg: 'RS256' }] }));
writeFileSync(join(dir, 'token.txt'), `${input}.${signature}`);
