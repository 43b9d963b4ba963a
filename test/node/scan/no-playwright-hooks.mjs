// Module hooks for a run without playwright-core: resolving it fails as it does when it is not installed.
export async function resolve(specifier, context, next) {
  if (specifier === 'playwright-core') {
    const error = new Error("Cannot find package 'playwright-core'");
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}
