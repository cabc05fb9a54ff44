"""The fake Twilio server speaks the REST API and the webhooks as the real twilio library understands them.

Every SMS e2e test trusts this fake, so here the real `twilio.rest.Client` drives it over real HTTP
(messages created, read, listed, deleted; Twilio's errors and codes; injected outages), and webhooks
it sends are checked with the real `RequestValidator`.
"""

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

import pytest
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from tests.fakes import sms_forms
from tests.fakes.twilio_server import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    MESSAGING_SERVICE_SID,
    TEAM_NUMBER,
    FakeTwilioServer,
    RedirectingHttpClient,
    async_twilio_client_for,
    twilio_client_for,
)

CITIZEN = "+4520123456"
OTHER = "+4531234567"
PUBLIC = "https://skp.example.dk"
SID = re.compile(r"SM[0-9a-f]{32}")


class WebhookReceiver:
    """A stand-in for the bot's HTTP server: records each POST and answers with a set status and body."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, str], dict[str, str]]] = []
        self.status, self.answer = 200, ""
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                body = self.rfile.read(int(self.headers["Content-Length"])).decode()
                receiver.received.append(
                    (self.path, dict(self.headers), dict(parse_qsl(body, keep_blank_values=True)))
                )
                content = receiver.answer.encode()
                self.send_response(receiver.status)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, *args: object) -> None:
                """Quiet."""

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.http.server_address[1]}"

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


@pytest.fixture
def server(receiver: WebhookReceiver) -> Iterator[FakeTwilioServer]:
    """Twilio, with the team number's webhook at the public URL, reaching the receiver behind it."""
    with FakeTwilioServer(sms_url=f"{PUBLIC}/sms/inbound", deliver_to=f"{receiver.url}/sms/inbound") as fake:
        yield fake


@pytest.fixture
def client(server: FakeTwilioServer) -> Iterator[Client]:
    client = twilio_client_for(server)
    yield client
    close(client)


def close(client: Client) -> None:
    session = getattr(client.http_client, "session", None)
    if session is not None:
        session.close()


def send(client: Client, body: str = "Hej, vi ses i morgen kl. 10.", to: str = CITIZEN, **kwargs: str) -> str:
    """Send through the real client as our service will; returns the message sid."""
    message = client.messages.create(to=to, from_=TEAM_NUMBER, body=body, **kwargs)
    assert message.sid is not None
    return str(message.sid)


def expect_error(status: int, code: int) -> pytest.RaisesExc[TwilioRestException]:
    return pytest.raises(TwilioRestException, check=lambda e: (e.status, e.code) == (status, code))


# ---- sending through the real client --------------------------------------------------------------


def test_the_real_client_sends_a_message_and_gets_twilios_message_resource(
    server: FakeTwilioServer, client: Client
) -> None:
    message = client.messages.create(
        to=CITIZEN, from_=TEAM_NUMBER, body="Hej, vi ses i morgen.", status_callback=f"{PUBLIC}/sms/status"
    )

    assert message.sid is not None and SID.fullmatch(message.sid)
    assert (message.status, message.direction, message.num_segments) == ("queued", "outbound-api", "1")
    assert (message.to, message.from_, message.body) == (CITIZEN, TEAM_NUMBER, "Hej, vi ses i morgen.")
    assert message.account_sid == ACCOUNT_SID and message.date_created is not None
    assert message.uri == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message.sid}.json"
    [sent] = server.sent_to(CITIZEN)
    assert sent["sid"] == message.sid and sent["body"] == "Hej, vi ses i morgen."
    [call] = server.calls("POST")
    assert call.status == 201 and call.params["StatusCallback"] == f"{PUBLIC}/sms/status"


def test_segments_are_counted_as_a_carrier_counts_them(server: FakeTwilioServer, client: Client) -> None:
    send(client, "æøå " * 40)  # 160 GSM-7 septets
    send(client, "æøå " * 40 + "!")
    send(client, "Hej 🙂")

    assert [m["num_segments"] for m in server.sent_to(CITIZEN)] == ["1", "2", "1"]


