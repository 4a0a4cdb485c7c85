/**
 * The channel tree (栏目树) of `content/site.yaml`, with each channel's route and breadcrumb trail.
 * A channel's route is the path of ids from the top: 新闻中心 › 媒体报道 → `/news/media/`.
 */
import type { ChannelInput } from '../schemas/site.ts';

export interface Channel {
  id: string;
  name: string;
  route: string;
  /** Ids from the top-level channel down to this one, this one included. */
  trail: string[];
  children: Channel[];
  /** This channel and every channel below it: a section page lists articles from all of them. */
  subtree: string[];
}

export interface ChannelTree {
  /** Top-level channels, in the editor's order. */
  top: Channel[];
  /** Every channel, depth first. */
  all: Channel[];
  get(id: string): Channel | undefined;
  /** The channels from the top down to `id`. */
  ancestry(id: string): Channel[];
  /** Breadcrumb links from the top-level channel down to `id` (home is the breadcrumb's own first link). */
  trail(id: string): { name: string; route: string }[];
}

/** Builds the tree once per build. */
export function createChannelTree(input: readonly ChannelInput[]): ChannelTree {
  const byId = new Map<string, Channel>();
  const all: Channel[] = [];
  const build = (list: readonly ChannelInput[], parentTrail: string[]): Channel[] =>
    list.map((c) => {
      const trail = [...parentTrail, c.id];
      const channel: Channel = { id: c.id, name: c.name, route: `/${trail.join('/')}/`, trail, children: [], subtree: [] };
      byId.set(c.id, channel);
      all.push(channel);
      channel.children = build(c.children ?? [], trail);
      channel.subtree = [c.id, ...channel.children.flatMap((child) => child.subtree)];
      return channel;
    });
  const top = build(input, []);
  const ancestry = (id: string) => (byId.get(id)?.trail ?? []).map((t) => byId.get(t)).filter((c): c is Channel => c !== undefined);
  return {
    top,
    all,
    get: (id) => byId.get(id),
    ancestry,
    trail: (id) => ancestry(id).map((c) => ({ name: c.name, route: c.route })),
  };
}
