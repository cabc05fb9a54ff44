"""Twilio's webhook forms, signed, for tests; they live in the demo package beside the Twilio stand-in."""

from demo.standins.sms_forms import *  # noqa: F403 - this module is that one, under its test name
