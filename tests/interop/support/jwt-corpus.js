// The differential corpus: Cognito ID and access tokens for one user pool, and mutations of them, each token tagged
// with its kind. Deterministic: the same code gives the same 6,000 tokens, byte for byte.
import { JsonObject, SeededRandom, b64url, nonCanonical, padded, raw, seededRsaKey, signature } from './jwt-forge.js';

/** The instant both validators take as "now" (2025-12-06T05:46:40Z), and the clock tolerance both are given. */
export const NOW = 1_765_000_000;
export const SKEW = 60;
export const CORPUS_SIZE = 6000;

export const pool = {
  region: 'eu-west-1',
  userPoolId: 'eu-west-1_Dif3Rent9',
  clientIds: ['4b2kq7mtn0vd5c8ehr1ja3sx6u', '7p9fz2wcy4rl0gkd6vbe8mhn1q'],
};
const regionalIssuer = `https://cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`;
const updatedIssuer = `https://issuer-cognito-idp.${pool.region}.amazonaws.com/${pool.userPoolId}`;
const otherClient = '1ts5vq8ux2ab3cd4ef5gh6ij7k';

// Key material: two pool keys with Cognito-shaped kids, one key the pool never published, and JWKS entries under
// unusual kids that reuse the first key's material (a test of kid matching, not of the key).
const k1 = seededRsaKey('pool-key-1', 'hk+nSbt97x4FN7U8xXVioJ/qp3sgAB/9bamG/wkPdOI=');
const k2 = seededRsaKey('pool-key-2', 'ki1Am3O3JKMOh34MF0NtOzHi2D/6/1lyjCws9ioiw/8=');
const k3 = seededRsaKey('foreign-key', 'foreign-kid');
const aliasKid = (label, length) => {
  const base = `${label}-`;
  let out = base;
  for (let i = 0; out.length < length; i++) out += 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7) % 36];
  return out.slice(0, length);
};
const alias = {
  kid256: aliasKid('ascii-256', 256),
  kid257: aliasKid('ascii-257', 257),
  kid200: aliasKid('escaped-200', 200),
  utf8Short: 'clé-ünïcode-ключ',
  utf8At256: `utf8-256-${'é'.repeat(123)}x`, // 9 + 246 + 1 = 256 UTF-8 bytes
  utf8Over256: `utf8-257-${'é'.repeat(124)}`, // 9 + 248 = 257 UTF-8 bytes
};

export const jwks = {
  keys: [
    k1.publicJwk,
    k2.publicJwk,
    ...Object.values(alias).map((kid) => ({ ...k1.publicJwk, kid })),
  ],
};

const use2client = (use) => (use === 'id' ? 'aud' : 'client_id');
const use2username = (use) => (use === 'id' ? 'cognito:username' : 'username');

/** A well-formed Cognito token of the given use, as an editable spec (header, payload, signing key). */
function cognitoToken(random, use, { issuer = regionalIssuer } = {}) {
  const key = random.pick([k1, k2]);
  const iat = NOW - 1 - random.int(3000);
  const sub = random.uuid();
  const username = random.pick([sub, `user-${random.text(8)}`]);
  const payload = new JsonObject([['sub', sub]]);
  if (random.int(4) === 0) payload.set('cognito:groups', ['admins', `team-${random.text(5)}`]);
  if (use === 'id') payload.set('email_verified', random.int(2) === 0);
  payload.set('iss', issuer);
  if (use === 'id') payload.set('cognito:username', username);
  payload.set('origin_jti', random.uuid());
  payload.set(use2client(use), random.pick(pool.clientIds));
  payload.set('event_id', random.uuid());
  payload.set('token_use', use);
  if (use === 'access') payload.set('scope', 'aws.cognito.signin.user.admin');
  payload.set('auth_time', iat - random.int(600));
  payload.set('exp', iat + 3600);
  payload.set('iat', iat);
  payload.set('jti', random.uuid());
  payload.set(use === 'id' ? 'email' : 'username', use === 'id' ? `${username}@example.com` : username);
  return { header: new JsonObject([['kid', key.kid], ['alg', 'RS256']]), payload, key, alg: 'RS256' };
}

