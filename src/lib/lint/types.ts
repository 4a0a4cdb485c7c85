/**
 * The shape of a content rule, after ESLint's: `meta` says what the rule is, `create` returns visitors that
 * the linter calls while it walks the parsed body once (src/lib/lint/body.ts).
 */
import type { Comment, Element, Root, Text } from 'hast';
import type { Severity } from '../diagnostics.ts';
import type { ReferenceKind, Resolved } from '../security/files.ts';
import type { AttributeValue, EsmResult, GateFinding } from '../security/mdxGate.ts';

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
  /** Lines below the node's first line where the finding is (inside a multi-line text). */
  lineOffset?: number | undefined;
  message: string;
  fix?: string | undefined;
  /** Overrides the rule's level for this finding. */
  severity?: Severity | undefined;
}

export interface RuleContext {
  /** `md` or `mdx`. */
  readonly kind: 'md' | 'mdx';
  /** Site settings a rule may read. */
  readonly site: { host: string };
  /** Reports a finding of this rule. */
  report(finding: Finding): void;
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
