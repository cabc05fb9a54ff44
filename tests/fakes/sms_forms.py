"""Twilio's webhook forms, signed, for tests; they live in the demo package beside the Twilio stand-in."""

from demo.standins.sms_forms import (
    ACCOUNT_SID,
    API_VERSION,
    AUTH_TOKEN,
    DEFAULT_ERROR_CODES,
    MESSAGING_SERVICE_SID,
    TEAM_NUMBER,
    USER_AGENT,
    Form,
    country_of,
    inbound_sms,
    message_sid,
    rfc2822,
    signature,
    signed_inbound,
    status_callback,
)

__all__ = [
    "ACCOUNT_SID",
    "API_VERSION",
    "AUTH_TOKEN",
    "DEFAULT_ERROR_CODES",
    "MESSAGING_SERVICE_SID",
    "TEAM_NUMBER",
    "USER_AGENT",
    "Form",
    "country_of",
    "inbound_sms",
    "message_sid",
    "rfc2822",
    "signature",
    "signed_inbound",
    "status_callback",
]
