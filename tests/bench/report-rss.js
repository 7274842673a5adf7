// Loaded with --import: reports the process's peak memory when it exits.
process.on('exit', () => {
  if (process.env.BENCH_RSS) process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`);
});
