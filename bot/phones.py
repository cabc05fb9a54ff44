"""Phone numbers: parsed and validated with `phonenumbers` (Denmark by default), kept as E.164."""

import phonenumbers

from bot.errors import DomainError


def to_e164(text: str, default_region: str = "DK") -> str:
    """`+4512345678` for '12 34 56 78', '+45 1234 5678' or '004512345678'; DomainError if not a number.

    The error never repeats the number, so it is safe to log.
    """
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise DomainError("phone.invalid", "not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise DomainError("phone.invalid", "not a valid phone number")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
