// Whether a process id belongs to a live process, for lock files and temporary
// folders named after the process that made them.
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, and someone else's
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
