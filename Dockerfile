# irqscale: one image for the coordinator and the workers (docker-compose.yml runs both).
# Build: docker build -t irqscale .     Run: docker run --rm irqscale run --preset paper --json
#
# Stage 1 compiles the TypeScript (npm run build -> dist/) with the dev tools; stage 2 holds the
# production dependencies, dist/ and what the running code reads: nothing is compiled at start-up.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY proto ./proto
COPY shared ./shared
COPY services ./services
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Dependencies first, so a source change does not reinstall them; no dev tools (tsc, tsx, vitest,
# testcontainers), and no install scripts (`prepare` would build, which stage 1 did).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY bin ./bin
# The compiled code, with the generated protobuf code (dist/proto/gen).
COPY --from=build /app/dist ./dist
# The wire schema and the model sources are not run: the build identity that a coordinator checks
# its workers against is a hash of them (shared/run/build-id.ts), the same as the sources' own.
COPY proto ./proto
COPY shared ./shared
# Executed by its shebang, which passes the V8 flags of shared/run/jit.ts to node.
ENTRYPOINT ["bin/irqscale.js"]
CMD ["--help"]