/** Turns a spec into a compact JWS; hooks may change segments before signing or the signature/token after. */
function forge(spec, random) {
  let h = b64url(Buffer.from(spec.headerText ?? spec.header.text()));
  let p = b64url(spec.payloadBytes ?? Buffer.from(spec.payloadText ?? spec.payload.text()));
  if (spec.segments) [h, p] = spec.segments(h, p);
  const input = `${h}.${p}`;
  let s = b64url(signature(spec.alg, spec.key, input, random));
  if (spec.signature) s = spec.signature(s, input);
  const token = `${h}.${p}.${s}`;
  return spec.token ? spec.token(token) : token;
}

/** Sets exp (and moves iat and auth_time below it, so only exp is under test). */
function withExp(spec, exp) {
  spec.payload.set('exp', exp);
  const anchor = typeof exp === 'number' && Number.isFinite(exp) && exp < NOW + 3600 ? Math.floor(exp) - 3600 : NOW - 100;
  spec.payload.set('iat', anchor);
  spec.payload.set('auth_time', anchor - 5);
  return spec;
}

/** The digits of a positive integer written in scientific notation with the same exact value (1765001234 → 1.765001234e9). */
const exponentSpelling = (value, random) => {
  const digits = String(value);
  const mantissa = `${digits[0]}.${digits.slice(1)}`.replace(/\.?0+$/, '') || digits[0];
  return random.pick([`${mantissa}e${digits.length - 1}`, `${mantissa}E+${digits.length - 1}`, `${digits}0e-1`, `${digits}.0`]);
};

/** Makes the JSON text's UTF-8 length not a multiple of 3, so its base64url has unused bits to set. */
const partialGroup = (text) => {
  let out = text;
  while (Buffer.byteLength(out) % 3 === 0) out = `${out.slice(0, -1)} }`;
  return out;
};

const nested = (depth) => raw(`${'['.repeat(depth)}1${']'.repeat(depth)}`);

const allUses = ['id', 'access'];

/**
 * The catalogue. Each kind: a name, the uses it is made for, how aws-jwt-verify is expected to answer ('valid' or
 * the error class it throws: a check on the generator, so a kind cannot silently test something other than its
 * name), an optional cap on how many seeds it gets, and the function that makes one token from a seeded random.
 */
const kinds = [];
// Well-formed tokens are what a validator mostly sees: the valid kinds get three seeds per round, the others one.
const kind = (name, aws, make, { uses = allUses, cap = Infinity } = {}) =>
  kinds.push({ name, aws, make, uses, cap, weight: name.startsWith('valid/') ? 3 : 1 });
const mutate = (name, aws, change, options) =>
  kind(name, aws, (random, use) => {
    const spec = cognitoToken(random, use);
    change(spec, random, use);
    return forge(spec, random);
  }, options);

// --- valid tokens ---------------------------------------------------------------------------------------------
mutate('valid/regional-issuer', 'valid', () => {});
kind('valid/updated-issuer', 'valid', (random, use) => forge(cognitoToken(random, use, { issuer: updatedIssuer }), random));
mutate('valid/second-key', 'valid', (s) => {
  s.key = k2;
  s.header.set('kid', k2.kid);
});
mutate('valid/many-groups', 'valid', (s, r) => s.payload.set('cognito:groups', Array.from({ length: 20 }, (_, i) => `group-${i}-${r.text(6)}`)));
mutate('valid/unicode-claims', 'valid', (s, r, use) => {
  s.payload.set(use2username(use), `Zoë-Ødegård-${r.text(4)}-用户`);
  s.payload.set('custom:city', 'Zürich 🏔');
});
mutate('valid/pretty-json', 'valid', (s) => {
  s.headerText = JSON.stringify(JSON.parse(s.header.text()), null, 2);
  s.payloadText = `\n ${JSON.stringify(JSON.parse(s.payload.text()), null, '\t')}\r\n`;
});
mutate('valid/escaped-claim-names', 'valid', (s) => {
  const exp = s.payload.get('exp');
  const use = s.payload.get('token_use');
  s.payload.delete('exp').delete('token_use');
  s.payload.append(raw('"e\\u0078p"'), exp).append(raw('"\\u0074oken_use"'), use);
});
mutate('valid/escaped-issuer-value', 'valid', (s) =>
  s.payload.set('iss', raw(JSON.stringify(regionalIssuer).replace('https:', '\\u0068ttps:').replaceAll('/', '\\/'))));