def test_a_message_can_be_fetched_listed_and_deleted(server: FakeTwilioServer, client: Client) -> None:
    first, second = send(client, "en"), send(client, "to", to=OTHER)

    assert client.messages(first).fetch().body == "en"
    assert [m.sid for m in client.messages.list(to=OTHER)] == [second]
    assert [m.sid for m in client.messages.list()] == [second, first]  # newest first

    assert client.messages(first).delete() is True
    assert server.message(first) is None
    assert [m["sid"] for m in server.all_sent()] == [first, second]  # the phone still has it
    with expect_error(404, 20404):
        client.messages(first).fetch()


def test_a_messaging_service_answers_accepted_before_it_picks_a_sender(
    server: FakeTwilioServer, client: Client
) -> None:
    message = client.messages.create(to=CITIZEN, messaging_service_sid=MESSAGING_SERVICE_SID, body="Hej")

    assert (message.status, message.from_, message.num_segments) == ("accepted", None, "0")
    [sent] = server.sent_to(CITIZEN)
    assert (sent["from"], sent["messaging_service_sid"], sent["num_segments"]) == (
        TEAM_NUMBER,
        MESSAGING_SERVICE_SID,
        "1",
    )


async def test_the_async_client_sends_through_the_fake_too(server: FakeTwilioServer) -> None:
    client = async_twilio_client_for(server)
    try:
        message = await client.messages.create_async(to=CITIZEN, from_=TEAM_NUMBER, body="Hej")
    finally:
        await client.http_client.close()

    assert message.status == "queued"
    assert (await server.wait_for_async(1, CITIZEN, timeout=1))[0]["sid"] == message.sid


def test_the_redirection_holds_when_an_edge_and_region_are_configured(server: FakeTwilioServer) -> None:
    http_client = RedirectingHttpClient(server.base_url, timeout=5)
    client = Client(ACCOUNT_SID, AUTH_TOKEN, http_client=http_client, edge="dublin", region="ie1")
    try:
        send(client)
    finally:
        close(client)

    assert len(server.sent_to(CITIZEN)) == 1


def test_setting_the_api_domains_base_url_also_redirects_the_client(server: FakeTwilioServer) -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.api.base_url = server.base_url  # works, but Domain.base_url is not documented API
    try:
        send(client)
    finally:
        close(client)

    assert len(server.sent_to(CITIZEN)) == 1


# ---- Twilio's errors -------------------------------------------------------------------------------


def test_a_wrong_auth_token_is_refused_with_20003(server: FakeTwilioServer) -> None:
    client = twilio_client_for(server, auth_token="f" * 32)
    try:
        with expect_error(401, 20003) as raised:
            send(client)
    finally:
        close(client)

    assert "Authenticate" in raised.value.msg
    assert server.all_sent() == []
    assert [call.status for call in server.calls()] == [401]


def test_another_accounts_sid_is_refused_with_20003(server: FakeTwilioServer) -> None:
    client = twilio_client_for(server, account_sid="AC" + "0" * 32)
    try:
        with expect_error(401, 20003):
            send(client)
    finally:
        close(client)


@pytest.mark.parametrize(
    ("to", "body", "code"),
    [
        ("", "Hej", 21604),  # To missing
        ("+4512345678", "Hej", 21211),  # not a number in the Danish plan
        ("20123456", "Hej", 21211),  # not E.164
        (CITIZEN, "x" * 1601, 21617),
        (CITIZEN, "🙂" * 801, 21617),  # emoji count double
    ],
)
def test_invalid_messages_get_twilios_400_codes(
    server: FakeTwilioServer, client: Client, to: str, body: str, code: int
) -> None:
    with expect_error(400, code):
        send(client, body, to=to)

    assert server.all_sent() == []


def test_a_sender_the_account_does_not_own_is_refused(server: FakeTwilioServer, client: Client) -> None:
    with expect_error(400, 21606):
        client.messages.create(to=CITIZEN, from_="+4599999999", body="Hej")


def test_an_unsubscribed_recipient_gets_21610_until_unblocked(
    server: FakeTwilioServer, client: Client
) -> None:
    server.block(CITIZEN)
    with expect_error(400, 21610) as raised:
        send(client)
    assert "Attempt to send to unsubscribed recipient" in raised.value.msg

    server.unblock(CITIZEN)
    send(client)
    assert len(server.sent_to(CITIZEN)) == 1


def test_stop_texted_to_twilio_unsubscribes_when_opt_out_handling_is_on(receiver: WebhookReceiver) -> None:
    with FakeTwilioServer(sms_url=receiver.url, opt_out_keywords=True) as server:
        client = twilio_client_for(server)
        try:
            server.user_sends(CITIZEN, "stop")
            with expect_error(400, 21610):
                send(client)
            server.user_sends(CITIZEN, "START")
            send(client)
        finally:
            close(client)


