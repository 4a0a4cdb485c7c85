/**
 * Loads the site once per build: settings, channel tree, URL helpers, glossary.
 * The content folder is `content/` unless GONGKAI_CONTENT_DIR names another (tests build fixture sites).
 */
import fs from 'node:fs';
import path from 'node:path';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { createChannelTree, type ChannelTree } from './channels.ts';
import { ContentError, issuesToDiagnostics, type Diagnostic } from './diagnostics.ts';
import { readYaml, YamlError, type YamlText } from './yaml.ts';
import { createUrls, type Urls } from './urls.ts';
import { createConverter, type GlossaryEntry, type TextConverter } from './variant/converter.ts';

export interface Site {
  settings: SiteSettings;
  channels: ChannelTree;
  urls: Urls;
  glossary: GlossaryEntry[];
  /** The build's one converter between the scripts (dictionaries load on first use). */
  converter: TextConverter;
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Path of the content folder as an editor sees it (relative to the project), for messages. */
  displayDir: string;
}

/** The content folder this build reads. */
export function contentDir(): string {
  return path.resolve(process.env['GONGKAI_CONTENT_DIR'] || 'content');
}

function displayPath(abs: string): string {
  return path.relative(process.cwd(), abs).split(path.sep).join('/') || '.';
}

/** Settings files are small; anything larger is a mistake (or an attack) and is refused before parsing. */
const SETTINGS_MAX_BYTES = 1024 * 1024;

function loadYaml(file: string, diagnostics: Diagnostic[], rule: string): YamlText | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch (error) {
    const message = error instanceof TypeError ? '文件不是 UTF-8 编码；请用 UTF-8 另存' : `读不到文件：${(error as Error).message}`;
    diagnostics.push({ rule, severity: 'error', file: displayPath(file), message });
    return undefined;
  }
  try {
    return readYaml(text, { maxBytes: SETTINGS_MAX_BYTES });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    diagnostics.push({ rule, severity: 'error', file: displayPath(file), line: error.line, message: error.message });
    return undefined;
  }
}

const cache = new Map<string, Site>();

/** Loads and validates `site.yaml` and `glossary.yaml`; throws ContentError with every problem found. */
export function loadSite(dir: string = contentDir()): Site {
  const cached = cache.get(dir);
  if (cached) return cached;
  const diagnostics: Diagnostic[] = [];
  const siteFile = path.join(dir, 'site.yaml');
  const rawSettings = loadYaml(siteFile, diagnostics, 'site-settings');
  const settings = siteSchema.safeParse(rawSettings?.data ?? {});
  if (!settings.success && rawSettings !== undefined) {
    diagnostics.push(...issuesToDiagnostics(settings.error.issues, displayPath(siteFile), rawSettings.positionOf, 'site-settings'));
  }
  const glossaryFile = path.join(dir, 'glossary.yaml');
  let glossary: GlossaryEntry[] = [];
  if (fs.existsSync(glossaryFile)) {
    const raw = loadYaml(glossaryFile, diagnostics, 'glossary');
    const parsed = glossarySchema.safeParse(raw?.data ?? []);
    if (parsed.success) glossary = parsed.data;
    else if (raw) diagnostics.push(...issuesToDiagnostics(parsed.error.issues, displayPath(glossaryFile), raw.positionOf, 'glossary'));
  }
  if (!settings.success || diagnostics.length > 0) throw new ContentError(diagnostics);
  const s = settings.data;
  const site: Site = {
    settings: { ...s, domain: s.domain ?? new URL(s.url).host },
    channels: createChannelTree(s.channels),
    urls: createUrls({ site: s.url, base: s.base, sourceScript: s.sourceScript }),
    glossary,
    converter: createConverter({ region: s.traditionalRegion, glossary }),
    contentDir: dir,
    displayDir: displayPath(dir),
  };
  cache.set(dir, site);
  return site;
}
