"""The Bot API's JSON objects as Telegram builds them: users, chats, messages, updates and entities.

The fake Telegram server builds every update it queues and every Message it returns here, and renders
`parse_mode` text the way Telegram does (tags stripped, entities in UTF-16 offsets, Telegram's own
"can't parse entities" errors), so a test sees what a user would see and a formatting bug fails in
tests instead of in production.
"""

import re
from typing import Any

JSON = dict[str, Any]

# A leading bot command, as Telegram marks it with a "bot_command" entity.
_BOT_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")


def utf16_len(text: str) -> int:
    """Telegram measures entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def user(user_id: int, first_name: str = "Test", language_code: str | None = "da") -> JSON:
    """A human Telegram user."""
    result: JSON = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        result["language_code"] = language_code
    return result


def bot_user(bot_id: int, first_name: str, username: str) -> JSON:
    """The bot itself, as getMe and the `from` of its own messages show it."""
    return {"id": bot_id, "is_bot": True, "first_name": first_name, "username": username}


def private_chat(chat_id: int, first_name: str = "Test") -> JSON:
    """A one-to-one chat between the bot and a user (the chat id is the user's id)."""
    return {"id": chat_id, "type": "private", "first_name": first_name}


def command_entities(text: str) -> list[JSON]:
    """The "bot_command" entity Telegram adds when a message starts with /command."""
    match = _BOT_COMMAND.match(text)
    if not match:
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group())}]


def text_message(
    message_id: int, chat: JSON, sender: JSON, date: int, text: str, entities: list[JSON] | None = None
) -> JSON:
    """A Message with text; keys appear only when Telegram would send them."""
    message: JSON = {"message_id": message_id, "from": sender, "chat": chat, "date": date, "text": text}
    if entities:
        message["entities"] = entities
    return message


def _file(kind: str, message_id: int) -> JSON:
    """A file as Telegram describes it: ids (the bot never sees the bytes unless it calls getFile)."""
    return {
        "file_id": f"{kind}-{message_id}-file",
        "file_unique_id": f"u{kind}{message_id}",
        "file_size": 20_480,
    }


def media_content(kind: str, message_id: int) -> JSON:
    """The fields a message of `kind` carries instead of text, as the Bot API sends them."""
    file = _file(kind, message_id)
    contents: dict[str, JSON] = {
        "photo": {"photo": [file | {"width": 90, "height": 90}, file | {"width": 1280, "height": 960}]},
        "voice": {"voice": file | {"duration": 7, "mime_type": "audio/ogg"}},
        "video": {"video": file | {"width": 640, "height": 360, "duration": 12, "mime_type": "video/mp4"}},
        "video_note": {"video_note": file | {"length": 240, "duration": 9}},
        "document": {"document": file | {"file_name": "brev.pdf", "mime_type": "application/pdf"}},
        "audio": {"audio": file | {"duration": 120, "mime_type": "audio/mpeg"}},
        "sticker": {
            "sticker": file
            | {"type": "regular", "width": 512, "height": 512, "is_animated": False, "is_video": False}
        },
        "location": {"location": {"latitude": 55.4765, "longitude": 8.4594}},
    }
    if kind not in contents:
        raise ValueError(f"the fake server cannot send a {kind!r}; it knows {sorted(contents)}")
    return contents[kind]


# What a copy takes over from the message it copies (copyMessage): its content, never its identity.
COPIED_FIELDS = frozenset(
    "text entities caption caption_entities photo voice video video_note document audio sticker location "
    "animation venue contact dice poll".split()
)
CAPTIONABLE = frozenset("photo voice video document audio animation".split())


def media_message(
    message_id: int, chat: JSON, sender: JSON, date: int, kind: str, caption: str | None = None
) -> JSON:
    """A Message with a photo, voice note, video, document, location… and perhaps a caption."""
    message: JSON = {"message_id": message_id, "from": sender, "chat": chat, "date": date}
    message |= media_content(kind, message_id)
    if caption:
        if kind not in CAPTIONABLE:
            raise ValueError(f"a {kind} has no caption on Telegram")
        message["caption"] = caption
    return message


def as_reply_target(message: JSON) -> JSON:
    """A message as nested in `reply_to_message`: Telegram nests one level only."""
    return {key: value for key, value in message.items() if key != "reply_to_message"}


def update_kind(update: JSON) -> str:
    """The update's type, e.g. "message" or "callback_query" (the key beside update_id)."""
    return next(key for key in update if key != "update_id")


class EntityParseError(ValueError):
    """Text that Telegram refuses with "Bad Request: can't parse entities: …"."""


