"""The forms Twilio POSTs to our SMS webhooks, built field for field as Twilio builds them, and signed.

`inbound_sms` is what Twilio sends to the number's messaging webhook (POST /sms/inbound) when someone
texts the team; `status_callback` what it sends to a message's StatusCallback (POST /sms/status).
`signed_inbound` adds `X-Twilio-Signature`, computed by twilio's own `RequestValidator`, so a test of
our signature check is a test against the real algorithm. Values are strings, as on the wire.
"""

import secrets
from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime

import phonenumbers
from twilio.request_validator import RequestValidator

from bot.sms_text import segments

Form = dict[str, str]

# Test credentials: shaped like Twilio's (AC/MG/SM + 32 hex digits, a 32-hex-digit auth token).
ACCOUNT_SID = "AC" + "5ca1ab1e" * 4
AUTH_TOKEN = "0ddba11c0ffee5e1f5a1ad5eab5eed00"
MESSAGING_SERVICE_SID = "MG" + "d15c0bad" * 4
TEAM_NUMBER = "+4570101010"  # the team's Twilio number (70-numbers are Danish service numbers)
API_VERSION = "2010-04-01"
USER_AGENT = "TwilioProxy/1.1"

# Delivery failures as Twilio reports them in ErrorCode when no code is given.
DEFAULT_ERROR_CODES = {"undelivered": "30003", "failed": "30008"}  # unreachable handset; unknown error


def message_sid() -> str:
    """A new Message SID: "SM" and 32 hex digits."""
    return "SM" + secrets.token_hex(16)


def country_of(number: str) -> str:
    """The ISO country Twilio puts in FromCountry/ToCountry ("" when it cannot tell)."""
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(number, None)) or ""
    except phonenumbers.NumberParseException:
        return ""


def inbound_sms(
    from_number: str,
    body: str,
    *,
    to: str = TEAM_NUMBER,
    sid: str | None = None,
    account_sid: str = ACCOUNT_SID,
    messaging_service_sid: str | None = None,
    media_types: Sequence[str] = (),
) -> Form:
    """The webhook form of a text someone sent to `to`. Twilio fills the location fields only for
    North American numbers, so for Danish numbers they are present and empty. `media_types`: an MMS,
    with one part per content type ("image/jpeg"), each with the URL Twilio keeps it at."""
    sid = sid or message_sid()
    form: Form = {
        "ToCountry": country_of(to),
        "ToState": "",
        "SmsMessageSid": sid,
        "NumMedia": str(len(media_types)),
        "ToCity": "",
        "FromZip": "",
        "SmsSid": sid,
        "FromState": "",
        "SmsStatus": "received",
        "FromCity": "",
        "Body": body,
        "FromCountry": country_of(from_number),
        "To": to,
        "ToZip": "",
        "NumSegments": str(segments(body).segments),
        "ReferralNumMedia": "0",
        "MessageSid": sid,
        "AccountSid": account_sid,
        "From": from_number,
        "ApiVersion": API_VERSION,
    }
    if messaging_service_sid:
        form["MessagingServiceSid"] = messaging_service_sid
    for index, content_type in enumerate(media_types):
        form[f"MediaContentType{index}"] = content_type
        form[f"MediaUrl{index}"] = (
            f"https://api.twilio.com/2010-04-01/Accounts/{account_sid}/Messages/{sid}/Media/ME{index:032x}"
        )
    return form


def status_callback(
    sid: str,
    status: str,
    *,
    to: str,
    from_number: str | None,
    account_sid: str = ACCOUNT_SID,
    messaging_service_sid: str | None = None,
    error_code: str | int | None = None,
    done_at: datetime | None = None,
) -> Form:
    """The status-callback form of outbound message `sid` reaching `status` (queued, sent, delivered,
    undelivered, failed). ErrorCode comes with undelivered and failed only (a default when not given);
    RawDlrDoneDate (the carrier's delivery receipt time, YYMMDDhhmm) with delivered and undelivered."""
    form: Form = {
        "SmsSid": sid,
        "SmsStatus": status,
        "MessageStatus": status,
        "To": to,
        "MessageSid": sid,
        "AccountSid": account_sid,
        "ApiVersion": API_VERSION,
    }
    if from_number:
        form["From"] = from_number
    if messaging_service_sid:
        form["MessagingServiceSid"] = messaging_service_sid
    if status in DEFAULT_ERROR_CODES:
        form["ErrorCode"] = str(error_code or DEFAULT_ERROR_CODES[status])
    if status in ("delivered", "undelivered") and done_at is not None:
        form["RawDlrDoneDate"] = done_at.strftime("%y%m%d%H%M")
    return form


def signature(url: str, form: Form, auth_token: str = AUTH_TOKEN) -> str:
    """X-Twilio-Signature of a POST of `form` to `url`, by twilio's own RequestValidator."""
    return str(RequestValidator(auth_token).compute_signature(url, form))


def signed_inbound(url: str, form: Form, auth_token: str = AUTH_TOKEN) -> tuple[dict[str, str], Form]:
    """The headers and form of Twilio's POST of `form` to `url` (the public URL Twilio calls, which is
    the URL signed, whatever address the request then reaches behind a proxy)."""
    headers = {
        "X-Twilio-Signature": signature(url, form, auth_token),
        "Content-Type": "application/x-www-form-urlencoded",
        "User-Agent": USER_AGENT,
        "I-Twilio-Idempotency-Token": secrets.token_hex(16),
    }
    return headers, dict(form)


def rfc2822(moment: datetime) -> str:
    """Twilio's date format in resources: "Mon, 23 Nov 2026 09:00:00 +0000"."""
    return format_datetime(moment)
