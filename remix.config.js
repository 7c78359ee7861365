// Options for the Remix Vite plugin. Under Vite, Remix itself no longer reads this file:
// vite.config.ts imports it and hands it to `remix()`. Keeping the options here keeps the
// route conventions and future flags in one obvious place (docs/decisions/0001-*.md).

/** @type {import('@remix-run/dev').VitePluginConfig} */
export default {
  appDirectory: "app",
  buildDirectory: "build",
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_singleFetch: true,
    v3_lazyRouteDiscovery: true,
  },
};
