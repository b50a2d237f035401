/**
 * The script URL a failed dynamic import names, without its query: Chromium says "Failed to fetch dynamically
 * imported module: URL", Firefox "error loading dynamically imported module: URL"; Safari names none ("Importing a
 * module script failed."). The page's lazy views and the worker's lazy jobs both import that URL again under a new
 * query, because Chromium keeps a failed fetch in its module map.
 */
const URL_IN_MESSAGE = /((?:https?|file):\/\/\S+?\.(?:m?js|tsx?))(?:\?\S*)?(?=\s|$)/;

export function failedModuleUrl(message: string): string | undefined {
  return URL_IN_MESSAGE.exec(message)?.[1];
}
