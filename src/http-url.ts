/**
 * Resolves `value` (trimmed) against `base` (the page's base URL by default) and returns the
 * absolute URL only when it is `http:` or `https:`, else `null` (`null` too for no value):
 * registry URLs become links only then, so `javascript:` or `data:` never do. The views use it
 * for links, the registry checks and the command line for warnings.
 *
 * @example
 * resolveHttpUrl('/pages/cookies/'); // 'https://portal.example/pages/cookies/'
 * resolveHttpUrl(registry.policyUrl, 'https://example.invalid/'); // null when it has none
 */
export function resolveHttpUrl(value: string | undefined, base: string = document.baseURI): string | null {
  const trimmed = value?.trim();
  // An empty value would resolve to the page itself: no link is the honest rendering.
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
