// What the store does with its sensitive fields (source descriptors, reviewer notes,
// raw files, a report's full text): kept as they are when the store has no key
// ('off'); sealed and opened with the user's key ('on'); or, when the store is
// sealed and no key was given ('locked'), withheld on read and refused on write:
// everything else is still served.
import type { Kysely } from 'kysely';
import { CasefileError } from '../../core/errors.js';
import type { Database } from '../schema.js';
import type { LinkTables } from '../incidents/schema.js';
import { retagWitnesses } from '../incidents/witness-tags.js';
import { createSealer, isSealedBytes, isSealedText, newSalt, tagger, type Sealer } from './sealer.js';

export type ProtectionState = 'off' | 'on' | 'locked';

/** what a withheld text field reads as, so every page and export says why it is empty */
export const WITHHELD = '[withheld: encrypted, and no key is set (CASEFILE_KEY_FILE)]';

export interface Protection {
  readonly state: ProtectionState;
  sealText(value: string, context: string): string;
  /** a sealed value opened ('on') or WITHHELD ('locked'); a value never sealed as it is */
  openText(stored: string, context: string): string;
  sealBytes(value: Uint8Array, context: string): Uint8Array;
  /** throws E_LOCKED when locked: raw files have no placeholder */
  openBytes(stored: Uint8Array, context: string): Uint8Array;
  /** throws E_LOCKED unless sensitive fields can be written */
  assertWritable(what: string): void;
  /** a witness key (a hash of a source descriptor) as stored: keyed in a protected store, so a guess cannot be checked against it */
  witnessTag(key: string): string;
}

/** Where a sealed value lives, bound into its ciphertext. */
export const contexts = {
  text: (reportId: string) => `reports.text:${reportId}`,
  descriptor: (reportId: string, sourceId: string) => `source_descriptors:${reportId}:${sourceId}`,
  raw: (reportId: string) => `report_raw:${reportId}`,
  note: (noteId: string) => `review_notes:${noteId}`,
  decision: (reportId: string) => `review_decisions:${reportId}`,
  audit: 'audit_log',
  witnessSalt: 'store_key:witness_salt',
};

const locked = (what: string) => new CasefileError('E_LOCKED', `cannot write ${what} to a protected store without its key`, { where: 'CASEFILE_KEY_FILE' });

export const CLEAR: Protection = {
  state: 'off',
  sealText: (v) => v,
  openText: (v) => v,
  sealBytes: (v) => v,
  openBytes: (v) => v,
  assertWritable() {},
  witnessTag: (key) => key,
};

export const LOCKED: Protection = {
  state: 'locked',
  sealText: () => { throw locked('a sensitive field'); },
  openText: (v) => (isSealedText(v) ? WITHHELD : v),
  sealBytes: () => { throw locked('a raw file'); },
  openBytes(v, context) {
    if (!isSealedBytes(v)) return v;
    throw new CasefileError('E_LOCKED', 'the raw file is encrypted and no key is set (CASEFILE_KEY_FILE)', { where: context });
  },
  assertWritable(what) { throw locked(what); },
  witnessTag: () => { throw locked('links'); },
};

export function keyed(sealer: Sealer, witnessTag: (key: string) => string): Protection {
  return {
    state: 'on',
    sealText: (v, c) => sealer.sealText(v, c),
    openText: (v, c) => (isSealedText(v) ? sealer.openText(v, c) : v),
    sealBytes: (v, c) => sealer.sealBytes(v, c),
    openBytes: (v, c) => (isSealedBytes(v) ? sealer.openBytes(v, c) : v),
    assertWritable() {},
    witnessTag,
  };
}

type KeyDb = Kysely<Database>;

export async function storeFingerprint(db: KeyDb): Promise<string | null> {
  const row = await db.selectFrom('store_key').select('fingerprint').where('id', '=', 1).executeTakeFirst();
  return row?.fingerprint ?? null;
}

async function holdsData(db: KeyDb): Promise<boolean> {
  const report = await db.selectFrom('reports').select('id').limit(1).executeTakeFirst();
  return report !== undefined || (await db.selectFrom('review_notes').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * The protection of an opened store. A key given to a store without one is recorded
 * when the store is empty (a new store); a store that already holds clear data is
 * sealed only on purpose, by `casefile key init`.
 */
export async function protectionOf(db: KeyDb, key: Uint8Array | null, where: string): Promise<Protection> {
  const recorded = await storeFingerprint(db);
  if (key === null) return recorded === null ? CLEAR : LOCKED;
  const sealer = await createSealer(key);
  if (recorded === null) {
    if (await holdsData(db)) {
      throw new CasefileError('E_KEY', 'this store holds reports that are not encrypted; run `casefile key init --key-file NEW_FILE` on it to encrypt them with a new key', { where });
    }
    await db.insertInto('store_key').values({ id: 1, fingerprint: sealer.fingerprint, sealed_at: new Date().toISOString(), witness_salt: null })
      .onConflict((oc) => oc.column('id').doNothing()).execute();
    // another process may have recorded its key first
    return protectionOf(db, key, where);
  }
  if (recorded !== sealer.fingerprint) {
    throw new CasefileError('E_KEY', 'CASEFILE_KEY_FILE holds a different key from the one this store was encrypted with (if `casefile key rotate` was interrupted, the new key is in KEYFILE.new)', { where });
  }
  return keyed(sealer, await witnessTagOf(db, sealer));
}

export const sealSalt = (p: Pick<Protection, 'sealText'>, salt: Uint8Array) => p.sealText(Buffer.from(salt).toString('base64'), contexts.witnessSalt);
export const openSalt = (p: Pick<Protection, 'openText'>, sealed: string) => new Uint8Array(Buffer.from(p.openText(sealed, contexts.witnessSalt), 'base64'));

/**
 * The store's witness hasher. A store sealed before it had a salt (migration 0010)
 * gets one the first time it is opened with its key, and its stored hashes are keyed
 * in the same transaction; of two processes doing so at once, one wins.
 */
async function witnessTagOf(db: KeyDb, sealer: Sealer): Promise<(key: string) => string> {
  const row = await db.selectFrom('store_key').select('witness_salt').where('id', '=', 1).executeTakeFirst();
  if (row?.witness_salt) return tagger(openSalt(sealer, row.witness_salt));
  const salt = await newSalt();
  const tag = tagger(salt);
  const won = await db.transaction().execute(async (trx) => {
    const set = await trx.updateTable('store_key').set({ witness_salt: sealSalt(sealer, salt) }).where('id', '=', 1).where('witness_salt', 'is', null).executeTakeFirst();
    if (Number(set.numUpdatedRows) !== 1) return false;
    await retagWitnesses(trx as unknown as Kysely<LinkTables>, tag);
    return true;
  });
  return won ? tag : witnessTagOf(db, sealer);
}
