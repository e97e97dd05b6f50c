# syntax=docker/dockerfile:1
# The KoreaRussiaGraph service (`krg serve`), built from source: docker compose up (see docker-compose.yml).

# Node.js 20+ is needed while building: src/Krg/Krg.csproj runs `npm ci` and `npm run build` for the explorer
# pages. Distribution packages in the SDK image are older than that, so node comes from the official image.
FROM node:22-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props KoreaRussiaGraph.sln ./
COPY graph-schema/ graph-schema/
COPY seeds/ seeds/
COPY src/ src/
RUN dotnet publish src/Krg/Krg.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# graph-schema/ and seeds/ travel beside the binary (the build copies them), so only state lives in /data.
ENV Urls=http://0.0.0.0:5080 \
    Store__Path=/data/graph.db \
    Ingestion__InboxPath=/data/inbox \
    Seeds__Path=/app/seeds
VOLUME /data
EXPOSE 5080
ENTRYPOINT ["dotnet", "krg.dll"]
CMD ["serve"]
