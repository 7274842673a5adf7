// Server latency: filled in when the language server exists (issue 4).
export async function serverLatency() {
  return undefined;
}
