"""Request bodies read with a ceiling: chunk by chunk, stopping at the first byte past the limit.

`Content-Length` is only a claim: a chunked POST has none, and a sender may lie. Reading the stream and
stopping past the limit is what keeps an unsigned 300 MB upload from costing 300 MB.
"""

from starlette.requests import Request


class TooLarge(Exception):
    """The body is longer than the route accepts; answer 413 and read no further."""


async def read_at_most(request: Request, limit: int) -> bytes:
    """The whole body if it has at most `limit` bytes; `TooLarge` as soon as it has more."""
    claimed = request.headers.get("content-length", "")
    if claimed.isascii() and claimed.isdigit() and (len(claimed) > 18 or int(claimed) > limit):
        raise TooLarge
    parts: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge
        parts.append(chunk)
    return b"".join(parts)
