/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The script this page is shown in; set by src/middleware.ts. */
    script: import('./lib/variant/scripts.ts').Script;
    /** The page's route, without base or script prefix, e.g. /news/2019/jiceng/. */
    route: string;
  }
}
