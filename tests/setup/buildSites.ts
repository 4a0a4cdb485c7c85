/**
 * Builds the two sites the build and browser tests read, once per test run, and serves them on
 * 127.0.0.1 (ports picked by the OS):
 * - `sample`: the repository's own content/ (what the README's build publishes);
 * - `fixture`: tests/fixtures/site/content plus 45 generated articles, for pagination;
 * - `hant`: tests/fixtures/site-hant/content, a site whose editors write in Traditional;
 * - `corpus`: the fixture site's settings with the false-positive set (tests/fixtures/security/legitimate) and
 *   the hostile inputs of the security corpus that must build, neutralized. Its build log is kept.
 * - `generated`: 2,000 articles of generated government prose (scripts/generate/corpus.ts), for search at scale.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';
import { generateSite } from '../../scripts/generate/corpus.ts';
import { PUBLISHED } from '../fixtures/security/corpus.ts';

export const WORK = path.resolve('.gongkai/test');
export const BULK_ARTICLES = 45;
export const GENERATED_ARTICLES = 2000;

/** Runs the real build command; throws with its output when it fails, else returns it. */
export function build(content: string, out: string): string {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

/** Writes a case's files (and symlinks) into a content folder. */
export function writeFiles(dir: string, files: Record<string, string | Buffer>, symlinks: Record<string, string> = {}): void {
  for (const [rel, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), data);
  }
  for (const [rel, target] of Object.entries(symlinks)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.symlinkSync(target, path.join(dir, rel));
  }
}

function corpusContent(): string {
  const dir = path.join(WORK, 'corpus-content');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync('tests/fixtures/security/legitimate/content', dir, { recursive: true });
  fs.copyFileSync('tests/fixtures/site/content/site.yaml', path.join(dir, 'site.yaml'));
  for (const c of PUBLISHED) writeFiles(dir, c.files, c.symlinks);
  return dir;
}

function fixtureContent(): string {
  const dir = path.join(WORK, 'fixture-content');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync('tests/fixtures/site/content', dir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'news/2023'), { recursive: true });
  for (let i = 1; i <= BULK_ARTICLES; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    fs.writeFileSync(
      path.join(dir, `news/2023/bulk-${String(i).padStart(2, '0')}.md`),
      `---\ntitle: 批量测试文章第${i}篇\ndate: ${day}\nsource: 测试日报\nchannel: bulk\n---\n\n第${i}篇的正文。\n`,
    );
  }
  return dir;
}

function generatedContent(): string {
  const dir = path.join(WORK, 'generated-content');
  generateSite(dir, { articles: GENERATED_ARTICLES, seed: 20261122 });
  return dir;
}

export default async function setup(project: TestProject) {
  fs.mkdirSync(WORK, { recursive: true });
  const sites = {
    sample: { content: path.resolve('content'), dist: path.join(WORK, 'sample-dist') },
    fixture: { content: fixtureContent(), dist: path.join(WORK, 'fixture-dist') },
    hant: { content: path.resolve('tests/fixtures/site-hant/content'), dist: path.join(WORK, 'hant-dist') },
    corpus: { content: corpusContent(), dist: path.join(WORK, 'corpus-dist') },
    generated: { content: generatedContent(), dist: path.join(WORK, 'generated-dist') },
  };
  const logs = Object.fromEntries(Object.entries(sites).map(([name, site]) => [name, build(site.content, site.dist)])) as Record<SiteName, string>;
  const servers = await Promise.all(Object.values(sites).map((site) => serveStatic(site.dist)));
  const names = Object.keys(sites) as SiteName[];
  project.provide(
    'sites',
    Object.fromEntries(names.map((name, i) => [name, { ...sites[name], origin: servers[i]?.origin ?? '', log: logs[name] }])) as Record<SiteName, BuiltSite>,
  );
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}

type SiteName = 'sample' | 'fixture' | 'hant' | 'corpus' | 'generated';
interface BuiltSite {
  content: string;
  dist: string;
  origin: string;
  /** What the build printed (warnings included). */
  log: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, BuiltSite>;
  }
}
