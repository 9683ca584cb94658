# claimwatch: news claim monitor. Build: docker build -t claimwatch .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

# The same install command as the README's quick start (which CI exercises).
COPY pyproject.toml README.md ./
COPY bot ./bot
# EXTRAS="[postgres]" for PostgreSQL and workers (compose.yaml, docs/scaling.md)
ARG EXTRAS=""
RUN python3 -m venv .venv && .venv/bin/pip install -e ".${EXTRAS}" \
    && .venv/bin/python -m compileall -q bot \
    && useradd --system --uid 10001 --home-dir /app claimwatch \
    && mkdir -p /app/state && chown claimwatch /app/state
COPY config.toml ./config.toml

ENV PATH="/app/.venv/bin:$PATH"
USER claimwatch
# The database lives here; mount a volume to keep it. Mount your own config.toml over
# /app/config.toml (edits are applied while the bot runs). Set SLACK_BOT_TOKEN at run time.
VOLUME ["/app/state"]

HEALTHCHECK --interval=2m --timeout=20s --start-period=5m --retries=3 \
    CMD ["claimwatch", "health"]

CMD ["claimwatch", "run"]
