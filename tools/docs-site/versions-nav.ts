// The docs site's version switcher: a bar fixed at the top of every page, with a list of every
// version's page (relative links, so the site works from a folder, a file:// URL or any web server).
// No script: a <details> element opens the list.
import { KNOWN_VERSIONS, LAST_KNOWN_VERSION, LATEST } from '@extender-users/api-types';

/** The site's versions, newest first: latest, then the history from the newest numbered version down. */
export const SITE_VERSIONS: readonly string[] = [LATEST, ...[...KNOWN_VERSIONS].reverse()];

/** How a version is named on the site. */
export const label = (version: string) => (version === LATEST ? `latest (after ${LAST_KNOWN_VERSION})` : version);

/** The bar's height in pixels (Redoc is told, so its menu and scrolling leave room for it). */
export const NAV_HEIGHT = 44;

/** Where a version's page is, relative to the site's root. */
export const pagePath = (version: string) => `${version}/index.html`;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The bar of the page of `current`, linking every version in `versions` (the first is the newest). */
export function versionNav(current: string, versions: readonly string[], label: (v: string) => string): string {
  const items = versions
    .map((v) => {
      const here = v === current ? ' aria-current="page"' : '';
      return `<li><a href="../${pagePath(v)}" data-version="${escape(v)}"${here}>${escape(label(v))}</a></li>`;
    })
    .join('');
  return `<style>
#version-switcher{position:fixed;top:0;left:0;right:0;height:${NAV_HEIGHT}px;z-index:1000;display:flex;align-items:center;gap:16px;padding:0 20px;box-sizing:border-box;background:#1f2d3d;color:#fff;font:14px/1.4 system-ui,sans-serif}
#version-switcher details{position:relative}
#version-switcher summary{cursor:pointer;padding:4px 10px;border:1px solid #8aa4bf;border-radius:4px;list-style:none}
#version-switcher ul{position:absolute;top:32px;left:0;margin:0;padding:6px 0;list-style:none;background:#fff;border:1px solid #ccd;border-radius:4px;min-width:220px;box-shadow:0 4px 12px rgba(0,0,0,.2)}
#version-switcher li a{display:block;padding:4px 14px;color:#1f2d3d;text-decoration:none}
#version-switcher li a[aria-current]{font-weight:bold;background:#e8eef5}
body{padding-top:${NAV_HEIGHT}px}
</style><nav id="version-switcher" aria-label="Extender version"><strong>Extender Users REST API</strong><span>Extender version:</span><details><summary data-current-version="${escape(current)}">${escape(label(current))} ▾</summary><ul>${items}</ul></details></nav>`;
}
