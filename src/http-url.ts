/**
 * Resolves `value` (trimmed) against `base` and returns the absolute URL only when it is `http:` or
 * `https:`, else `null`: registry URLs become links only then, so `javascript:` or `data:` never do.
 * The views use it for links, the registry checks and the command line for warnings.
 *
 * @example
 * resolveHttpUrl('/pages/cookies/', document.baseURI); // 'https://portal.example/pages/cookies/'
 */
export function resolveHttpUrl(value: string, base: string): string | null {
  // An empty value would resolve to the page itself: no link is the honest rendering.
  if (!value.trim()) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