def render(text: str, parse_mode: str | None) -> tuple[str, list[JSON]]:
    """The text and entities Telegram stores for `text` sent with `parse_mode`, trimmed as it does."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        return trim(*_parse_html(text))
    if mode == "markdownv2":
        return trim(*_parse_markdown(text, v2=True))
    if mode == "markdown":
        return trim(*_parse_markdown(text, v2=False))
    if mode:
        raise EntityParseError(f"Unsupported parse_mode {parse_mode}")
    return trim(text, [])


def trim(text: str, entities: list[JSON]) -> tuple[str, list[JSON]]:
    """Telegram drops leading and trailing whitespace of a message and clips entities to match."""
    stripped = text.strip()
    if stripped == text:
        return text, sorted(entities, key=lambda e: (e["offset"], -e["length"]))
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    end = utf16_len(stripped)
    kept = []
    for entity in entities:
        start = max(entity["offset"] - shift, 0)
        stop = min(entity["offset"] + entity["length"] - shift, end)
        if stop > start:
            kept.append({**entity, "offset": start, "length": stop - start})
    return stripped, sorted(kept, key=lambda e: (e["offset"], -e["length"]))


class _Builder:
    """Collects plain text and the entities opened and closed while parsing."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.position = 0  # in UTF-16 code units
        self.entities: list[JSON] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.position += utf16_len(text)

    def close(self, entity: JSON) -> None:
        """Finish an entity that started at entity["offset"]; Telegram drops empty ones."""
        length = self.position - entity["offset"]
        if length > 0:
            self.entities.append({**entity, "length": length})

    def result(self) -> tuple[str, list[JSON]]:
        return "".join(self.parts), self.entities


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode())


