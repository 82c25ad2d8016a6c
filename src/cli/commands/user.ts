// casefile user add|list|remove: accounts of a data folder. The password is asked
// on the terminal (not echoed) or, when stdin is not a terminal, read from its
// first line, so scripts can pipe it in.
import type { Command } from 'commander';
import { Option } from 'commander';
import { ACCESS_ROLES, type AccessRole } from '../../core/access.js';
import { CasefileError } from '../../core/errors.js';

interface UserFlags {
  data?: string;
  role: AccessRole;
}

export function registerUser(program: Command): void {
  const user = program.command('user').description('manage the accounts that may sign in (admin, analyst, viewer)');
  user.command('add')
    .description('add an account, or change the role and password of an existing one')
    .argument('<name>', 'the name to sign in with')
    .addOption(new Option('--role <role>', 'admin manages accounts and reads the audit log; analyst reviews; viewer reads without sources or notes').choices([...ACCESS_ROLES]).makeOptionMandatory())
    .option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action((name: string, flags: UserFlags) => withStore(flags.data, async (store, actor) => {
      const [{ hashPassword, USER_NAME }] = await Promise.all([import('../../api/auth/credentials.js')]);
      if (!USER_NAME.test(name)) throw new CasefileError('E_BAD_PARAM', 'use letters, digits, dot, dash or underscore (at most 64)', { where: `name "${name}"` });
      const hashed = await hashPassword(await readPassword(`Password for ${name}: `));
      const before = await store.users.find(name);
      const { created } = await store.users.put(name, flags.role, hashed);
      await store.audit.append({ actor, action: created ? 'user.add' : 'user.change', before: before ? { name, role: before.role } : null, after: { name, role: flags.role } });
      console.log(`user ${name} ${created ? 'added' : 'changed'} (${flags.role})`);
    }));
  user.command('list').description('list the accounts').option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action((flags: { data?: string }) => withStore(flags.data, async (store) => {
      for (const u of await store.users.list()) console.log(`${u.name}\t${u.role}\t${u.createdAt}`);
    }));
  user.command('remove').description('remove an account and end its sessions').argument('<name>').option('--data <dir>', 'data folder (default: CASEFILE_DATA or ./data)')
    .action((name: string, flags: { data?: string }) => withStore(flags.data, async (store, actor) => {
      const before = await store.users.find(name);
      if (!before || !(await store.users.remove(name))) throw new CasefileError('E_NOT_FOUND', `no user ${name}`, { where: 'user remove' });
      await store.audit.append({ actor, action: 'user.remove', before: { name, role: before.role } });
      console.log(`user ${name} removed`);
    }));
}

type StoreT = import('../../store/port.js').Store;

export async function withStore(dataDir: string | undefined, work: (store: StoreT, actor: string) => Promise<void>): Promise<void> {
  const [{ loadConfig }, { openStore }, { cliActor }] = await Promise.all([import('../../core/config.js'), import('../../store/open.js'), import('./ingest.js')]);
  const store = await openStore(loadConfig({ dataDir }));
  try {
    await work(store, cliActor());
  } finally {
    await store.close();
  }
}

async function readPassword(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += chunk;
    const line = text.split(/\r?\n/)[0];
    if (!line) throw new CasefileError('E_BAD_PARAM', 'no password on stdin', { where: 'stdin' });
    return line;
  }
  const { createInterface } = await import('node:readline');
  const ask = (q: string) => new Promise<string>((resolve) => {
    const rl = createInterface({ input: stdin, output: stderr, terminal: true });
    // the typed characters are not echoed
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => { if (s.startsWith(q)) stderr.write(q); };
    rl.question(q, (answer) => { rl.close(); stderr.write('\n'); resolve(answer); });
  });
  const first = await ask(prompt);
  if ((await ask('Again: ')) !== first) throw new CasefileError('E_BAD_PARAM', 'the two passwords differ', { where: 'password' });
  return first;
}