# ---- injected failures -----------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "code"), [(429, 20429), (500, 20500), (503, 20503)])
def test_an_injected_failure_raises_and_stores_nothing(
    server: FakeTwilioServer, client: Client, status: int, code: int
) -> None:
    server.fail_next(1, status=status)

    with expect_error(status, code):
        send(client, "først")
    send(client, "så")

    assert [m["body"] for m in server.all_sent()] == ["så"]
    assert [call.status for call in server.calls("POST")] == [status, 201]


def test_a_429_carries_twilios_too_many_requests_body(server: FakeTwilioServer, client: Client) -> None:
    server.fail_next(1, status=429)

    with expect_error(429, 20429) as raised:
        send(client)

    assert "Too Many Requests" in raised.value.msg


def test_a_share_of_failures_is_the_same_for_the_same_seed(server: FakeTwilioServer, client: Client) -> None:
    def outcomes() -> list[bool]:
        results = []
        for _ in range(20):
            try:
                send(client)
            except TwilioRestException:
                results.append(False)
            else:
                results.append(True)
        return results

    server.fail_share(0.5, status=503, seed=7)
    first = outcomes()
    server.fail_share(0.5, status=503, seed=7)
    second = outcomes()
    server.heal()

    assert first == second and True in first and False in first
    assert len(server.all_sent()) == 2 * first.count(True)


# ---- webhooks: status callbacks ---------------------------------------------------------------------


def test_a_status_callback_is_signed_for_the_public_url_and_validates(
    server: FakeTwilioServer, client: Client, receiver: WebhookReceiver
) -> None:
    sid = send(client, status_callback=f"{PUBLIC}/sms/status")

    answer = server.send_status_callback(sid, "delivered", deliver_to=f"{receiver.url}/sms/status")

    assert answer == 200
    [(path, headers, form)] = receiver.received
    assert path == "/sms/status"
    assert form["MessageSid"] == form["SmsSid"] == sid
    assert (form["MessageStatus"], form["To"], form["From"]) == ("delivered", CITIZEN, TEAM_NUMBER)
    assert form["AccountSid"] == ACCOUNT_SID and "ErrorCode" not in form
    validator = RequestValidator(AUTH_TOKEN)
    assert validator.validate(f"{PUBLIC}/sms/status", form, headers["X-Twilio-Signature"])
    assert not validator.validate(f"{receiver.url}/sms/status", form, headers["X-Twilio-Signature"])
    assert client.messages(sid).fetch().status == "delivered"


@pytest.mark.parametrize(("status", "code"), [("undelivered", "30003"), ("failed", "30008")])
def test_a_failed_delivery_reports_an_error_code(
    server: FakeTwilioServer, client: Client, receiver: WebhookReceiver, status: str, code: str
) -> None:
    sid = send(client, status_callback=f"{receiver.url}/sms/status")

    server.send_status_callback(sid, status)

    [(_, _, form)] = receiver.received
    assert (form["MessageStatus"], form["ErrorCode"]) == (status, code)
    assert server.sent_to(CITIZEN)[0]["error_code"] == int(code)


def test_a_status_callback_signed_with_another_token_does_not_validate(
    server: FakeTwilioServer, client: Client, receiver: WebhookReceiver
) -> None:
    sid = send(client, status_callback=f"{receiver.url}/sms/status")

    server.send_status_callback(sid, "sent", auth_token="0" * 32)

    [(_, headers, form)] = receiver.received
    validator = RequestValidator(AUTH_TOKEN)
    assert not validator.validate(f"{receiver.url}/sms/status", form, headers["X-Twilio-Signature"])


async def test_a_status_callback_can_be_sent_from_an_async_test(
    server: FakeTwilioServer, receiver: WebhookReceiver
) -> None:
    client = async_twilio_client_for(server)
    try:
        message = await client.messages.create_async(
            to=CITIZEN, from_=TEAM_NUMBER, body="Hej", status_callback=f"{receiver.url}/sms/status"
        )
    finally:
        await client.http_client.close()
    assert message.sid is not None

    assert await server.send_status_callback_async(message.sid, "sent") == 200
    assert receiver.received[0][2]["MessageStatus"] == "sent"


