"""Errors a service raises when a request cannot be honoured; handlers turn them into answers."""


class DomainError(Exception):
    """A request that breaks a rule of the service (unknown team, duplicate alias, CPR number given).

    `key` names the message-catalog entry for the user-facing text; `str()` is a plain English line for
    operators and logs, and never contains personal data.
    """

    def __init__(self, key: str, detail: str, **params: str) -> None:
        super().__init__(detail)
        self.key = key
        self.params = params