mutate('valid/proto-and-constructor-claims', 'valid', (s) =>
  s.payload.append('__proto__', { token_use: 'other', isAdmin: true }).append('constructor', { prototype: { x: 1 } }));
mutate('valid/custom-claims', 'valid', (s, r) =>
  s.payload.set('custom:tenant', r.text(10)).set('custom:profile', { a: [1, 2, { b: null }], c: 'd' }).set('custom:n', 1e21));
mutate('valid/client-id-claim-in-id-token-ignored', 'valid', (s) => s.payload.set('client_id', otherClient), { uses: ['id'] });
mutate('valid/aud-claim-in-access-token-ignored', 'valid', (s) => s.payload.set('aud', otherClient), { uses: ['access'] });
mutate('valid/email-verified-as-string', 'valid', (s) => s.payload.set('email_verified', 'true'), { uses: ['id'] });

// --- issuer ---------------------------------------------------------------------------------------------------
const badIssuer = (name, value, aws = 'ParameterValidationError') => mutate(`iss/${name}`, aws, (s) => s.payload.set('iss', value));
mutate('iss/missing', 'ParameterValidationError', (s) => s.payload.delete('iss'));
badIssuer('other-pool', `https://cognito-idp.${pool.region}.amazonaws.com/eu-west-1_Other0000`);
badIssuer('other-region', `https://cognito-idp.us-east-1.amazonaws.com/${pool.userPoolId}`);
badIssuer('updated-form-other-pool', `https://issuer-cognito-idp.${pool.region}.amazonaws.com/eu-west-1_Other0000`);
badIssuer('trailing-slash', `${regionalIssuer}/`);
badIssuer('http-scheme', regionalIssuer.replace('https:', 'http:'));
badIssuer('uppercase-host', regionalIssuer.replace('cognito-idp', 'COGNITO-IDP'));
badIssuer('pool-id-case-changed', regionalIssuer.replace('Dif3Rent9', 'dif3rent9'));
badIssuer('lookalike-host', `https://cognito-idp.${pool.region}.amazonaws.com.example.net/${pool.userPoolId}`);
badIssuer('with-query', `${regionalIssuer}?x=1`);
badIssuer('empty', '');
badIssuer('number', 42, 'JwtParseError');
badIssuer('array', [regionalIssuer], 'JwtParseError');
badIssuer('null', null, 'JwtParseError');

// --- token_use ------------------------------------------------------------------------------------------------
mutate('token_use/missing', 'CognitoJwtInvalidTokenUseError', (s) => s.payload.delete('token_use'));
mutate('token_use/other-kind', 'CognitoJwtInvalidTokenUseError', (s, r, use) => s.payload.set('token_use', use === 'id' ? 'access' : 'id'));
mutate('token_use/refresh', 'CognitoJwtInvalidTokenUseError', (s) => s.payload.set('token_use', 'refresh'));
mutate('token_use/uppercase', 'CognitoJwtInvalidTokenUseError', (s, r, use) => s.payload.set('token_use', use.toUpperCase()));
mutate('token_use/array', 'CognitoJwtInvalidTokenUseError', (s, r, use) => s.payload.set('token_use', [use]));
mutate('token_use/number', 'CognitoJwtInvalidTokenUseError', (s) => s.payload.set('token_use', 1));

// --- client (aud of ID tokens, client_id of access tokens) ----------------------------------------------------
const badClient = (name, value, aws = 'CognitoJwtInvalidClientIdError') =>
  mutate(`client/${name}`, aws, (s, r, use) => s.payload.set(use2client(use), typeof value === 'function' ? value(r) : value));
mutate('client/missing', 'CognitoJwtInvalidClientIdError', (s, r, use) => s.payload.delete(use2client(use)));
badClient('unknown', otherClient);
badClient('empty', '');
badClient('case-changed', pool.clientIds[0].toUpperCase());
badClient('with-whitespace', ` ${pool.clientIds[0]}`);
badClient('array-of-one-allowed', (r) => [r.pick(pool.clientIds)]);
badClient('array-allowed-and-unknown', (r) => [otherClient, r.pick(pool.clientIds)]);
badClient('array-of-both-allowed', [...pool.clientIds]);
badClient('array-empty', []);
kind('client/number', 'refused', (random, use) => {
  const s = cognitoToken(random, use);
  s.payload.set(use2client(use), 12345);
  return forge(s, random);
});

