"""`skp-bot demo`: the real bot, offline, with stand-ins for Telegram and Twilio and a web simulator.

An outer layer like handlers/: it speaks HTTP to the bot the way Telegram and Twilio do, and only
bot/app.py (the composition root) imports it.
"""
