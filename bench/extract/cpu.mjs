// Throughput is measured in this process's CPU time, not wall time: on a shared
// machine wall time also measures the neighbours. It includes V8's helper threads
// (GC, compiler), so it errs against the measured code, for both contenders alike.
export const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
