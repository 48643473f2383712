# syntax=docker/dockerfile:1
# Images of the split topology, one target per side (docker-compose.yml builds both):
#   docker build --target command-side -t vendor-sla/command-side .
#   docker build --target query-side   -t vendor-sla/query-side .
#   docker build --target gateway      -t vendor-sla/gateway .      (nginx: routes the API, serves the web interface)
# Configuration comes from the environment: SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME,
# SPRING_DATASOURCE_PASSWORD, SPRING_PROFILES_ACTIVE (demo = HTTP Basic demo users; otherwise bearer JWT, see README).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests package -pl command-side,query-side -am

FROM eclipse-temurin:17-jre AS runtime
# curl for the health checks of docker-compose.yml
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app sla
WORKDIR /app
USER sla
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"

FROM runtime AS command-side
COPY --from=build /src/command-side/target/command-side-*-exec.jar /app/app.jar
EXPOSE 8081
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

FROM runtime AS query-side
COPY --from=build /src/query-side/target/query-side-*-exec.jar /app/app.jar
EXPOSE 8082
ENTRYPOINT ["java", "-jar", "/app/app.jar"]

# The web interface (web-ui), built with Node 20 and npm 11 as on the build machine; the API types come from
# docs/openapi/standalone.json.
FROM node:20-bookworm-slim AS web-ui
RUN npm install -g npm@11 --no-audit --no-fund
WORKDIR /src/web-ui
COPY web-ui/package.json web-ui/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY docs/openapi /src/docs/openapi
COPY web-ui/ ./
RUN npm run build

FROM nginx:1.27-alpine AS gateway
COPY gateway/nginx.conf /etc/nginx/nginx.conf
COPY --from=web-ui /src/web-ui/dist /usr/share/nginx/html
EXPOSE 8080