// --- exp ------------------------------------------------------------------------------------------------------
const expKind = (name, aws, value) => mutate(`exp/${name}`, aws, (s, r) => withExp(s, typeof value === 'function' ? value(r) : value));
mutate('exp/missing', 'valid', (s) => s.payload.delete('exp'));
expKind('one-hour-ago', 'JwtExpiredError', NOW - 3600);
expKind('skew-boundary-minus-1s', 'JwtExpiredError', NOW - SKEW - 1);
expKind('skew-boundary-exact', 'valid', NOW - SKEW);
expKind('skew-boundary-plus-1s', 'valid', NOW - SKEW + 1);
expKind('fraction-in-boundary-second', 'valid', NOW - SKEW + 0.5);
expKind('fraction-before-boundary', 'JwtExpiredError', NOW - SKEW - 0.5);
expKind('fraction-future', 'valid', (r) => NOW + 600 + r.int(1000) + 0.25);
expKind('exponent-spelling', 'valid', (r) => raw(exponentSpelling(NOW + 600 + r.int(3000), r)));
expKind('exponent-spelling-past', 'JwtExpiredError', (r) => raw(exponentSpelling(NOW - 600 - r.int(3000), r)));
expKind('year-9999-last-second', 'valid', 253402300799);
expKind('year-9999-last-second-exponent', 'valid', raw('2.53402300799e11'));
expKind('after-year-9999', 'valid', 253402300800);
expKind('1e15-as-integer', 'valid', raw('1000000000000000'));
expKind('1e15-as-exponent', 'valid', raw('1e15'));
expKind('beyond-2^53', 'valid', raw('9007199254740993'));
expKind('beyond-int64', 'valid', raw('99999999999999999999'));
expKind('1e300', 'valid', raw('1e300'));
expKind('1e400-infinite', 'JwtParseError', raw('1e400'));
expKind('zero', 'JwtExpiredError', 0);
expKind('negative', 'JwtExpiredError', -1);
expKind('negative-zero', 'JwtExpiredError', raw('-0'));
// aws-jwt-verify refuses this one with a RangeError: it formats the expiry date for its error message, and cannot.
expKind('negative-1e300', 'RangeError', raw('-1e300'));
expKind('string', 'JwtParseError', (r) => String(NOW + 600 + r.int(1000)));
expKind('null', 'JwtParseError', null);
expKind('boolean', 'JwtParseError', true);
expKind('array', 'JwtParseError', [NOW + 3600]);

// --- nbf (Cognito sets none; a token may still carry one) -------------------------------------------------------
const nbfKind = (name, aws, value) => mutate(`nbf/${name}`, aws, (s, r) => s.payload.set('nbf', typeof value === 'function' ? value(r) : value));
nbfKind('past', 'valid', (r) => NOW - 1 - r.int(3000));
nbfKind('skew-boundary-exact', 'valid', NOW + SKEW);
nbfKind('skew-boundary-plus-1s', 'JwtNotBeforeError', NOW + SKEW + 1);
nbfKind('fraction-in-boundary-second', 'JwtNotBeforeError', NOW + SKEW + 0.5);
nbfKind('fraction-before-boundary', 'valid', NOW + SKEW - 0.5);
nbfKind('one-hour-ahead', 'JwtNotBeforeError', NOW + 3600);
nbfKind('exponent-spelling', 'valid', (r) => raw(exponentSpelling(NOW - 600 - r.int(3000), r)));
nbfKind('1e15-as-exponent', 'RangeError', raw('1e15')); // refused while formatting the date, as above
nbfKind('negative', 'valid', -1);
nbfKind('before-year-1', 'valid', -62135596801);
nbfKind('negative-1e300', 'valid', raw('-1e300'));
nbfKind('string', 'JwtParseError', String(NOW - 100));

