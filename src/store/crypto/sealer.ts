// Authenticated encryption of single values with libsodium's XChaCha20-Poly1305
// (random 24-byte nonces are safe at any volume). Each value is bound to where it
// lives (its context: table, column and row key) as additional data, so a sealed
// value copied into another row or column does not open.
import sodium from 'libsodium-wrappers';
import { CasefileError } from '../../core/errors.js';

export const KEY_BYTES = 32;
/** text values: "cf1:" + base64(nonce ‖ ciphertext) */
const TEXT_PREFIX = 'cf1:';
/** byte values: these four bytes, then nonce ‖ ciphertext */
const BYTES_MAGIC = Uint8Array.from([0x43, 0x46, 0x31, 0x00]);

export interface Sealer {
  /** a fingerprint of the key (keyed hash of a constant): names the key without revealing it */
  readonly fingerprint: string;
  sealText(value: string, context: string): string;
  openText(sealed: string, context: string): string;
  sealBytes(value: Uint8Array, context: string): Uint8Array;
  openBytes(sealed: Uint8Array, context: string): Uint8Array;
}

export const ready = () => sodium.ready;

export const isSealedText = (v: string) => v.startsWith(TEXT_PREFIX);
export const isSealedBytes = (v: Uint8Array) => v.length >= BYTES_MAGIC.length && BYTES_MAGIC.every((b, i) => v[i] === b);

export async function newKey(): Promise<Uint8Array> {
  await sodium.ready;
  return sodium.crypto_aead_xchacha20poly1305_ietf_keygen();
}

export async function createSealer(key: Uint8Array): Promise<Sealer> {
  await sodium.ready;
  if (key.length !== KEY_BYTES) throw new CasefileError('E_KEY', `a key is ${KEY_BYTES} bytes, this one ${key.length}`);
  const NONCE = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  const seal = (plain: Uint8Array, context: string): Uint8Array => {
    const nonce = sodium.randombytes_buf(NONCE);
    const cipher = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plain, context, null, nonce, key);
    const out = new Uint8Array(NONCE + cipher.length);
    out.set(nonce);
    out.set(cipher, NONCE);
    return out;
  };
  const open = (sealed: Uint8Array, context: string): Uint8Array => {
    try {
      return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed.subarray(NONCE), context, sealed.subarray(0, NONCE), key);
    } catch {
      throw new CasefileError('E_KEY', 'a sealed value does not open with this key (wrong key, or the value was altered or moved)', { where: context });
    }
  };
  return {
    fingerprint: sodium.to_base64(sodium.crypto_generichash(16, 'casefile key fingerprint v1', key), sodium.base64_variants.URLSAFE_NO_PADDING),
    sealText: (value, context) => TEXT_PREFIX + sodium.to_base64(seal(sodium.from_string(value), context), sodium.base64_variants.ORIGINAL),
    openText(sealed, context) {
      if (!isSealedText(sealed)) throw new CasefileError('E_KEY', 'the value is not sealed', { where: context });
      return sodium.to_string(open(sodium.from_base64(sealed.slice(TEXT_PREFIX.length), sodium.base64_variants.ORIGINAL), context));
    },
    sealBytes(value, context) {
      const sealed = seal(value, context);
      const out = new Uint8Array(BYTES_MAGIC.length + sealed.length);
      out.set(BYTES_MAGIC);
      out.set(sealed, BYTES_MAGIC.length);
      return out;
    },
    openBytes(sealed, context) {
      if (!isSealedBytes(sealed)) throw new CasefileError('E_KEY', 'the bytes are not sealed', { where: context });
      return open(sealed.subarray(BYTES_MAGIC.length), context);
    },
  };
}

export const SALT_BYTES = 32;

export async function newSalt(): Promise<Uint8Array> {
  await sodium.ready;
  return sodium.randombytes_buf(SALT_BYTES);
}

/**
 * A keyed hash (BLAKE2b, 96 bits) of short values such as witness keys: equal values
 * give equal tags, and without the salt a guessed value cannot be checked against one.
 */
export function tagger(salt: Uint8Array): (value: string) => string {
  return (value) => sodium.to_base64(sodium.crypto_generichash(12, value, salt), sodium.base64_variants.URLSAFE_NO_PADDING);
}

