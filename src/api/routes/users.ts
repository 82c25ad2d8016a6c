// Accounts, for admins: list, add or change (name, role, password), remove.
import { Hono } from 'hono';
import { z } from 'zod';
import { ACCESS_ROLES } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';
import { hashPassword, USER_NAME } from '../auth/credentials.js';
import { callerOf } from '../auth/guard.js';
import { parsedBody } from '../body.js';
import type { ApiDeps } from '../deps.js';
import { parseParams, pathParam } from '../params.js';

const UserName = z.string().regex(USER_NAME, 'a name of letters, digits, dot, dash or underscore (at most 64)');
export const NewUser = z.strictObject({ name: UserName, role: z.enum(ACCESS_ROLES), password: z.string().max(1024) });

export function userRoutes({ store }: ApiDeps): Hono {
  return new Hono()
    .get('/', async (c) => c.json({ items: await store.users.list() }))
    .post('/', async (c) => {
      const { name, role, password } = await parsedBody(NewUser, c);
      const before = await store.users.find(name);
      const { created } = await store.users.put(name, role, await hashPassword(password));
      await store.audit.append({ actor: callerOf(c).name, action: created ? 'user.add' : 'user.change', before: before ? { name, role: before.role } : null, after: { name, role } });
      c.set('audited', true);
      return c.json({ name, role, created }, created ? 201 : 200);
    })
    .delete('/:name', async (c) => {
      const name = parseParams(UserName, c.req.param('name'), () => pathParam('name'));
      const before = await store.users.find(name);
      if (!before || !(await store.users.remove(name))) throw new CasefileError('E_NOT_FOUND', `no user ${name}`, { where: 'path.name' });
      await store.audit.append({ actor: callerOf(c).name, action: 'user.remove', before: { name, role: before.role } });
      c.set('audited', true);
      return c.json({ removed: name });
    });
}
