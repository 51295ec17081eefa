// The tools the differential corpus is made with: a seeded random source, RSA keys derived from it, JSON written
// member by member (so a test can repeat a name or spell a number its own way), and JWS compact serialization with
// the signature computed here (RS256/RS384/RS512 through node:crypto, PS256 and HS256 by hand), not by a JWT library.
import {
  checkPrimeSync,
  constants,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  privateEncrypt,
  sign,
} from 'node:crypto';

/** A deterministic random source: SHA-256 of "seed:counter", so the same seed always gives the same bytes. */
export class SeededRandom {
  constructor(seed) {
    this.seed = String(seed);
    this.counter = 0;
  }

  bytes(count) {
    const blocks = [];
    for (let have = 0; have < count; have += 32) {
      blocks.push(createHash('sha256').update(`${this.seed}:${this.counter++}`).digest());
    }
    return Buffer.concat(blocks).subarray(0, count);
  }

  /** An integer in [0, max). */
  int(max) {
    return this.bytes(6).readUIntBE(0, 6) % max;
  }

  pick(values) {
    return values[this.int(values.length)];
  }

  text(length, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789') {
    let out = '';
    for (const b of this.bytes(length)) out += alphabet[b % alphabet.length];
    return out;
  }

  uuid() {
    const b = this.bytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
}

export const b64url = (bytes) => Buffer.from(bytes).toString('base64url');

const toBytes = (n) => {
  const hex = n.toString(16);
  return Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
};

const modPow = (base, exponent, modulus) => {
  let result = 1n;
  let b = base % modulus;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
  }
  return result;
};

const modInverse = (a, m) => {
  let [oldR, r] = [a % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new Error('not invertible');
  return ((oldS % m) + m) % m;
};

const smallPrimes = (() => {
  const out = [];
  for (let n = 3; n < 3000; n += 2) if (out.every((p) => n % p !== 0)) out.push(n);
  return out.map(BigInt);
})();

const E = 65537n;

function seededPrime(random, bits) {
  for (;;) {
    const start = random.bytes(bits / 8);
    start[0] |= 0xc0; // top two bits set: the product of two such primes has exactly 2 * bits bits
    start[start.length - 1] |= 1;
    let candidate = BigInt(`0x${start.toString('hex')}`);
    for (let i = 0; i < 4096; i++, candidate += 2n) {
      if (smallPrimes.some((p) => candidate % p === 0n)) continue;
      if ((candidate - 1n) % E === 0n) continue;
      if (checkPrimeSync(candidate, { checks: 40 })) return candidate;
    }
  }
}

/**
 * An RSA 2048 key pair derived from `seed` (same seed, same key), as { kid, privateKey, publicJwk }.
 * node:crypto has no seeded key generation, so the primes are found here and node checks their primality.
 */
export function seededRsaKey(seed, kid) {
  const random = new SeededRandom(`rsa:${seed}`);
  const p = seededPrime(random, 1024);
  let q = seededPrime(random, 1024);
  while (q === p) q = seededPrime(random, 1024);
  const n = p * q;
  const d = modInverse(E, (p - 1n) * (q - 1n));
  const jwk = {
    kty: 'RSA',
    n: b64url(toBytes(n)),
    e: b64url(toBytes(E)),
    d: b64url(toBytes(d)),
    p: b64url(toBytes(p)),
    q: b64url(toBytes(q)),
    dp: b64url(toBytes(d % (p - 1n))),
    dq: b64url(toBytes(d % (q - 1n))),
    qi: b64url(toBytes(modInverse(q, p))),
  };
  const privateKey = createPrivateKey({ key: jwk, format: 'jwk' });
  if (toBytes(n).length !== 256 || modPow(modPow(42n, E, n), d, n) !== 42n) throw new Error('bad RSA key');
  return {
    kid,
    privateKey,
    publicKey: createPublicKey(privateKey),
    publicJwk: { alg: 'RS256', e: jwk.e, kid, kty: 'RSA', n: jwk.n, use: 'sig' },
  };
}

/** JSON text written verbatim: a number spelled `1e15`, an escaped name, a string with escapes. */
export class Raw {
  constructor(text) {
    this.text = text;
  }
}

export const raw = (text) => new Raw(text);

const encode = (value) => (value instanceof Raw ? value.text : JSON.stringify(value));

/** A JSON object kept as an ordered list of members, so names can repeat and any member can be spelled raw. */
export class JsonObject {
  constructor(entries = []) {
    this.entries = entries;
  }

  has(name) {
    return this.entries.some(([k]) => k === name);
  }

  get(name) {
    return this.entries.find(([k]) => k === name)?.[1];
  }

  /** Replaces the first member named `name`, or appends one. */
  set(name, value) {
    const entry = this.entries.find(([k]) => k === name);
    if (entry) entry[1] = value;
    else this.entries.push([name, value]);
    return this;
  }

  delete(name) {
    this.entries = this.entries.filter(([k]) => k !== name);
    return this;
  }

  /** Appends a member even when the name is already there. */
  append(name, value) {
    this.entries.push([name, value]);
    return this;
  }

  text() {
    return `{${this.entries.map(([k, v]) => `${encode(k)}:${encode(v)}`).join(',')}}`;
  }
}

/** EMSA-PSS with SHA-256 and a 32-byte salt (RFC 8017 §9.1.1), signed with the raw RSA operation. */
function signPs256(key, input, salt) {
  const emLen = 256;
  const mHash = createHash('sha256').update(input).digest();
  const h = createHash('sha256').update(Buffer.concat([Buffer.alloc(8), mHash, salt])).digest();
  const db = Buffer.concat([Buffer.alloc(emLen - salt.length - 32 - 2), Buffer.from([1]), salt]);
  const mask = [];
  for (let counter = 0; Buffer.concat(mask).length < db.length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    mask.push(createHash('sha256').update(Buffer.concat([h, c])).digest());
  }
  const dbMask = Buffer.concat(mask);
  for (let i = 0; i < db.length; i++) db[i] ^= dbMask[i];
  db[0] &= 0x7f; // emBits = 2047
  const em = Buffer.concat([db, h, Buffer.from([0xbc])]);
  return privateEncrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, em);
}

/** Signs `input` (the ASCII signing input) as `alg`. Unknown algorithms get 256 seeded bytes. */
export function signature(alg, key, input, random) {
  switch (alg) {
    case 'RS256':
      return sign('sha256', Buffer.from(input), key.privateKey);
    case 'RS384':
      return sign('sha384', Buffer.from(input), key.privateKey);
    case 'RS512':
      return sign('sha512', Buffer.from(input), key.privateKey);
    case 'PS256':
      return signPs256(key, Buffer.from(input), random.bytes(32));
    case 'HS256-public-key':
      // The classic confusion attack: HMAC keyed with the verifier's own public key.
      return createHmac('sha256', key.publicKey.export({ type: 'spki', format: 'pem' })).update(input).digest();
    case 'none':
      return Buffer.alloc(0);
    default:
      return random.bytes(256);
  }
}

/** Sets unused low bits of the last character of an unpadded base64url string (no-op when there are none). */
export function nonCanonical(segment) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const spare = { 2: 0b1111, 3: 0b11 }[segment.length % 4];
  if (!spare) throw new Error('segment has no unused bits');
  const last = alphabet.indexOf(segment.at(-1));
  if (last & spare) throw new Error('segment is not canonical to begin with');
  return segment.slice(0, -1) + alphabet[last | 1];
}

/** Pads a base64url string with '=' to a multiple of four characters. */
export const padded = (segment) => segment + '='.repeat((4 - (segment.length % 4)) % 4);
