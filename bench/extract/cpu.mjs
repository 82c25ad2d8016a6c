import { readdirSync, readFileSync } from 'node:fs';

// Throughput is measured in this process's CPU time, not wall time: on a shared
// machine wall time also measures the neighbours. It includes V8's helper threads
// (GC, compiler), so it errs against the measured code, for both contenders alike.
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * CPU time of this process's threads other than the main one: V8's optimising compiler and the garbage
 * collector's helpers, which a CPU profile (main thread only) never shows. Read from /proc, so Linux
 * only; null elsewhere.
 */
export function helperCpuMs() {
  let tasks;
  try {
    tasks = readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  let ticks = 0;
  for (const tid of tasks) {
    if (tid === String(process.pid)) continue;
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // fields after the command name, which may hold spaces: utime and stime are the 12th and 13th
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // a thread that ended between the listing and the read
    }
  }
  // the kernel counts in clock ticks, 100 a second on Linux
  return ticks * 10;
}

/**
 * Words per second of CPU over the later half of the batches: what the code does once V8 has compiled it,
 * beside the whole run's figure, which includes warm-up. Batches are { words, ms }.
 */
export function laterHalfWordsPerSecond(batches) {
  const later = batches.slice(Math.floor(batches.length / 2));
  const words = later.reduce((n, b) => n + b.words, 0);
  const ms = later.reduce((n, b) => n + b.ms, 0);
  return ms > 0 ? words / (ms / 1000) : 0;
}
