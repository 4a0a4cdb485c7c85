/**
 * The shape of a content rule, after ESLint's: `meta` says what the rule is, `create` returns visitors that
 * the linter calls while it walks the parsed body once (src/lib/lint/body.ts).
 */
import type { Comment, Element, Root, Text } from 'hast';
import type { Severity } from '../diagnostics.ts';
import type { ReferenceKind, Resolved } from '../security/files.ts';
import type { AttributeValue, EsmResult, GateFinding } from '../security/mdxGate.ts';
import type { TextConverter } from '../variant/converter.ts';
import type { Script } from '../variant/scripts.ts';

/** The MDX nodes that survive in the HTML tree of an `.mdx` body (satteri's mdxToHast). */
export interface MdxEsm {
  type: 'mdxjsEsm';
  value: string;
  position?: Element['position'];
}
export interface MdxExpression {
  type: 'mdxFlowExpression' | 'mdxTextExpression';
  value: string;
  position?: Element['position'];
}
export interface MdxAttribute {
  type: 'mdxJsxAttribute';
  name: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}
export interface MdxSpreadAttribute {
  type: 'mdxJsxExpressionAttribute';
  value: string;
}
export interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  /** `null` for a fragment (`<>…</>`). */
  name: string | null;
  attributes: (MdxAttribute | MdxSpreadAttribute)[];
  children: unknown[];
  position?: Element['position'];
}

/** Something with a place in the source. */
export interface Located {
  position?: Element['position'] | undefined;
}

export interface Finding {
  /** The node the finding is about; its line is reported. */
  node?: Located | undefined;
  /** An attribute of `node` the finding is about: its own line is reported when it is on another one. */
  attribute?: string | undefined;
  /** Where in the node's text the finding is (a word inside a long paragraph): its line and column are reported. */
  offset?: number | undefined;
  /** A frontmatter field the finding is about (instead of a node), e.g. `title` or `attachments[0].title`. */
  field?: FieldText | undefined;
  message: string;
  fix?: string | undefined;
  /** Overrides the rule's level for this finding. */
  severity?: Severity | undefined;
}

/** A text value of the frontmatter, where it is written. */
export interface FieldText {
  /** As printed in messages: `title`, `contacts[0].name`. */
  name: string;
  /** The path in the frontmatter: ['contacts', 0, 'name']. */
  path: readonly (string | number)[];
  value: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** What a rule may know about the site and the file beyond the body. */
export interface RuleSite {
  /** The site's host, e.g. www.example.gov.cn: links elsewhere are outside links. */
  host: string;
  /** Domains whose links are never a link farm (site.yaml `lint.trustedDomains`), e.g. gov.cn. */
  trustedDomains: readonly string[];
  /** Untrusted domains one article may link to before it is a link farm (site.yaml `lint.linkFarmDomains`). */
  linkFarmDomains: number;
  /** Days ahead a date may be before it is refused (site.yaml `lint.futureDays`). */
  futureDays: number;
  /** The time of the check. */
  now: Date;
  /** Whether the article is a draft (`draft: true`): not published yet. */
  draft: boolean;
  /** The script the file is written in (its `lang`, or the site's). */
  script: Script;
  /** Whether the file declares its script with `lang`. */
  declaredScript: boolean;
  /** The site's converter and the other region's stock one, for rules that read the script (built on first use). */
  converters(): readonly TextConverter[];
  /**
   * The page of this site a link leads to (`/news/2019/a/`, `#part`), or `undefined` when it leads elsewhere or
   * to a file. Relative links resolve from this article's own address.
   */
  internal(href: string): { route: string; hash: string } | undefined;
}

/** A link from this article to another page of the site, checked once every article is known. */
export interface InternalLink {
  route: string;
  /** The fragment without `#`, decoded; '' when none. */
  hash: string;
  href: string;
  line?: number | undefined;
  column?: number | undefined;
}

export interface RuleContext {
  /** `md` or `mdx`. */
  readonly kind: 'md' | 'mdx';
  /** Site settings and facts about the file a rule may read. */
  readonly site: RuleSite;
  /** The text values of the frontmatter (title, summary, contacts…), for rules that read them too. */
  readonly fields: readonly FieldText[];
  /** Reports a finding of this rule. */
  report(finding: Finding): void;
  /** Records a link to another page of the site, to check once every article is known (finishCheck). */
  link(node: Located, link: { route: string; hash: string; href: string }): void;
  /**
   * Resolves a file reference written in this body (a link or image next to the article). A valid one is
   * recorded for publishing; the result says why an invalid one is refused.
   */
  reference(url: string, kind: ReferenceKind): Resolved;
  /** The MDX gate's verdicts (src/lib/security/mdxGate.ts), worked out once per node for all rules. */
  readonly gate: {
    esm(node: MdxEsm): EsmResult;
    jsx(node: MdxJsxElement): { findings: GateFinding[]; attributes: Map<string, AttributeValue> };
  };
}

/** Called for each node of the body, with the chain of elements that contain it (outermost first). */
export interface Visitors {
  /** Before the body: the frontmatter's text values. */
  fields?(fields: readonly FieldText[]): void;
  element?(node: Element, ancestors: readonly Element[]): void;
  text?(node: Text, ancestors: readonly Element[]): void;
  comment?(node: Comment, ancestors: readonly Element[]): void;
  mdxjsEsm?(node: MdxEsm): void;
  mdxExpression?(node: MdxExpression, ancestors: readonly Element[]): void;
  mdxJsxElement?(node: MdxJsxElement, ancestors: readonly Element[]): void;
  /** After the whole body was walked. */
  done?(root: Root): void;
}

export interface RuleMeta {
  /** Stable id, as reported: `raw-script`. README lists them all. */
  id: string;
  severity: Severity;
  /** One line on what the rule finds and why it matters. */
  description: string;
}

export interface Rule {
  meta: RuleMeta;
  create(context: RuleContext): Visitors;
}
