import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import type { ManualChunkMeta } from "rollup";
import remixConfig from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const appRoot = new URL("./app/root.tsx", import.meta.url).pathname;
const entryClient = new URL("./app/entry.client.tsx", import.meta.url).pathname;

/**
 * Every page loads the root route and the client entry, and with them whatever they import. Left
 * to itself, Rollup splits those modules into a dozen small files by which routes share them; in
 * one chunk they arrive in one request and compress as one (about 1.5 KiB gzip less on every
 * page; decision 0064). Only modules statically reachable from those two go in it (the two
 * themselves stay the entries Remix names).
 */
function everyPageChunk() {
  let everyPage: Set<string> | undefined;
  return (id: string, meta: ManualChunkMeta) => {
    if (!everyPage) {
      everyPage = new Set();
      const pending = [appRoot, entryClient];
      while (pending.length > 0) {
        const next = pending.pop() as string;
        if (everyPage.has(next)) continue;
        everyPage.add(next);
        pending.push(...(meta.getModuleInfo(next)?.importedIds ?? []));
      }
    }
    return everyPage.has(id) && id !== appRoot && id !== entryClient ? "every-page" : undefined;
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [tailwindcss(), remix(remixConfig)],
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  server: { port: 3000 },
  build: {
    target: "es2022",
    // terser makes the browser's JavaScript about 3.5 KiB gzip smaller a page than esbuild's
    // minifier (decision 0064); the server build stays unminified, for readable stack traces.
    minify: isSsrBuild ? false : "terser",
    terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } },
    rollupOptions: isSsrBuild ? undefined : { output: { manualChunks: everyPageChunk() } },
  },
}));
