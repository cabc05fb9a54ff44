"""Stand-ins for the Telegram Bot API and the Twilio REST API: real HTTP servers on localhost that the
real python-telegram-bot and twilio clients talk to. The demo plays its phones through them; the
end-to-end tests (via tests/fakes) play users and inject failures through the same ones."""
