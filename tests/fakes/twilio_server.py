"""The fake Twilio REST API, for tests. It lives in the demo package, which serves it to the real bot
in `skp-bot demo`; one copy, so the tests check the very stand-in a visitor's demo talks to."""

from demo.standins.twilio_api import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    MESSAGING_SERVICE_SID,
    TEAM_NUMBER,
    AsyncRedirectingHttpClient,
    Call,
    FakeTwilioServer,
    InboundDelivery,
    RedirectingHttpClient,
    StatusDelivery,
    TwilioError,
    async_twilio_client_for,
    twilio_client_for,
)

__all__ = [
    "ACCOUNT_SID",
    "AUTH_TOKEN",
    "MESSAGING_SERVICE_SID",
    "TEAM_NUMBER",
    "AsyncRedirectingHttpClient",
    "Call",
    "FakeTwilioServer",
    "InboundDelivery",
    "RedirectingHttpClient",
    "StatusDelivery",
    "TwilioError",
    "async_twilio_client_for",
    "twilio_client_for",
]
