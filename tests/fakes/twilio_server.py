"""The fake Twilio REST API, for tests. It lives in the demo package, which serves it to the real bot
in `skp-bot demo`; one copy, so the tests check the very stand-in a visitor's demo talks to."""

from demo.standins.twilio_api import *  # noqa: F403 - this module is that one, under its test name
from demo.standins.twilio_api import __all__ as __all__
