// Differential test of CognitoKit's token validator against aws-jwt-verify (awslabs), on a generated corpus of
// 6,000 Cognito ID and access tokens and mutations of them (support/jwt-corpus.js). Both validators get the same
// pool, app clients, keys (no network on either side), clock and 60-second tolerance.
//
// The rules:
// - a token CognitoKit accepts and aws-jwt-verify refuses fails the test, whatever its kind;
// - a token CognitoKit refuses and aws-jwt-verify accepts fails the test unless its kind is in `cognitoKitStricter`
//   below, where each entry names the rule that makes CognitoKit stricter and the row of the docs table that documents it;
// - CognitoKit must never throw, and aws-jwt-verify must answer each kind as the generator intends (otherwise a kind
//   would test something other than its name).
// A table of every kind and both verdicts is printed, disagreements first.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, mock, test } from 'node:test';
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { cognitoKitVerdicts } from './support/cognitokit-verdicts.js';
import { root } from './support/dotnet.js';
import { CORPUS_SIZE, NOW, SKEW, buildCorpus, jwks, kindNames, pool } from './support/jwt-corpus.js';

const SECTION = 'Where CognitoKit is stricter than aws-jwt-verify';
const documentedAt = (row) => `docs/tokens.md, section "${SECTION}", row "${row}"`;

/**
 * Kinds CognitoKit may refuse although aws-jwt-verify accepts them. Each entry: the kinds, the rule (RFC, OpenID
 * Connect or Cognito) that makes CognitoKit stricter, and the row of the docs table that documents it (the test checks
 * that the row's text is in that section).
 */
