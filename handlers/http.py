"""The HTTP side of `skp-bot run`: health, metrics, the Telegram webhook, Twilio's SMS webhooks and the
web console (mounted at /console).

A webhook answers 2xx only after the update was handled and committed, so Telegram redelivers anything
we did not keep.
"""

import asyncio
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Mount, Route

from bot.db import once_more_if_reconnected
from bot.services.metrics import OperationalFigures
from handlers import metrics
from handlers.bodies import TooLarge, read_at_most
from handlers.sms_webhook import SmsWebhooks

log = logging.getLogger(__name__)

MAX_UPDATE_BYTES = 1_000_000
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"

AcceptUpdate = Callable[[dict[str, Any]], Awaitable[bool]]
ReadFigures = Callable[[], OperationalFigures]


def database_answers(engine: Engine) -> bool:
    """True when a trivial query succeeds; the health check must not raise. A pooled connection that
    died with a database restart is not an outage: the question is asked once more on a fresh one."""

    def ask() -> None:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))

    try:
        once_more_if_reconnected(ask)
        return True
    except SQLAlchemyError:
        log.warning("health check: database does not answer")
        return False


def build_http_app(
    engine: Engine,
    version: str,
    *,
    accept_telegram_update: AcceptUpdate | None = None,
    telegram_webhook_secret: str | None = None,
    sms: SmsWebhooks | None = None,
    read_figures: ReadFigures | None = None,
    scheduler_state: Callable[[], str] | None = None,
    console: Starlette | None = None,
) -> Starlette:
    """The Starlette application served by uvicorn in the same process as the bot."""

    async def healthz(request: Request) -> Response:
        """200 while the database answers, 503 otherwise (load balancers and docker use it)."""
        ok = await asyncio.to_thread(database_answers, engine)
        body: dict[str, object] = {
            "status": "ok" if ok else "unavailable",
            "database": ok,
            "version": version,
        }
        if scheduler_state is not None:
            body["scheduler"] = scheduler_state()  # "leading" in exactly one replica, "standby" elsewhere
        return JSONResponse(body, status_code=200 if ok else 503)

    async def metrics_endpoint(request: Request) -> Response:
        """Prometheus scrape: figures read from the database now; 503 (never a traceback) when it is down."""
        if read_figures is None:
            return PlainTextResponse("not found", status_code=404)
        started = time.perf_counter()
        try:
            figures = await asyncio.to_thread(read_figures)
        except SQLAlchemyError as error:
            log.warning("metrics: database does not answer (%s)", type(error).__name__)
            return PlainTextResponse("database unavailable\n", status_code=503)
        body = metrics.render(figures, time.perf_counter() - started)
        return Response(body, media_type=metrics.CONTENT_TYPE)

    async def telegram_webhook(request: Request) -> Response:
        """Telegram's webhook: secret checked, update stored, then 200 (a redelivery is also 200)."""
        if accept_telegram_update is None or telegram_webhook_secret is None:
            return PlainTextResponse("not found", status_code=404)
        given = request.headers.get(TELEGRAM_SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), telegram_webhook_secret.encode()):
            log.warning("telegram webhook: refused, wrong or missing secret")
            return PlainTextResponse("forbidden", status_code=403)
        try:
            body = await read_at_most(request, MAX_UPDATE_BYTES)
        except TooLarge:
            return PlainTextResponse("too large", status_code=413)
        try:
            update = json.loads(body)
        except ValueError:
            return PlainTextResponse("not json", status_code=400)
        if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
            return PlainTextResponse("not an update", status_code=400)
        if not await accept_telegram_update(update):
            log.error("telegram webhook: database unavailable; Telegram will redeliver")
            return PlainTextResponse("unavailable", status_code=503)
        return PlainTextResponse("ok")

    routes: list[BaseRoute] = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics_endpoint, methods=["GET"]),
        Route("/telegram/webhook", telegram_webhook, methods=["POST"]),
    ]
    if sms is not None:
        routes += [
            Route("/sms/inbound", sms.inbound, methods=["POST"]),
            Route("/sms/status", sms.status, methods=["POST"]),
        ]
    if console is not None:
        routes.append(Mount("/console", app=console))  # the web console (handlers/console)
    return Starlette(routes=routes)
