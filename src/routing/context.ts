/**
 * What every component needs to know about the page being built, from the context the middleware set:
 * the site, the page's script, the UI strings, and how to link to a route in the same script.
 */
import { loadSite } from '../lib/site.ts';
import { uiInSourceScript } from '../lib/ui.ts';
import type { Script } from '../lib/variant/scripts.ts';

export function pageContext(locals: App.Locals) {
  const site = loadSite();
  const { script, route } = locals;
  const source = site.settings.sourceScript;
  const ui = uiInSourceScript(source, (text) => site.converter.convert(text, 'zh-Hans', source));
  return {
    site,
    script,
    route,
    ui,
    /** The page's own absolute address in its script: canonical link, QR code, printed URL. */
    canonical: site.urls.absolute(site.urls.pathOf(route, script)),
    /** Link to a route in this page's script. */
    href: (to: string) => site.urls.pathOf(to, script),
    /**
     * Text written in `from` for a spot that cannot carry its own `lang` (inside <title>, next to the site
     * name): converted now into the page's script and marked to be kept as is by the page conversion.
     */
    textFrom: (value: string, from: Script) =>
      from === source || value.includes('}-') ? value : `-{${site.converter.convert(value, from, script)}}-`,
  };
}