const cognitoKitStricter = [
  {
    kinds: ['b64/non-canonical-header', 'b64/non-canonical-payload', 'b64/non-canonical-signature', 'b64/padded-header', 'b64/padded-payload', 'b64/padded-signature'],
    reason: 'RFC 7515 §2: JWS segments are base64url without "=" padding; RFC 4648 §3.5: a decoder may refuse non-zero unused bits, so a signed token has one spelling.',
    docs: documentedAt('A segment that is not the canonical base64url of its bytes'),
  },
  {
    kinds: [
      'header/duplicate-alg-same-value', 'header/duplicate-alg-none-then-rs256', 'header/duplicate-kid-unknown-then-real',
      'payload/duplicate-exp-expired-then-valid', 'payload/duplicate-iss-escaped-name', 'payload/duplicate-sub-same-value',
    ],
    reason: 'RFC 7515 §5.2 and RFC 7519 §4: names must be unique, and a parser must either reject duplicates or use the last; CognitoKit rejects, aws-jwt-verify uses the last.',
    docs: documentedAt('A header or payload naming a member twice'),
  },
  {
    kinds: ['exp/missing'],
    reason: 'Cognito writes exp in every token (and OIDC Core §2 requires it in ID tokens); aws-jwt-verify checks exp only when present, so such a token never expires.',
    docs: documentedAt('No `exp`'),
  },
  {
    kinds: ['iat/missing', 'iat/future-beyond-skew', 'iat/after-exp'],
    reason: 'Cognito writes iat, the time of issue, in every token (OIDC Core §2 requires it in ID tokens; §3.1.3.7 (10) lets a client reject tokens issued too far from now); aws-jwt-verify does not check it.',
    docs: documentedAt('No `iat`, `iat` in the future (beyond the skew) or after `exp`'),
  },
  {
    kinds: ['payload/sub-missing'],
    reason: 'Cognito writes sub, the user\'s identity, in every token; OIDC Core §2 requires it in ID tokens.',
    docs: documentedAt('No `sub`'),
  },
  {
    kinds: ['exp/skew-boundary-exact', 'exp/fraction-in-boundary-second'],
    reason: 'RFC 7519 §4.1.4: the current time MUST be before exp (aws-jwt-verify still accepts at exactly exp plus its grace); CognitoKit reads dates in whole seconds, dropping a fraction.',
    docs: documentedAt('A token at its expiry second'),
  },
  {
    kinds: [
      'exp/after-year-9999', 'exp/1e15-as-integer', 'exp/1e15-as-exponent', 'exp/beyond-2^53', 'exp/beyond-int64', 'exp/1e300',
      'nbf/before-year-1', 'nbf/negative-1e300', 'iat/1e15-as-exponent', 'auth_time/1e15-as-exponent',
    ],
    reason: 'RFC 7519 §2 NumericDate, one rule for every spelling: the date must lie in the years 1 to 9999; Cognito writes dates within a day of now.',
    docs: documentedAt('A date claim (`exp`, `nbf`, `iat`, `auth_time`) outside years 1 to 9999'),
  },
  {
    kinds: ['header/crit-exp', 'header/crit-empty'],
    reason: 'RFC 7515 §4.1.11: a recipient MUST reject a token whose crit lists extensions it does not understand, and crit MUST NOT be empty; aws-jwt-verify ignores crit.',
    docs: documentedAt('A `crit` header parameter'),
  },
  {
    kinds: [
      'auth_time/string', 'payload/groups-string', 'payload/groups-with-number', 'payload/username-number',
      'payload/origin-jti-number', 'payload/event-id-object', 'payload/email-number', 'payload/email-verified-number',
    ],
    reason: 'OIDC Core §2 (auth_time is a number) and §5.1 (email a string, email_verified a boolean); Cognito writes cognito:groups as an array of strings and its ids and user names as strings.',
    docs: documentedAt('A Cognito claim of the wrong JSON type'),
  },
  {
    kinds: ['payload/invalid-utf8-in-sub'],
    reason: 'RFC 8259 §8.1: JSON text is UTF-8; aws-jwt-verify decodes invalid bytes to U+FFFD, so different subjects would read the same.',
    docs: documentedAt('Invalid UTF-8 in a string claim CognitoKit reads'),
  },
  {
    kinds: ['payload/lone-surrogate-in-sub'],
    reason: 'RFC 8259 §8.2: a string with an unpaired surrogate has no Unicode meaning (RFC 7493 §2.1 forbids it); aws-jwt-verify keeps it as is.',
    docs: documentedAt('An unpaired surrogate in a string claim CognitoKit reads'),
  },
  {
    kinds: ['kid/ascii-257-bytes', 'kid/utf8-257-bytes'],
    reason: 'Cognito key ids are 44 characters; CognitoKit refuses a kid over 256 bytes (after JSON unescaping) before any key lookup.',
    docs: documentedAt('A `kid` over 256 bytes'),
  },
  {
    kinds: ['header/40-members', 'payload/600-claims'],
    reason: 'A bound on parsing work before the signature is checked; Cognito writes 2 header parameters and a few dozen claims.',
    docs: documentedAt('More than 32 header parameters or 512 payload claims'),
  },
  {
    kinds: ['header/nested-member-depth-20', 'payload/nested-claim-depth-40'],
    reason: 'A bound on parsing work before the signature is checked: 16 levels in the header, 32 in the payload; Cognito\'s claims nest at most a few levels.',
    docs: documentedAt('Nesting deeper than 16 levels in the header or 32 in the payload'),
  },
  {
    kinds: ['size/300-kb'],
    reason: 'A bound on work per request, well above what Cognito issues (a user in 100 groups with 128-character names makes about 18.5 KB).',
    docs: documentedAt('A token over 256 KB'),
  },
];

const allowed = new Map(cognitoKitStricter.flatMap((entry) => entry.kinds.map((k) => [k, entry])));

let corpus;
let agreeing;

/** The verdicts of one kind and use, as "valid" or "Expired", or "valid 3, Expired 2" when seeds differ. */
const tally = (verdicts) => {
  const counts = new Map();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts.size === 1 ? [...counts.keys()][0] : [...counts].map(([v, n]) => `${v} ${n}`).join(', ');
};

