/**
 * Builds the two sites the build and browser tests read, once per test run, and serves them on
 * 127.0.0.1 (ports picked by the OS):
 * - `sample`: the repository's own content/ (what the README's build publishes);
 * - `fixture`: tests/fixtures/site/content plus 45 generated articles, for pagination;
 * - `hant`: tests/fixtures/site-hant/content, a site whose editors write in Traditional.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/serve.ts';

export const WORK = path.resolve('.gongkai/test');
export const BULK_ARTICLES = 45;

/** Runs the real build command; throws with its output when it fails. */
export function build(content: string, out: string): void {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`build of ${content} failed:\n${result.stdout}\n${result.stderr}`);
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

export default async function setup(project: TestProject) {
  fs.mkdirSync(WORK, { recursive: true });
  const sites = {
    sample: { content: path.resolve('content'), dist: path.join(WORK, 'sample-dist') },
    fixture: { content: fixtureContent(), dist: path.join(WORK, 'fixture-dist') },
    hant: { content: path.resolve('tests/fixtures/site-hant/content'), dist: path.join(WORK, 'hant-dist') },
  };
  for (const site of Object.values(sites)) build(site.content, site.dist);
  const sample = await serveStatic(sites.sample.dist);
  const fixture = await serveStatic(sites.fixture.dist);
  const hant = await serveStatic(sites.hant.dist);
  project.provide('sites', {
    sample: { ...sites.sample, origin: sample.origin },
    fixture: { ...sites.fixture, origin: fixture.origin },
    hant: { ...sites.hant, origin: hant.origin },
  });
  return async () => {
    await Promise.all([sample.close(), fixture.close(), hant.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<'sample' | 'fixture' | 'hant', { content: string; dist: string; origin: string }>;
  }
}
