"""What an MMS webhook form tells the bot: the kind of its first part, never its URL; garbage is no media."""

import pytest

from bot.channels import Media
from handlers.sms_webhook import mms_media


@pytest.mark.parametrize(
    ("content_type", "kind"),
    [
        ("image/jpeg", "photo"),
        ("audio/amr", "voice"),
        ("video/3gpp", "video"),
        ("application/pdf", "document"),
    ],
)
def test_an_mms_is_known_by_the_kind_of_its_first_part(content_type: str, kind: str) -> None:
    form = {"NumMedia": "1", "MediaContentType0": content_type, "MediaUrl0": "https://api.twilio.com/x"}

    assert mms_media(form) == Media(kind=kind)


@pytest.mark.parametrize("count", ["0", "", "-1", "1.5", "²", "0" * 5000, "abc", None])
def test_a_missing_zero_or_forged_media_count_is_a_plain_text(count: str | None) -> None:
    form = {"NumMedia": count, "MediaContentType0": "image/jpeg"} if count is not None else {}

    assert mms_media(form) is None


def test_a_huge_media_count_is_read_without_turning_it_into_a_number() -> None:
    assert mms_media({"NumMedia": "1" + "0" * 5000}) == Media(kind="document")