function printTable() {
  const groups = new Map();
  corpus.forEach((entry) => {
    const key = `${entry.kind}\u0000${entry.use}`;
    const group = groups.get(key) ?? { kind: entry.kind, use: entry.use, ck: [], aws: [] };
    group.ck.push(entry.ck.verdict);
    group.aws.push(entry.awsVerdict);
    groups.set(key, group);
  });
  // One row per kind when ID and access tokens got the same verdicts, else one row per use.
  const merged = new Map();
  for (const g of groups.values()) {
    const row = { kind: g.kind, use: g.use, n: g.ck.length, ck: tally(g.ck), aws: tally(g.aws) };
    row.outcome = outcomeOf(g);
    const same = merged.get(g.kind);
    if (same && same.ck === row.ck && same.aws === row.aws) {
      same.use += `+${row.use}`;
      same.n += row.n;
    } else {
      merged.set(same ? `${g.kind}\u0000${g.use}` : g.kind, row);
    }
  }
  const order = { 'FAIL: CognitoKit accepts, aws-jwt-verify refuses': 0, 'FAIL: CognitoKit stricter, not allow-listed': 1, 'CognitoKit stricter (allow-listed)': 2, agree: 3 };
  const table = [...merged.values()].sort((a, b) => order[a.outcome] - order[b.outcome]);
  const width = (key, min) => Math.max(min, ...table.map((r) => String(r[key]).length));
  const [wk, wu, wc, wa] = [width('kind', 4), width('use', 3), width('ck', 10), width('aws', 14)];
  const line = (r) => `${r.kind.padEnd(wk)}  ${r.use.padEnd(wu)}  ${String(r.n).padStart(4)}  ${r.ck.padEnd(wc)}  ${r.aws.padEnd(wa)}  ${r.outcome}`;
  const pct = ((100 * agreeing) / corpus.length).toFixed(1);
  console.log(`\nDifferential test: ${corpus.length} tokens, ${kindNames.length} kinds; the verdicts agree on ${agreeing} (${pct}%).`);
  console.log(line({ kind: 'kind', use: 'use', n: 'n', ck: 'CognitoKit', aws: 'aws-jwt-verify', outcome: 'outcome' }));
  for (const r of table) console.log(line(r));
  const unused = cognitoKitStricter.flatMap((e) => e.kinds).filter((k) => corpus.every((t) => t.kind !== k || t.ck.verdict === 'valid' || t.awsVerdict !== 'valid'));
  if (unused.length) console.log(`\nAllow-listed kinds on which the two now agree: ${unused.join(', ')}`);
}

function outcomeOf(group) {
  const ckAccepts = group.ck.map((v) => v === 'valid');
  const awsAccepts = group.aws.map((v) => v === 'valid');
  if (ckAccepts.some((a, i) => a && !awsAccepts[i])) return 'FAIL: CognitoKit accepts, aws-jwt-verify refuses';
  if (ckAccepts.some((a, i) => !a && awsAccepts[i])) {
    return allowed.has(group.kind) ? 'CognitoKit stricter (allow-listed)' : 'FAIL: CognitoKit stricter, not allow-listed';
  }
  return 'agree';
}

const kindsWhere = (predicate) => [...new Set(corpus.filter(predicate).map((t) => `${t.kind} (${t.use})`))];

