# claimwatch: news claim monitor. Build: docker build -t claimwatch .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# The same install command as the README's quick start (which CI exercises).
COPY pyproject.toml README.md ./
COPY bot ./bot
# EXTRAS="[postgres]" for PostgreSQL and workers (compose.postgres.yaml, docs/scaling.md)
ARG EXTRAS=""
RUN python3 -m venv .venv && .venv/bin/pip install -e ".${EXTRAS}" \
    && .venv/bin/python -m compileall -q bot \
    && useradd --system --uid 10001 --home-dir /app claimwatch \
    && mkdir -p /app/state /app/config && chown claimwatch /app/state
COPY config.toml ./config/config.toml

ENV PATH="/app/.venv/bin:$PATH" CLAIMWATCH_CONFIG=/app/config/config.toml
USER claimwatch
# The database lives here; mount a volume to keep it. Mount a directory holding your
# config.toml over /app/config (a directory, not the file: an editor that saves by rename
# replaces the file, and only a mounted directory shows the new one to live reload).
# Set SLACK_BOT_TOKEN at run time. compose.yaml does all of this.
VOLUME ["/app/state"]

HEALTHCHECK --interval=2m --timeout=20s --start-period=5m --retries=3 \
    CMD ["claimwatch", "health"]

CMD ["claimwatch", "run"]
