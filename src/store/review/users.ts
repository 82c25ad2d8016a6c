// Accounts and sessions. Passwords arrive already hashed (Argon2id, api/auth);
// sessions are found by a hash of their token, never by the token itself.
import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/access.js';
import type { UserStore } from './port.js';
import type { ReviewTables } from './schema.js';

type Db = Kysely<ReviewTables>;

const user = (r: { name: string; role: string; created_at: string }) => ({ name: r.name, role: r.role as AccessRole, createdAt: r.created_at });

export function createUserStore(db: Db): UserStore {
  return {
    async count() {
      const row = await db.selectFrom('users').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async list() {
      return (await db.selectFrom('users').select(['name', 'role', 'created_at']).orderBy('name').execute()).map(user);
    },
    async find(name) {
      const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
      return r ? { ...user(r), passwordHash: r.password_hash } : null;
    },
    async put(name, role, passwordHash) {
      const created_at = new Date().toISOString();
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('users').select('name').where('name', '=', name).executeTakeFirst();
        if (existing) {
          await trx.updateTable('users').set({ role, password_hash: passwordHash }).where('name', '=', name).execute();
          // a changed password or role ends the sessions opened under the old one
          await trx.deleteFrom('sessions').where('user_name', '=', name).execute();
          return { created: false };
        }
        await trx.insertInto('users').values({ name, role, password_hash: passwordHash, created_at }).execute();
        return { created: true };
      });
    },
    async remove(name) {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('sessions').where('user_name', '=', name).execute();
        const r = await trx.deleteFrom('users').where('name', '=', name).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      });
    },
    async createSession(tokenHash, userName, csrf, expiresAt) {
      const now = new Date().toISOString();
      // expired sessions are cleared as new ones open, so the table stays small
      await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
      await db.insertInto('sessions').values({ token_hash: tokenHash, user_name: userName, csrf, created_at: now, expires_at: expiresAt }).execute();
    },
    async findSession(tokenHash, now) {
      const r = await db.selectFrom('sessions as s').innerJoin('users as u', 'u.name', 's.user_name')
        .select(['u.name', 'u.role', 'u.created_at', 's.csrf', 's.expires_at'])
        .where('s.token_hash', '=', tokenHash).where('s.expires_at', '>', now).executeTakeFirst();
      return r ? { user: user(r), csrf: r.csrf, expiresAt: r.expires_at } : null;
    },
    async deleteSession(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}
