"""The SMS way out: an outbox `Delivery` becomes a Twilio Messages API call, Twilio's errors become ours.

Choices, buttons on Telegram, become numbered lines: the reply "2" picks the second.
"""

import asyncio
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.rest import Client

from bot.channels import Delivery, RecipientGone, Rejected, SendFailure
from bot.sms_text import TWILIO_MAX_CHARACTERS, fits_twilio

# Twilio error codes meaning the number cannot get our texts: unsubscribed (STOP at the carrier),
# not a valid number, not a mobile number, a region our account may not send to.
GONE = {21610, 21211, 21614, 21408, 21612}


def redirected(url: str, root: str) -> str:
    """`url` with api.twilio.com (or api.{edge}.{region}.twilio.com) swapped for `root`."""
    parts, base = urlsplit(url), urlsplit(root)
    host = parts.hostname or ""
    if not (host == "api.twilio.com" or (host.startswith("api.") and host.endswith(".twilio.com"))):
        return url
    return urlunsplit((base.scheme, base.netloc, base.path.rstrip("/") + parts.path, parts.query, ""))


class RedirectingHttpClient(TwilioHttpClient):  # type: ignore[misc]  # twilio has no type hints
    """twilio's own HTTP client, sending api.twilio.com's requests to TWILIO_API_BASE_URL instead.

    twilio 9 hard-codes https://api.twilio.com; `http_client=` is the documented way to change how it
    talks HTTP, and unlike patching `client.api.base_url` it survives TWILIO_EDGE / TWILIO_REGION.
    """

    def __init__(self, root: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.root = root

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        return super().request(method, redirected(url, self.root), *args, **kwargs)


def twilio_client(account_sid: str, auth_token: str, api_base_url: str) -> Client:
    """twilio's client, talking to TWILIO_API_BASE_URL."""
    return Client(account_sid, auth_token, http_client=RedirectingHttpClient(api_base_url, timeout=10))


def render(delivery: Delivery) -> str:
    """The text, with its choices as numbered lines, within what Twilio accepts as one message."""
    lines = [delivery.text, *(f"{n}) {choice.label}" for n, choice in enumerate(delivery.choices, start=1))]
    text = "\n".join(lines)
    while not fits_twilio(text):  # an emoji counts twice at Twilio: trim until it fits
        text = text[: min(len(text), TWILIO_MAX_CHARACTERS) - 2] + "…"
    return text


class TwilioSender:
    """Sends through twilio's REST client (blocking, so in a worker thread)."""

    # Requests on the wire at once: Twilio takes a few messages a second per number. The outbox drainer
    # lets no more through, most urgent first; the rest wait there, not in the thread pool.
    in_flight = 4

    def __init__(
        self,
        client: Client,
        *,
        from_number: str | None,
        messaging_service_sid: str | None,
        status_callback: str | None,
    ) -> None:
        self._client = client
        if messaging_service_sid:
            self._sender = {"messaging_service_sid": messaging_service_sid}
        elif from_number:
            self._sender = {"from_": from_number}
        else:
            raise ValueError("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID is needed to send SMS")
        self._status_callback = status_callback

    async def send(self, delivery: Delivery) -> str:
        if delivery.copy is not None:  # the services never queue one for SMS: a copy is Telegram's
            raise Rejected("a copy cannot go by SMS")
        options = dict(self._sender)
        if self._status_callback:
            options["status_callback"] = self._status_callback
        try:
            message = await asyncio.to_thread(
                self._client.messages.create, to=delivery.address, body=render(delivery), **options
            )
        except TwilioRestException as error:
            raise _failure(error) from None
        return str(message.sid)


def _failure(error: TwilioRestException) -> SendFailure:
    """What to do about a Twilio error; the message names codes, never the number."""
    code = f"twilio {error.status}/{error.code}"
    if error.status == 429 or error.status >= 500:
        return SendFailure(code)  # Twilio gives no Retry-After: the drainer's exponential back-off applies
    if error.code in GONE:
        return RecipientGone(code)
    return Rejected(code)
