/** Network failures in words, for the scripts that go online (data:refresh, links:check). */

/**
 * What went wrong underneath a failed fetch: undici says only "fetch failed" and keeps the reason
 * (no DNS, refused, reset, TLS) in its cause.
 */
export function networkFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN")
    return `the host could not be found (${cause.code}): is this machine offline?`;
  if (cause?.message)
    return `${error instanceof Error ? error.message : "fetch failed"}: ${cause.message}${cause.code && !cause.message.includes(cause.code) ? ` (${cause.code})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
