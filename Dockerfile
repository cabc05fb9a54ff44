# The skp-bot service image. `docker compose up` builds it; see README.md, "Production set-up".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# The project as the tests install it (the Makefile: pip install -e ".[dev]"), from pyproject.toml,
# without the test tools. Only what the package is built from is copied: no tests, no .env, no database.
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY scheduling ./scheduling
COPY migrations ./migrations
COPY demo ./demo
RUN pip install . \
    && useradd --system --uid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin skp

# Not root: the code stays owned by root, so the service cannot change it; data lives in PostgreSQL.
USER skp

# In a container the server must listen beyond its own loopback; compose publishes the port on the host's
# loopback only, for the TLS proxy in front.
ENV SKP_HTTP_HOST=0.0.0.0 \
    SKP_HTTP_PORT=8080
EXPOSE 8080

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('SKP_HTTP_PORT', '8080'), timeout=4)"]

# `skp-bot run` migrates the database to the newest revision, then serves. Any other command runs with
# the same image and settings: docker compose run --rm bot worker add Susanne --team SKP
ENTRYPOINT ["skp-bot"]
CMD ["run"]
