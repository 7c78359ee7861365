// Bundles server/index.ts (the Express server) into build/server.js. Packages stay external;
// the Remix app itself is loaded from build/server/index.js at run time.
import { build } from "esbuild";

await build({
  entryPoints: ["server/index.ts"],
  outfile: "build/server.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});
