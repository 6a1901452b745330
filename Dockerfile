# irqscale: one image for the coordinator and the workers (docker-compose.yml runs both).
# Build: docker build -t irqscale .     Run: docker run --rm irqscale run --preset paper --json
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Dependencies first, so a source change does not reinstall them. tsx (the TypeScript loader) is a
# runtime dependency; dev tools (vitest, tsc, testcontainers) are left out.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Sources, including the generated protobuf code in proto/gen.
COPY bin ./bin
COPY proto ./proto
COPY shared ./shared
COPY services ./services
COPY tsconfig.json ./
ENTRYPOINT ["node", "bin/irqscale.js"]
CMD ["--help"]
