# Hackpath production image. Build:  docker build -t hackpath .
# Run (a public deployment must set APP_ORIGIN; the demo accounts are then off unless DEMO_DATA=true):
#   docker run -d -p 3000:3000 -v hackpath-data:/data -e APP_ORIGIN=https://hackpath.example hackpath
# The README's "Running in a container" section lists the other settings.

# ---- build: compile the native modules, build the app, then drop the dev dependencies ----
FROM node:20-bookworm-slim AS build

# better-sqlite3 compiles from source when no prebuilt binary fits; node-gyp takes the headers
# from the image's own Node (/usr/local/include/node) instead of downloading them.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# build/db.js: the database commands of db/cli.ts (migrate, backup, restore, ...) bundled like the
# server, since tsx, which `npm run db:*` uses, is a dev dependency and not in the runtime image.
RUN npm run build \
  && npx esbuild db/cli.ts --bundle --platform=node --format=esm --target=node20 --packages=external \
    --outfile=build/db.js --log-level=warning \
  && npm prune --omit=dev

# ---- runtime: the built server and what it reads at run time, nothing else ----
FROM node:20-bookworm-slim AS runtime

ENV NODE_ENV=production \
  PORT=3000 \
  HOST=0.0.0.0 \
  DATABASE_PATH=/data/hackpath.db

WORKDIR /app
# package.json: "type": "module" makes build/server.js an ES module. build/server.js loads
# build/server/index.js and serves build/client (public/ is copied in there by the build);
# db/migrations is applied on every start (cwd-relative paths, so WORKDIR must stay /app).
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY --from=build /app/db/migrations ./db/migrations

# The database, uploads/ and outbox/ (beside it unless UPLOADS_DIR / OUTBOX_DIR say otherwise)
# live on the volume. The folder is made here, owned by the unprivileged "node" user (uid 1000)
# of the base image, so that a fresh named volume starts with that owner. /backups is the same
# for a second volume to take `node build/db.js backup /backups/<name>` (not declared a volume:
# mount one there only if you want backups kept that way).
RUN mkdir -p /data /backups && chown node:node /data /backups
VOLUME ["/data"]

USER node
EXPOSE 3000

# /healthz answers 200 when the database answers, else 503. Slim images have no curl: use node.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# The server finishes requests in flight on SIGTERM, closes the database and exits 0 within 11 s
# (1 s drain, then a 10 s deadline); Docker's default stop timeout is 10 s, so run with
# --stop-timeout 15 (compose: stop_grace_period: 15s). Node runs directly (what
# `npm run serve` runs, with NODE_ENV set above) so the signal reaches it, not an npm wrapper.
STOPSIGNAL SIGTERM
CMD ["node", "build/server.js"]