# ---- webhooks: inbound SMS --------------------------------------------------------------------------


def test_an_inbound_sms_is_signed_for_the_public_url_and_validates(
    server: FakeTwilioServer, receiver: WebhookReceiver
) -> None:
    delivery = server.user_sends(CITIZEN, "Hej, det er mig")

    assert delivery.status == 200 and delivery.twiml_error is None
    [(path, headers, form)] = receiver.received
    assert path == "/sms/inbound"
    assert (form["From"], form["To"], form["Body"]) == (CITIZEN, TEAM_NUMBER, "Hej, det er mig")
    assert form["MessageSid"] == form["SmsSid"] == form["SmsMessageSid"] == delivery.sid
    assert (form["NumSegments"], form["NumMedia"], form["FromCountry"]) == ("1", "0", "DK")
    assert RequestValidator(AUTH_TOKEN).validate(f"{PUBLIC}/sms/inbound", form, headers["X-Twilio-Signature"])
    assert [m["direction"] for m in server.received()] == ["inbound"]


def test_a_twiml_message_in_the_answer_reaches_the_phone(
    server: FakeTwilioServer, receiver: WebhookReceiver
) -> None:
    receiver.answer = (
        '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Tak, modtaget.</Message></Response>'
    )

    delivery = server.user_sends(CITIZEN, "Hej")

    [reply] = delivery.replies
    assert (reply["to"], reply["from"], reply["body"]) == (CITIZEN, TEAM_NUMBER, "Tak, modtaget.")
    assert reply["direction"] == "outbound-reply"
    assert server.sent_to(CITIZEN) == [reply]


@pytest.mark.parametrize(
    ("status", "answer", "error"),
    [(200, "<Response><Message>oops</Response>", 12100), (500, "", 11200), (200, "<html/>", 12100)],
)
def test_an_answer_twilio_cannot_use_sends_nothing_back(
    server: FakeTwilioServer, receiver: WebhookReceiver, status: int, answer: str, error: int
) -> None:
    receiver.status, receiver.answer = status, answer

    delivery = server.user_sends(CITIZEN, "Hej")

    assert (delivery.status, delivery.twiml_error, delivery.replies) == (status, error, [])
    assert server.all_sent() == []


def test_a_redelivery_repeats_the_request_byte_for_byte(
    server: FakeTwilioServer, receiver: WebhookReceiver
) -> None:
    first = server.user_sends(CITIZEN, "Hej")

    again = server.redeliver(first.sid)

    assert again.sid == first.sid
    [(_, headers_1, form_1), (_, headers_2, form_2)] = receiver.received
    assert form_1 == form_2
    assert headers_1["X-Twilio-Signature"] == headers_2["X-Twilio-Signature"]


def test_signed_inbound_forms_validate_and_tampering_breaks_them() -> None:
    url = f"{PUBLIC}/sms/inbound"
    headers, form = sms_forms.signed_inbound(url, sms_forms.inbound_sms(CITIZEN, "Hej"), AUTH_TOKEN)
    validator = RequestValidator(AUTH_TOKEN)

    assert validator.validate(url, form, headers["X-Twilio-Signature"])
    assert not validator.validate(url, form | {"Body": "Hej!"}, headers["X-Twilio-Signature"])
    assert not validator.validate(url, form | {"From": OTHER}, headers["X-Twilio-Signature"])
    assert not RequestValidator("0" * 32).validate(url, form, headers["X-Twilio-Signature"])


# ---- waiting -----------------------------------------------------------------------------------------


def test_wait_for_returns_when_the_message_arrives(server: FakeTwilioServer, client: Client) -> None:
    worker = threading.Timer(0.05, send, args=(client, "senere"))
    worker.start()

    [message] = server.wait_for(lambda m: m["body"] == "senere", CITIZEN, timeout=2)

    worker.join()
    assert message["to"] == CITIZEN


def test_wait_for_says_what_was_sent_when_it_times_out(server: FakeTwilioServer, client: Client) -> None:
    send(client, "noget andet")

    with pytest.raises(AssertionError, match="noget andet"):
        server.wait_for(2, CITIZEN, timeout=0.05)


async def test_wait_for_refuses_to_block_a_running_event_loop(server: FakeTwilioServer) -> None:
    with pytest.raises(RuntimeError, match="wait_for_async"):
        server.wait_for(1)