// --- iat ------------------------------------------------------------------------------------------------------
const iatKind = (name, aws, value) => mutate(`iat/${name}`, aws, (s, r) => s.payload.set('iat', typeof value === 'function' ? value(r) : value));
mutate('iat/missing', 'valid', (s) => s.payload.delete('iat'));
iatKind('skew-boundary-exact', 'valid', NOW + SKEW);
iatKind('fraction-in-boundary-second', 'valid', NOW + SKEW + 0.5);
iatKind('future-beyond-skew', 'valid', NOW + SKEW + 1);
// exp still inside the clock tolerance, iat 10 s after it (and not in the future).
mutate('iat/after-exp', 'valid', (s) => s.payload.set('exp', NOW - 30).set('iat', NOW - 20));
iatKind('fraction', 'valid', (r) => NOW - 100 - r.int(1000) - 0.5);
iatKind('exponent-spelling', 'valid', (r) => raw(exponentSpelling(NOW - 600 - r.int(1000), r)));
iatKind('negative', 'valid', -1);
iatKind('1e15-as-exponent', 'valid', raw('1e15'));
iatKind('string', 'JwtParseError', String(NOW - 100));

// --- auth_time (aws-jwt-verify does not read it) ----------------------------------------------------------------
const authKind = (name, aws, value) => mutate(`auth_time/${name}`, aws, (s, r) => s.payload.set('auth_time', typeof value === 'function' ? value(r) : value));
mutate('auth_time/missing', 'valid', (s) => s.payload.delete('auth_time'));
authKind('future', 'valid', NOW + 86400);
authKind('fraction', 'valid', NOW - 1000.5);
authKind('exponent-spelling', 'valid', (r) => raw(exponentSpelling(NOW - 1000 - r.int(1000), r)));
authKind('negative', 'valid', -5);
authKind('string', 'valid', String(NOW - 1000));
authKind('1e15-as-exponent', 'valid', raw('1e15'));

// --- kid ------------------------------------------------------------------------------------------------------
const kidKind = (name, aws, kid, signer = k1) =>
  mutate(`kid/${name}`, aws, (s) => {
    s.key = signer;
    if (kid === undefined) s.header.delete('kid');
    else s.header.set('kid', kid);
  });
