"""The HTTP side of `skp-bot run`: health and metrics now; the Twilio and Telegram webhooks join here."""

import asyncio
import logging

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = logging.getLogger(__name__)


def database_answers(engine: Engine) -> bool:
    """True when a trivial query succeeds; the health check must not raise."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except SQLAlchemyError:
        log.warning("health check: database does not answer")
        return False


def build_http_app(engine: Engine, version: str) -> Starlette:
    """The Starlette application served by uvicorn in the same process as the bot."""

    async def healthz(request: Request) -> Response:
        """200 while the database answers, 503 otherwise (load balancers and docker use it)."""
        ok = await asyncio.to_thread(database_answers, engine)
        body = {"status": "ok" if ok else "unavailable", "database": ok, "version": version}
        return JSONResponse(body, status_code=200 if ok else 503)

    return Starlette(routes=[Route("/healthz", healthz, methods=["GET"])])
