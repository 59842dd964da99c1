import type { Plugin } from 'vite';

/** The page every SPA is served as; `title` is the app's name, e.g. "Partnerkit Admin". */
export function spaPageHtml(title: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="%BASE_URL%favicon.ico" sizes="32x32" />
    <link rel="icon" type="image/svg+xml" href="%BASE_URL%favicon.svg" />
    <title>${title}</title>
    <!-- Runtime settings (API URL) for a separately deployed build: edit config.js, no rebuild needed. -->
    <script src="%BASE_URL%config.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
}

/** The title of an app's index.html, which holds nothing else of note. */
export function titleOf(html: string): string {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
  if (!title) {
    throw new Error(
      'index.html needs a <title>: the shared page template (spaHtml.ts) takes the title from it.',
    );
  }
  return title;
}

/**
 * Vite plugin: an app's index.html gives only its title; the rest of the page comes from the one template
 * above (before Vite reads the entry script and fills in %BASE_URL%).
 */
export function spaHtml(): Plugin {
  return {
    name: 'partnerkit-spa-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => spaPageHtml(titleOf(html)),
    },
  };
}
