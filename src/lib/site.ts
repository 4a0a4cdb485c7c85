/**
 * Loads the site once per build: settings, channel tree, URL helpers, glossary.
 * The content folder is `content/` unless GONGKAI_CONTENT_DIR names another (tests build fixture sites).
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { siteSchema, type SiteSettings } from '../schemas/site.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { createChannelTree, type ChannelTree } from './channels.ts';
import { ContentError, issuesToDiagnostics, type Diagnostic } from './diagnostics.ts';
import { yamlLineFinder } from './frontmatter.ts';
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

function loadYaml(file: string, diagnostics: Diagnostic[], rule: string): unknown {
  try {
    return yaml.load(fs.readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const line = error instanceof yaml.YAMLException && error.mark ? error.mark.line + 1 : undefined;
    const message = error instanceof yaml.YAMLException ? `YAML 写法有误：${error.reason}` : `读不到文件：${(error as Error).message}`;
    diagnostics.push({ rule, severity: 'error', file: displayPath(file), line, message });
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
  const settings = siteSchema.safeParse(rawSettings ?? {});
  if (!settings.success && rawSettings !== undefined) {
    const text = fs.readFileSync(siteFile, 'utf8');
    diagnostics.push(...issuesToDiagnostics(settings.error.issues, displayPath(siteFile), yamlLineFinder(text, 1), 'site-settings'));
  }
  const glossaryFile = path.join(dir, 'glossary.yaml');
  let glossary: GlossaryEntry[] = [];
  if (fs.existsSync(glossaryFile)) {
    const raw = loadYaml(glossaryFile, diagnostics, 'glossary');
    const parsed = glossarySchema.safeParse(raw ?? []);
    if (parsed.success) glossary = parsed.data;
    else diagnostics.push(...issuesToDiagnostics(parsed.error.issues, displayPath(glossaryFile), () => undefined, 'glossary'));
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