describe('CognitoKit token validator against aws-jwt-verify', () => {
  before(() => {
    corpus = buildCorpus();
    const dir = mkdtempSync(join(tmpdir(), 'ck-differential-'));
    try {
      const file = join(dir, 'corpus.json');
      writeFileSync(file, JSON.stringify({
        userPoolId: pool.userPoolId,
        region: pool.region,
        clientIds: pool.clientIds,
        clockSkewSeconds: SKEW,
        now: NOW,
        jwks,
        tokens: corpus.map(({ use, token }) => ({ use, token })),
      }));
      cognitoKitVerdicts(file, corpus.length).forEach((verdict, i) => {
        corpus[i].ck = verdict;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const verifiers = Object.fromEntries(['id', 'access'].map((tokenUse) => {
      const verifier = CognitoJwtVerifier.create({ userPoolId: pool.userPoolId, tokenUse, clientId: pool.clientIds, graceSeconds: SKEW });
      verifier.cacheJwks(jwks); // verifySync below only reads this cache: no network
      return [tokenUse, verifier];
    }));
    // aws-jwt-verify reads the clock with Date.now() and has no clock option: fix Date for the verification.
    mock.timers.enable({ apis: ['Date'], now: NOW * 1000 });
    try {
      for (const entry of corpus) {
        try {
          verifiers[entry.use].verifySync(entry.token);
          entry.awsVerdict = 'valid';
        } catch (error) {
          entry.awsVerdict = error?.constructor?.name ?? 'thrown';
        }
      }
    } finally {
      mock.timers.reset();
    }

    agreeing = corpus.filter((t) => (t.ck.verdict === 'valid') === (t.awsVerdict === 'valid')).length;
    printTable();
  });

  test('the corpus holds 6,000 tokens, several of every kind', () => {
    assert.equal(corpus.length, CORPUS_SIZE);
    assert.equal(CORPUS_SIZE, 6000);
    const perKind = new Map();
    for (const t of corpus) perKind.set(t.kind, (perKind.get(t.kind) ?? 0) + 1);
    assert.deepEqual([...perKind.keys()].sort(), [...kindNames].sort(), 'every kind of the catalogue is in the corpus');
    assert.ok(kindNames.length >= 150, `expected at least 150 kinds, got ${kindNames.length}`);
    const thin = [...perKind].filter(([, n]) => n < 4);
    assert.deepEqual(thin, [], 'every kind has at least 4 tokens');
    assert.ok(corpus.some((t) => t.use === 'id') && corpus.some((t) => t.use === 'access'));
  });

  test('aws-jwt-verify answers every kind as the generator intends', () => {
    const wrong = corpus.filter((t) => (t.aws === 'refused' ? t.awsVerdict === 'valid' : t.awsVerdict !== t.aws));
    const described = [...new Set(wrong.map((t) => `${t.kind} (${t.use}): expected ${t.aws}, got ${t.awsVerdict}`))];
    assert.deepEqual(described, [], 'kinds that do not test what their name says');
  });

  test('CognitoKit answers every token with a verdict, never an exception', () => {
    assert.deepEqual(kindsWhere((t) => t.ck.verdict.startsWith('threw:')), []);
  });

  test('CognitoKit accepts no token that aws-jwt-verify refuses', () => {
    const kinds = kindsWhere((t) => t.ck.verdict === 'valid' && t.awsVerdict !== 'valid');
    assert.deepEqual(kinds, [], 'kinds CognitoKit accepts although aws-jwt-verify refuses them (see the table above)');
  });

  test('every token CognitoKit alone refuses is of an allow-listed kind', () => {
    const kinds = kindsWhere((t) => t.ck.verdict !== 'valid' && t.awsVerdict === 'valid' && !allowed.has(t.kind));
    assert.deepEqual(kinds, [], 'kinds CognitoKit refuses, aws-jwt-verify accepts, and no allow-list entry explains (see the table above)');
  });

  test('every allow-list entry names its rule and a docs row that exists', () => {
    const tokensMd = readFileSync(join(root, 'docs/tokens.md'), 'utf8');
    const heading = new RegExp(`^(#+) ${SECTION}$`, 'm').exec(tokensMd);
    let section = '';
    if (heading) {
      // The section runs to the next heading of its level or above.
      const body = tokensMd.slice(heading.index + heading[0].length);
      const end = body.search(new RegExp(`^#{1,${heading[1].length}} `, 'm'));
      section = heading[0] + (end >= 0 ? body.slice(0, end) : body);
    }
    assert.ok(section.includes(SECTION), `docs/tokens.md has no section "${SECTION}"`);
    for (const entry of cognitoKitStricter) {
      assert.match(entry.reason, /RFC \d+|OIDC Core|Cognito/, `entry for ${entry.kinds[0]} names no rule`);
      for (const k of entry.kinds) assert.ok(kindNames.includes(k), `allow-listed kind ${k} is not in the corpus`);
    }
    const missing = cognitoKitStricter.map((e) => /row "(.+)"$/.exec(e.docs)[1]).filter((row) => !section.includes(row));
    assert.deepEqual(missing, [], `rows missing from the docs section "${SECTION}"`);
  });

  test('the verdicts agree on a large majority of tokens, many of them valid', () => {
    // About a quarter of the kinds are allow-listed disagreements by design; three quarters is the floor.
    assert.ok(agreeing >= 0.75 * corpus.length, `the verdicts agree on only ${agreeing} of ${corpus.length} tokens`);
    const bothAccept = corpus.filter((t) => t.ck.verdict === 'valid' && t.awsVerdict === 'valid').length;
    const bothRefuse = corpus.filter((t) => t.ck.verdict !== 'valid' && t.awsVerdict !== 'valid').length;
    assert.ok(bothAccept >= 1500, `only ${bothAccept} tokens accepted by both`);
    assert.ok(bothRefuse >= 1500, `only ${bothRefuse} tokens refused by both`);
  });
});
