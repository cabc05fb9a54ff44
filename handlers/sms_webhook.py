"""Twilio's webhooks: inbound SMS and delivery status, signature checked, handled before the answer.

The signature is computed over PUBLIC_BASE_URL + path (what Twilio called), not over the URL this
process sees, so it holds behind a proxy. A request without a valid signature is refused with 403
before anything is read into the database. The inbound answer is empty TwiML: replies go out through
the outbox and the REST API, where they are retried and kept in order like every other message.
"""

import asyncio
import logging
import re
from collections.abc import Mapping
from urllib.parse import parse_qsl

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from twilio.request_validator import RequestValidator

from bot.channels import Inbound, Media
from bot.errors import DomainError
from bot.models.enums import Channel
from bot.phones import to_e164
from bot.services.context import Deps
from bot.services.delivery import record_sms_status
from handlers.bodies import TooLarge, read_at_most
from handlers.inbound_batch import InboundBatcher

log = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
MAX_FORM_BYTES = 64_000  # a Twilio form is a few kB; anything far larger is not Twilio
MAX_BODY = 1600
MESSAGE_SID = re.compile(r"^(SM|MM|SS)[0-9a-fA-F]{32}$")
STATUSES = {"accepted", "queued", "sending", "sent", "delivered", "undelivered", "failed", "read", "canceled"}


class SmsWebhooks:
    """The two Twilio endpoints of CONTRACT.md."""

    def __init__(
        self,
        deps: Deps,
        auth_token: str,
        public_base_url: str,
    ) -> None:
        self._deps = deps
        self._validator = RequestValidator(auth_token)
        self._public_base_url = public_base_url
        self._inbound = InboundBatcher(deps)  # texts arriving together share a commit

    async def _signed_form(self, request: Request) -> dict[str, str] | Response:
        """The form, if Twilio signed it; else the answer to give."""
        signature = request.headers.get("X-Twilio-Signature", "")
        try:  # before the signature: an unsigned upload must cost no more than the limit
            body = await read_at_most(request, MAX_FORM_BYTES)
        except TooLarge:
            return PlainTextResponse("too large", status_code=413)
        try:  # blank values kept: Twilio signs its empty fields (FromCity…) too
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body)))
        except (UnicodeDecodeError, ValueError):
            return PlainTextResponse("not a form", status_code=400)
        url = (
            self._public_base_url + request.url.path + (f"?{request.url.query}" if request.url.query else "")
        )
        if not signature or not self._validator.validate(url, form, signature):
            log.warning("sms webhook: bad or missing signature", extra={"path": request.url.path})
            return PlainTextResponse("forbidden", status_code=403)
        return form

    async def inbound(self, request: Request) -> Response:
        """An SMS from someone: handled and committed, then an empty TwiML answer."""
        form = await self._signed_form(request)
        if isinstance(form, Response):
            return form
        sid, sender, body = form.get("MessageSid"), form.get("From"), form.get("Body", "")
        if not isinstance(sid, str) or not MESSAGE_SID.match(sid) or not isinstance(sender, str):
            return PlainTextResponse("not an inbound SMS", status_code=400)
        try:
            address = to_e164(sender)
        except DomainError:
            return PlainTextResponse("not a phone number", status_code=400)
        text = body[:MAX_BODY] if isinstance(body, str) else ""
        inbound = Inbound(Channel.SMS, address, sid, text=text, media=mms_media(form))
        try:
            await self._inbound.receive(inbound)
        except SQLAlchemyError:
            log.error("sms webhook: database unavailable")
            return PlainTextResponse("unavailable", status_code=503)
        return Response(EMPTY_TWIML, media_type="text/xml")

    async def status(self, request: Request) -> Response:
        """Twilio's delivery report for a text we sent."""
        form = await self._signed_form(request)
        if isinstance(form, Response):
            return form
        sid, status, error = form.get("MessageSid"), form.get("MessageStatus"), form.get("ErrorCode")
        if not isinstance(sid, str) or not MESSAGE_SID.match(sid) or status not in STATUSES:
            return PlainTextResponse("not a status callback", status_code=400)
        try:
            await asyncio.to_thread(
                record_sms_status, self._deps, sid, str(status), error if isinstance(error, str) else None
            )
        except SQLAlchemyError:
            return PlainTextResponse("unavailable", status_code=503)
        return Response(status_code=204)


_MMS_KINDS = (("image/", "photo"), ("audio/", "voice"), ("video/", "video"), ("text/vcard", "other"))


def mms_media(form: Mapping[str, object]) -> Media | None:
    """What an MMS carried (`NumMedia` > 0), by the kind of its first part only: the media URLs are
    never read or kept (the bot passes on no file it would have to store)."""
    count = form.get("NumMedia")
    # Read as digits, never as an int: a forged "NumMedia" of 5,000 digits must not cost a 500.
    if not isinstance(count, str) or not count.isascii() or not count.isdigit() or not count.strip("0"):
        return None
    content_type = form.get("MediaContentType0")
    content_type = content_type.lower() if isinstance(content_type, str) else ""
    kind = next((kind for prefix, kind in _MMS_KINDS if content_type.startswith(prefix)), "document")
    return Media(kind=kind)
