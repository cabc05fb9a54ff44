"""The SMS way out: an outbox `Delivery` becomes a Twilio Messages API call, Twilio's errors become ours.

Choices, buttons on Telegram, become numbered lines: the reply "2" picks the second.
"""

import asyncio

from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from bot.channels import Delivery, RecipientGone, Rejected, RetryLater, SendFailure

TWILIO_MAX_CHARACTERS = 1600
# Twilio error codes meaning the number cannot get our texts: unsubscribed (STOP at the carrier),
# not a valid number, not a mobile number, a region our account may not send to.
GONE = {21610, 21211, 21614, 21408, 21612}


def twilio_client(account_sid: str, auth_token: str, api_base_url: str) -> Client:
    """twilio's client, pointed at TWILIO_API_BASE_URL (the `api` domain's public `base_url`)."""
    client = Client(account_sid, auth_token)
    client.api.base_url = api_base_url
    return client


def render(delivery: Delivery) -> str:
    """The text, with its choices as numbered lines, within Twilio's 1,600 characters."""
    lines = [delivery.text, *(f"{n}) {choice.label}" for n, choice in enumerate(delivery.choices, start=1))]
    text = "\n".join(lines)
    return text if len(text) <= TWILIO_MAX_CHARACTERS else text[: TWILIO_MAX_CHARACTERS - 1] + "…"


class TwilioSender:
    """Sends through twilio's REST client (blocking, so in a worker thread)."""

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
    if error.status == 429:
        return RetryLater(5, code)
    if error.status >= 500:
        return SendFailure(code)
    if error.code in GONE:
        return RecipientGone(code)
    return Rejected(code)