_HTML_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_HTML_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);")
_HTML_ATTRIBUTE = re.compile(r"""([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _html_unescape(text: str) -> str:
    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]

    return _HTML_ENTITY.sub(one, text)


def _parse_html(text: str) -> tuple[str, list[JSON]]:
    builder = _Builder()
    stack: list[tuple[str, JSON]] = []  # (tag name, entity being built)
    index = 0
    while index < len(text):
        char = text[index]
        if char == "&":
            match = _HTML_ENTITY.match(text, index)
            builder.add(_html_unescape(match.group()) if match else "&")
            index = match.end() if match else index + 1
            continue
        if char != "<":
            builder.add(char)
            index += 1
            continue
        end = text.find(">", index)
        if end < 0:
            raise EntityParseError(f"Can't find end of the tag at byte offset {_byte_offset(text, index)}")
        tag = text[index + 1 : end].strip()
        if tag.startswith("/"):
            name = tag[1:].strip().lower()
            if not stack or stack[-1][0] != name:
                expected = f'"</{stack[-1][0]}>"' if stack else "no end tag"
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(text, index)}, "
                    f'expected {expected}, found "</{name}>"'
                )
            _, entity = stack.pop()
            if entity["type"] != "_language":
                builder.close(entity)
        else:
            name, _, rest = tag.partition(" ")
            name = name.lower()
            attributes = {
                m.group(1).lower(): _html_unescape(m.group(2) or m.group(3) or m.group(4) or "")
                for m in _HTML_ATTRIBUTE.finditer(rest)
            }
            stack.append((name, _html_entity(name, attributes, stack, text, index, builder.position)))
        index = end + 1
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1][0]}"')
    return builder.result()


def _html_entity(
    name: str, attributes: dict[str, str], stack: list[tuple[str, JSON]], text: str, index: int, at: int
) -> JSON:
    """The entity a start tag opens; `<code class="language-x">` inside `<pre>` names the language."""
    kind = _HTML_TAGS.get(name)
    where = f"at byte offset {_byte_offset(text, index)}"
    if kind is None:
        raise EntityParseError(f'Unsupported start tag "{name}" {where}')
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" {where}')
    entity: JSON = {"type": kind, "offset": at}
    if kind == "text_link":
        entity["url"] = attributes.get("href", "")
    elif kind == "blockquote" and "expandable" in attributes:
        entity["type"] = "expandable_blockquote"
    elif kind == "code" and stack and stack[-1][0] == "pre":
        language = attributes.get("class", "").removeprefix("language-")
        if language:
            stack[-1][1]["language"] = language
            entity["type"] = "_language"  # no entity of its own
    return entity


_V2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_ENTITY_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "text_link": "TextUrl",
    "code": "Code",
    "pre": "Pre",
}


def _parse_markdown(text: str, *, v2: bool) -> tuple[str, list[JSON]]:
    """MarkdownV2 (nesting, strict escaping) or legacy Markdown (flat: markers inside an entity are text)."""
    builder = _Builder()
    open_entities: list[tuple[str, JSON, int]] = []  # (marker, entity, byte offset where opened)
    quote: JSON | None = None
    index = 0

    def begin(marker: str, kind: str) -> None:
        if any(open_marker == marker for open_marker, _, _ in open_entities):
            _raise_unclosed(open_entities[-1], v2)
        open_entities.append((marker, {"type": kind, "offset": builder.position}, _byte_offset(text, index)))

    def toggle(marker: str, kind: str) -> None:
        if open_entities and open_entities[-1][0] == marker:
            builder.close(open_entities.pop()[1])
        else:
            begin(marker, kind)

    while index < len(text):
        char = text[index]
        if not v2 and open_entities:
            marker = open_entities[-1][0]
            if marker == "[" and char == "]":
                index = _link_target(text, index, builder, open_entities.pop()[1], v2)
            elif marker != "[" and char == marker:
                builder.close(open_entities.pop()[1])
                index += 1
            else:
                builder.add(char)
                index += 1
            continue
        if char == "\\" and index + 1 < len(text) and (v2 or text[index + 1] in "_*`["):
            builder.add(text[index + 1])
            index += 2
        elif char == "`":
            index = _code(text, index, builder, v2)
        elif char == "*":
            toggle("*", "bold")
            index += 1
        elif char == "_" and v2 and text.startswith("__", index):
            toggle("__", "underline")
            index += 2
        elif char == "_":
            toggle("_", "italic")
            index += 1
        elif v2 and char == "~":
            toggle("~", "strikethrough")
            index += 1
        elif v2 and text.startswith("||", index):
            toggle("||", "spoiler")
            index += 2
        elif char == "[":
            begin("[", "text_link")
            index += 1
        elif v2 and char == "]" and open_entities and open_entities[-1][0] == "[":
            index = _link_target(text, index, builder, open_entities.pop()[1], v2)
        elif v2 and char == ">" and (index == 0 or text[index - 1] == "\n"):
            if quote is None:
                quote = {"type": "blockquote", "offset": builder.position}
            index += 1
        elif v2 and char in _V2_RESERVED:
            raise EntityParseError(
                f"Character '{char}' is reserved and must be escaped with the preceding '\\'"
            )
        else:
            if char == "\n" and quote is not None and not text.startswith(">", index + 1):
                builder.close(quote)
                quote = None
            builder.add(char)
            index += 1
    if open_entities:
        _raise_unclosed(open_entities[-1], v2)
    if quote is not None:
        builder.close(quote)
    return builder.result()


def _raise_unclosed(opened: tuple[str, JSON, int], v2: bool) -> None:
    _, entity, byte_offset = opened
    if not v2:
        raise EntityParseError(f"Can't find end of the entity starting at byte offset {byte_offset}")
    raise EntityParseError(
        f"Can't find end of {_ENTITY_NAMES[entity['type']]} entity at byte offset {byte_offset}"
    )


def _code(text: str, index: int, builder: _Builder, v2: bool) -> int:
    """A `code` span or a ```pre``` block; only ` and \\ are escaped inside. Returns the next index."""
    fence = "```" if text.startswith("```", index) else "`"
    start = index + len(fence)
    language = ""
    if fence == "```":
        first_line, newline, _ = text[start:].partition("\n")
        if newline and first_line and " " not in first_line:
            language, start = first_line, start + len(first_line) + 1
    content: list[str] = []
    cursor = start
    while cursor < len(text):
        if v2 and text[cursor] == "\\" and cursor + 1 < len(text):
            content.append(text[cursor + 1])
            cursor += 2
        elif text.startswith(fence, cursor):
            entity: JSON = {"type": "pre" if fence == "```" else "code", "offset": builder.position}
            if language:
                entity["language"] = language
            builder.add("".join(content))
            builder.close(entity)
            return cursor + len(fence)
        else:
            content.append(text[cursor])
            cursor += 1
    kind = "Pre" if fence == "```" else "Code"
    where = f"at byte offset {_byte_offset(text, index)}"
    if not v2:
        raise EntityParseError(f"Can't find end of the entity starting {where}")
    raise EntityParseError(f"Can't find end of {kind} entity {where}")


def _link_target(text: str, index: int, builder: _Builder, entity: JSON, v2: bool) -> int:
    """The (url) after a link's ]; inside it only ) and \\ are escaped. Returns the next index."""
    if not text.startswith("(", index + 1):
        if v2:
            raise EntityParseError("Character ']' is reserved and must be escaped with the preceding '\\'")
        builder.add("]")
        return index + 1
    url: list[str] = []
    cursor = index + 2
    while cursor < len(text) and text[cursor] != ")":
        if v2 and text[cursor] == "\\" and cursor + 1 < len(text):
            cursor += 1
        url.append(text[cursor])
        cursor += 1
    if cursor >= len(text):
        raise EntityParseError(f"Can't find end of a URL at byte offset {_byte_offset(text, index + 1)}")
    builder.close({**entity, "url": "".join(url)})
    return cursor + 1
