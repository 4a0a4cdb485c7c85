/** Every body rule, in the order their findings are listed. One rule per file; README lists them. */
import type { Rule } from '../types.ts';
import { dateFuture } from './dateFuture.ts';
import { eventHandler } from './eventHandler.ts';
import { fileReference } from './fileReference.ts';
import { hiddenContent } from './hiddenContent.ts';
import { invisibleCharacters } from './invisibleCharacters.ts';
import { javascriptUrl } from './javascriptUrl.ts';
import { legacyConversion } from './legacyConversion.ts';
import { links } from './links.ts';
import { mdxAttribute } from './mdxAttribute.ts';
import { mdxComponent } from './mdxComponent.ts';
import { mdxExpression } from './mdxExpression.ts';
import { mdxImport } from './mdxImport.ts';
import { mojibake } from './mojibake.ts';
import { rawScript } from './rawScript.ts';
import { remoteImage } from './remoteImage.ts';
import { spamLink } from './spamLink.ts';
import { spamText } from './spamText.ts';
import { unpublishedHtml } from './unpublishedHtml.ts';
import { unsafeHtml } from './unsafeHtml.ts';

export const RULES: readonly Rule[] = [
  mdxImport,
  mdxExpression,
  mdxComponent,
  mdxAttribute,
  rawScript,
  eventHandler,
  javascriptUrl,
  unsafeHtml,
  hiddenContent,
  spamLink,
  spamText,
  remoteImage,
  fileReference,
  links,
  mojibake,
  invisibleCharacters,
  legacyConversion,
  dateFuture,
  unpublishedHtml,
];
