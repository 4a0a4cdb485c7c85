import { describe, expect, it } from 'vitest';
import { createChannelTree } from '../../src/lib/channels.ts';

const tree = createChannelTree([
  {
    id: 'news',
    name: '新闻中心',
    children: [
      { id: 'dept', name: '部门动态' },
      { id: 'media', name: '媒体报道' },
    ],
  },
  {
    id: 'open',
    name: '政务公开',
    children: [
      { id: 'notices', name: '通知公告' },
      { id: 'policies', name: '政策文件', children: [{ id: 'interpretation', name: '政策解读' }] },
    ],
  },
  { id: 'about', name: '机构概况' },
]);

describe('createChannelTree', () => {
  it('a channel route is the path of ids from the top', () => {
    expect(tree.get('news')?.route).toBe('/news/');
    expect(tree.get('media')?.route).toBe('/news/media/');
    expect(tree.get('interpretation')?.route).toBe('/open/policies/interpretation/');
    expect(tree.get('about')?.route).toBe('/about/');
  });

  it('keeps names and the editor order, depth first', () => {
    expect(tree.top.map((c) => c.id)).toEqual(['news', 'open', 'about']);
    expect(tree.all.map((c) => c.id)).toEqual(['news', 'dept', 'media', 'open', 'notices', 'policies', 'interpretation', 'about']);
    expect(tree.get('media')?.name).toBe('媒体报道');
    expect(tree.get('news')?.children.map((c) => c.name)).toEqual(['部门动态', '媒体报道']);
  });

  it('trail lists ids from the top down to the channel itself', () => {
    expect(tree.get('news')?.trail).toEqual(['news']);
    expect(tree.get('media')?.trail).toEqual(['news', 'media']);
    expect(tree.get('interpretation')?.trail).toEqual(['open', 'policies', 'interpretation']);
  });

  it('subtree is the channel and everything below it', () => {
    expect(tree.get('news')?.subtree).toEqual(['news', 'dept', 'media']);
    expect(tree.get('open')?.subtree).toEqual(['open', 'notices', 'policies', 'interpretation']);
    expect(tree.get('policies')?.subtree).toEqual(['policies', 'interpretation']);
    expect(tree.get('media')?.subtree).toEqual(['media']);
  });

  it('ancestry gives the breadcrumb channels, top first', () => {
    expect(tree.ancestry('media').map((c) => c.name)).toEqual(['新闻中心', '媒体报道']);
    expect(tree.ancestry('interpretation').map((c) => c.id)).toEqual(['open', 'policies', 'interpretation']);
    expect(tree.ancestry('about').map((c) => c.id)).toEqual(['about']);
  });

  it('an unknown id has no channel and no ancestry', () => {
    expect(tree.get('xinwen')).toBeUndefined();
    expect(tree.ancestry('xinwen')).toEqual([]);
  });

  it('children are the same objects as in all, so lookups agree', () => {
    expect(tree.get('news')?.children[1]).toBe(tree.get('media'));
    expect(tree.top[0]).toBe(tree.get('news'));
  });
});

describe('trail', () => {
  it('gives the breadcrumb links from the top channel down', () => {
    expect(tree.trail('interpretation')).toEqual([
      { name: '政务公开', route: '/open/' },
      { name: '政策文件', route: '/open/policies/' },
      { name: '政策解读', route: '/open/policies/interpretation/' },
    ]);
    expect(tree.trail('nope')).toEqual([]);
  });
});
