"""Property-based fuzzing of Twilio's inbound webhook: whatever arrives, no 500, and nothing is stored
without a valid signature."""

import asyncio
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select
from starlette.applications import Starlette

from bot.crypto import Vault
from bot.models import ProcessedInbound
from bot.services import staff
from handlers.http import build_http_app
from handlers.sms_webhook import SmsWebhooks
from tests.fakes.clock import FakeClock
from tests.fakes.deps import deps_on
from tests.fakes.sms_forms import AUTH_TOKEN, inbound_sms, signed_inbound

PUBLIC = "https://skp.example.dk"
FIELDS = ["MessageSid", "SmsSid", "AccountSid", "From", "To", "Body", "NumMedia", "NumSegments", "Extra"]
values = st.one_of(st.text(max_size=300), st.sampled_from(["", "+4527241393", "SM" + "a" * 32, "0" * 5000]))
forms = st.dictionaries(st.sampled_from(FIELDS), values, max_size=9)


def app_for(engine: Engine, vault: Vault, clock: FakeClock) -> Starlette:
    deps = deps_on(engine, vault, clock)
    staff.sync_profile_teams(deps.new_uow(), clock, deps.profile)
    sms = SmsWebhooks(deps, AUTH_TOKEN, PUBLIC)
    return build_http_app(engine, "test", sms=sms)


def post(app: Starlette, form: dict[str, str], headers: dict[str, str]) -> httpx.Response:
    """One request through the real ASGI app, as Twilio's would arrive at PUBLIC_BASE_URL."""

    async def send() -> httpx.Response:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=PUBLIC) as client:
            return await client.post("/sms/inbound", data=form, headers=headers)

    return asyncio.run(send())


def stored(engine: Engine) -> int:
    with engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(ProcessedInbound)) or 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    form=forms,
    signature=st.one_of(st.none(), st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)),
)
def test_an_unsigned_or_forged_form_never_gets_a_500_and_stores_nothing(
    migrated: Engine, vault: Vault, clock: FakeClock, form: dict[str, str], signature: str | None
) -> None:
    headers = {} if signature is None else {"X-Twilio-Signature": signature}
    response = post(app_for(migrated, vault, clock), form, headers)

    assert response.status_code in (400, 403, 413)
    assert stored(migrated) == 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=forms)
def test_a_signed_form_with_garbage_fields_gets_a_clear_answer_never_a_500(
    migrated: Engine, vault: Vault, clock: FakeClock, changes: dict[str, Any]
) -> None:
    form = {**inbound_sms(from_number="+4527241393", body="hej"), **changes}
    headers, form = signed_inbound(f"{PUBLIC}/sms/inbound", form, AUTH_TOKEN)
    response = post(app_for(migrated, vault, clock), form, headers)

    assert response.status_code in (200, 400, 413)
    if response.status_code == 200:
        assert response.headers["content-type"].startswith("text/xml")
        assert "<Response>" in response.text
