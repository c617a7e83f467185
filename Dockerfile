# Kesher's API and worker image; `temporal-compose.yml` runs it twice, with `--role api` and
# `--role worker`. TypeScript runs through tsx, as in development, so there is no build step.
FROM node:20-slim

WORKDIR /app
ENV NODE_ENV=production \
    KESHER_DATA_DIR=/app/.data

# Dependencies first: this layer is reused until package-lock.json changes.
COPY package.json package-lock.json ./
# npm ci installs exactly the lock, which records every platform's optional packages.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .
RUN mkdir -p .data && chown node:node .data

USER node
EXPOSE 3000
CMD ["npx", "tsx", "workers/main.ts", "--role", "all"]