kidKind('missing', 'JwtWithoutValidKidError', undefined);
kidKind('unknown', 'KidNotFoundInJwksError', 'not-a-key-of-this-pool');
kidKind('empty', 'KidNotFoundInJwksError', '');
kidKind('null', 'JwtParseError', null);
kidKind('number', 'JwtParseError', 7);
kidKind('case-changed', 'KidNotFoundInJwksError', k1.kid.toLowerCase());
kidKind('trailing-space', 'KidNotFoundInJwksError', `${k1.kid} `);
kidKind('very-long-unknown', 'KidNotFoundInJwksError', 'x'.repeat(8192));
kidKind('names-the-other-pool-key', 'JwtInvalidSignatureError', k2.kid);
kidKind('first-char-escaped', 'valid', raw(`"\\u${k1.kid.charCodeAt(0).toString(16).padStart(4, '0')}${k1.kid.slice(1)}"`));
kidKind('solidus-escaped', 'valid', raw(JSON.stringify(k1.kid).replaceAll('/', '\\/')));
kidKind('every-char-escaped-200', 'valid', raw(`"${[...alias.kid200].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`));
kidKind('ascii-256-bytes', 'valid', alias.kid256);
kidKind('ascii-257-bytes', 'valid', alias.kid257);
kidKind('utf8-short', 'valid', alias.utf8Short);
kidKind('utf8-short-escaped', 'valid', raw(JSON.stringify(alias.utf8Short).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
kidKind('utf8-256-bytes', 'valid', alias.utf8At256);
kidKind('utf8-257-bytes', 'valid', alias.utf8Over256);

// --- alg ------------------------------------------------------------------------------------------------------
const algKind = (name, aws, headerAlg, signingAlg = headerAlg) =>
  mutate(`alg/${name}`, aws, (s) => {
    s.alg = signingAlg;
    if (headerAlg === undefined) s.header.delete('alg');
    else s.header.set('alg', headerAlg);
  });
algKind('none-empty-signature', 'JwtParseError', 'none');
algKind('none-with-rs256-signature', 'JwtInvalidSignatureAlgorithmError', 'none', 'RS256');
algKind('HS256-keyed-with-public-key', 'JwtInvalidSignatureAlgorithmError', 'HS256', 'HS256-public-key');
algKind('RS384-valid-signature', 'JwtInvalidSignatureAlgorithmError', 'RS384');
algKind('RS512-valid-signature', 'JwtInvalidSignatureAlgorithmError', 'RS512');
algKind('PS256-valid-signature', 'JwtInvalidSignatureAlgorithmError', 'PS256');
algKind('ES256-junk-signature', 'JwtInvalidSignatureAlgorithmError', 'ES256', 'junk');
algKind('lowercase-rs256', 'JwtInvalidSignatureAlgorithmError', 'rs256', 'RS256');
algKind('rs256-trailing-space', 'JwtInvalidSignatureAlgorithmError', 'RS256 ', 'RS256');
algKind('missing', 'JwtInvalidSignatureAlgorithmError', undefined, 'RS256');
algKind('null', 'JwtParseError', null, 'RS256');
algKind('number', 'JwtParseError', 256, 'RS256');

// --- other header members ---------------------------------------------------------------------------------------
const headerKind = (name, aws, change) => mutate(`header/${name}`, aws, (s, r) => change(s.header, r, s));
headerKind('typ-JWT', 'valid', (h) => h.set('typ', 'JWT'));
headerKind('typ-at+jwt', 'valid', (h) => h.set('typ', 'at+jwt'));
headerKind('typ-JOSE', 'valid', (h) => h.set('typ', 'JOSE'));
headerKind('typ-number', 'valid', (h) => h.set('typ', 1));
headerKind('cty-JWT', 'valid', (h) => h.set('cty', 'JWT'));
headerKind('jku-attacker-url', 'valid', (h) => h.set('jku', 'https://attacker.example/jwks.json'));
headerKind('x5u-attacker-url', 'valid', (h) => h.set('x5u', 'https://attacker.example/cert.pem'));
headerKind('x5c-junk', 'valid', (h) => h.set('x5c', ['MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA']));
headerKind('embedded-jwk-ignored', 'valid', (h) => h.set('jwk', k3.publicJwk));
mutate('header/embedded-jwk-signed-by-it', 'JwtInvalidSignatureError', (s) => {
  s.key = k3;
  s.header.set('jwk', k3.publicJwk);
});
headerKind('20-members', 'valid', (h) => {
  for (let i = 0; i < 18; i++) h.set(`x-${i}`, i);
});
headerKind('40-members', 'valid', (h) => {
  for (let i = 0; i < 38; i++) h.set(`x-${i}`, i);
});
headerKind('nested-member-depth-10', 'valid', (h) => h.set('x-deep', nested(10)));
headerKind('nested-member-depth-20', 'valid', (h) => h.set('x-deep', nested(20)));
headerKind('crit-exp', 'valid', (h) => h.set('crit', ['exp']).set('exp', NOW + 3600));
headerKind('crit-empty', 'valid', (h) => h.set('crit', []));
headerKind('duplicate-alg-same-value', 'valid', (h) => h.append('alg', 'RS256'));
headerKind('duplicate-alg-none-then-rs256', 'valid', (h) => {
  h.delete('alg');
  h.append('alg', 'none').append('alg', 'RS256');
});
headerKind('duplicate-kid-unknown-then-real', 'valid', (h, r, s) => {
  h.delete('kid');
  h.append('kid', 'not-a-key').append('kid', s.key.kid);
});
mutate('header/not-an-object', 'JwtParseError', (s) => {
  s.headerText = `[${s.header.text()}]`;
});
mutate('header/invalid-json', 'JwtParseError', (s) => {
  s.headerText = s.header.text().slice(0, -1);
});
mutate('header/byte-order-mark', 'JwtParseError', (s) => {
  s.headerText = `\ufeff${s.header.text()}`;
});

// --- payload structure and claim types ------------------------------------------------------------------------
const payloadKind = (name, aws, change, options) => mutate(`payload/${name}`, aws, (s, r, use) => change(s.payload, r, use, s), options);
payloadKind('duplicate-exp-expired-then-valid', 'valid', (p) => {
  const exp = p.get('exp');
  p.delete('exp');
  p.append('exp', NOW - 3600).append('exp', exp);
});
payloadKind('duplicate-iss-escaped-name', 'valid', (p) => {
  const iss = p.get('iss');
  p.delete('iss');
  p.append('iss', 'https://attacker.example').append(raw('"\\u0069ss"'), iss);
});
payloadKind('duplicate-sub-same-value', 'valid', (p) => p.append('sub', p.get('sub')));
payloadKind('400-claims', 'valid', (p) => {
  for (let i = 0; i < 385; i++) p.set(`custom:c${i}`, i);
}, { cap: 12 });
payloadKind('600-claims', 'valid', (p) => {
  for (let i = 0; i < 600; i++) p.set(`custom:c${i}`, i);
}, { cap: 12 });
payloadKind('nested-claim-depth-25', 'valid', (p) => p.set('custom:deep', nested(25)));
payloadKind('nested-claim-depth-40', 'valid', (p) => p.set('custom:deep', nested(40)));
payloadKind('sub-missing', 'valid', (p) => p.delete('sub'));
payloadKind('sub-number', 'JwtParseError', (p) => p.set('sub', 123));
payloadKind('scope-number', 'JwtParseError', (p) => p.set('scope', 1));
payloadKind('jti-number', 'JwtParseError', (p) => p.set('jti', 1));
payloadKind('groups-string', 'valid', (p) => p.set('cognito:groups', 'admins'));
payloadKind('groups-with-number', 'valid', (p) => p.set('cognito:groups', ['admins', 7]));
payloadKind('username-number', 'valid', (p, r, use) => p.set(use2username(use), 42));
payloadKind('origin-jti-number', 'valid', (p) => p.set('origin_jti', 42));
payloadKind('event-id-object', 'valid', (p) => p.set('event_id', { id: 'x' }));
payloadKind('email-number', 'valid', (p) => p.set('email', 42), { uses: ['id'] });
payloadKind('email-verified-number', 'valid', (p) => p.set('email_verified', 1), { uses: ['id'] });
payloadKind('lone-surrogate-in-custom-claim', 'valid', (p) => p.set('custom:note', raw('"\\ud800"')));
payloadKind('lone-surrogate-in-sub', 'valid', (p) => p.set('sub', raw(`"${p.get('sub')}\\udc00"`)));
mutate('payload/invalid-utf8-in-custom-claim', 'valid', (s) => {
  s.payload.set('custom:note', 'MARK');
  const text = Buffer.from(s.payload.text());
  const at = text.indexOf('MARK');
  text[at] = 0xff;
  text[at + 1] = 0xfe;
  s.payloadBytes = text;
});
mutate('payload/invalid-utf8-in-sub', 'valid', (s) => {
  s.payload.set('sub', `${s.payload.get('sub')}MARK`);
  const text = Buffer.from(s.payload.text());
  text[text.indexOf('MARK')] = 0xc3; // a lead byte followed by ASCII
  s.payloadBytes = text;
});
mutate('payload/not-an-object', 'JwtParseError', (s) => {
  s.payloadText = `[${s.payload.text()}]`;
});
mutate('payload/trailing-garbage', 'JwtParseError', (s) => {
  s.payloadText = `${s.payload.text()}x`;
});
mutate('payload/byte-order-mark', 'JwtParseError', (s) => {
  s.payloadText = `\ufeff${s.payload.text()}`;
});
mutate('payload/empty-object', 'ParameterValidationError', (s) => {
  s.payloadText = '{}';
});

// --- signature ------------------------------------------------------------------------------------------------
const sigKind = (name, aws, change) => mutate(`sig/${name}`, aws, (s) => {
  s.signature = change;
});
sigKind('bit-flipped', 'JwtInvalidSignatureError', (sig) => {
  const bytes = Buffer.from(sig, 'base64url');
  bytes[100] ^= 0x01;
  return b64url(bytes);
});
sigKind('truncated', 'JwtInvalidSignatureError', (sig) => sig.slice(0, -4));
sigKind('extra-bytes', 'JwtInvalidSignatureError', (sig) => b64url(Buffer.concat([Buffer.from(sig, 'base64url'), Buffer.from([0, 0, 0])])));
sigKind('empty', 'JwtParseError', () => '');
sigKind('standard-base64-alphabet', 'JwtParseError', (sig) => {
  const standard = sig.replaceAll('-', '+').replaceAll('_', '/');
  if (standard === sig) throw new Error('signature has no - or _ to change');
  return standard;
});
mutate('sig/foreign-key', 'JwtInvalidSignatureError', (s) => {
  s.key = k3;
});
mutate('sig/payload-changed-after-signing', 'JwtInvalidSignatureError', (s) => {
  const changed = JSON.parse(s.payload.text());
  changed['cognito:groups'] = ['admins'];
  s.token = (token) => {
    const [h, , sig] = token.split('.');
    return `${h}.${b64url(Buffer.from(JSON.stringify(changed)))}.${sig}`;
  };
});
mutate('sig/header-changed-after-signing', 'JwtInvalidSignatureError', (s) => {
  s.token = (token) => {
    const [, p, sig] = token.split('.');
    return `${b64url(Buffer.from(`{"alg":"RS256","kid":${JSON.stringify(s.key.kid)}}`))}.${p}.${sig}`;
  };
});

// --- base64url spelling ---------------------------------------------------------------------------------------
mutate('b64/non-canonical-header', 'valid', (s) => {
  s.headerText = partialGroup(s.header.text());
  s.segments = (h, p) => [nonCanonical(h), p];
});
mutate('b64/non-canonical-payload', 'valid', (s) => {
  s.payloadText = partialGroup(s.payload.text());
  s.segments = (h, p) => [h, nonCanonical(p)];
});
mutate('b64/non-canonical-signature', 'valid', (s) => {
  s.signature = nonCanonical;
});
mutate('b64/padded-header', 'valid', (s) => {
  s.headerText = partialGroup(s.header.text());
  s.segments = (h, p) => [padded(h), p];
});
mutate('b64/padded-payload', 'valid', (s) => {
  s.payloadText = partialGroup(s.payload.text());
  s.segments = (h, p) => [h, padded(p)];
});
mutate('b64/padded-signature', 'valid', (s) => {
  s.signature = padded;
});
mutate('b64/whitespace-inside-payload', 'JwtParseError', (s) => {
  s.segments = (h, p) => [h, `${p.slice(0, 10)} ${p.slice(10)}`];
});

// --- token framing --------------------------------------------------------------------------------------------
const frameKind = (name, aws, change) => mutate(`token/${name}`, aws, (s) => {
  s.token = change;
});
frameKind('bearer-prefix', 'JwtParseError', (t) => `Bearer ${t}`);
frameKind('leading-space', 'JwtParseError', (t) => ` ${t}`);
frameKind('trailing-newline', 'JwtParseError', (t) => `${t}\n`);
frameKind('two-segments', 'JwtParseError', (t) => t.split('.').slice(0, 2).join('.'));
frameKind('four-segments', 'JwtParseError', (t) => `${t}.${t.split('.')[2]}`);
frameKind('trailing-dot', 'JwtParseError', (t) => `${t}.`);
frameKind('empty', 'JwtParseError', () => '');

// --- size -----------------------------------------------------------------------------------------------------
mutate('size/100-groups-of-128-chars', 'valid', (s, r) =>
  s.payload.set('cognito:groups', Array.from({ length: 100 }, () => r.text(128, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=,.@-_'))), { cap: 40 });
const sized = (targetLength) => (s, r) => {
  s.payload.set('custom:blob', '');
  const bare = forge({ ...s, alg: 'junk' }, r).length; // length without the filler; the signature length is fixed
  s.payload.set('custom:blob', r.text(Math.floor(((targetLength - bare) * 3) / 4)));
};
mutate('size/255-kb', 'valid', sized(255 * 1024), { cap: 4 });
mutate('size/300-kb', 'valid', sized(300 * 1024), { cap: 4 });

/** The names of all kinds (without use), in catalogue order. */
export const kindNames = kinds.map((k) => k.name);

/**
 * Builds the corpus: rounds over the (kind, use) pairs, each pair taking `weight` new seeds per round (at most `cap`
 * in all), until CORPUS_SIZE tokens. Each entry: { kind, use, aws, token }.
 */
export function buildCorpus() {
  const pairs = kinds.flatMap((k) => k.uses.map((use) => ({ ...k, use, next: 0 })));
  const corpus = [];
  while (corpus.length < CORPUS_SIZE) {
    const before = corpus.length;
    for (const pair of pairs) {
      for (let i = 0; i < pair.weight && pair.next < pair.cap && corpus.length < CORPUS_SIZE; i++) {
        const random = new SeededRandom(`${pair.name}|${pair.use}|${pair.next++}`);
        corpus.push({ kind: pair.name, use: pair.use, aws: pair.aws, token: pair.make(random, pair.use) });
      }
    }
    if (corpus.length === before) throw new Error('every kind reached its cap before the corpus was full');
  }
  return corpus;
}
