# healthbot in a container: a static binary on Debian slim with poppler-utils
# (pdftotext, for PDFs the pure-Go reader cannot decode) and antiword/catdoc
# (.doc/.xls), run as an unprivileged user. See README, section Deployment.
#
#   docker build -t healthbot --build-arg VERSION=v1.0.0 .
#   docker run --rm healthbot ask "2023年家庭医生签约率是多少？"

FROM golang:1.26-trixie AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=""
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/healthbot ./cmd/healthbot \
    && /out/healthbot version

FROM debian:trixie-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates poppler-utils antiword catdoc \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --user-group --home-dir /var/lib/healthbot --create-home --shell /usr/sbin/nologin healthbot
COPY --from=build /out/healthbot /usr/local/bin/healthbot
# The index (.healthbot/index) and data (.healthbot/data) live under the
# working directory: mount a volume there to keep them. With no corpus
# mounted (HEALTHBOT_CORPUS_DIR), the built-in sample reports are used.
WORKDIR /var/lib/healthbot
ENV XDG_CACHE_HOME=/var/lib/healthbot/.cache
USER healthbot:healthbot
VOLUME ["/var/lib/healthbot"]
# The admin endpoints, when HEALTHBOT_ADMIN_ADDR=0.0.0.0:9090.
EXPOSE 9090 8080
ENTRYPOINT ["/usr/local/bin/healthbot"]
CMD ["serve", "--log-format", "json"]
