"""Channel entry points (Telegram, SMS, HTTP) and outbound senders: parse, call one service, render."""
