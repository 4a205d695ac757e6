"""The project's error types.

Every error a user can cause carries a short code and a message that says what to do, so the
CLI can print one line and the API can return one JSON shape without knowing the details.
"""

from __future__ import annotations


class AccessionError(Exception):
    """Base of every error the user can cause; `code` is stable, `message` says what to do."""

    code = "E000"
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class ValidationError(AccessionError, ValueError):
    """A value does not fit the domain (unknown ISO code, range ending before it starts...)."""

    code = "E001"
    http_status = 422


class UnknownQuestionError(AccessionError, KeyError):
    """A question key is well-formed but not registered, or is malformed."""

    code = "E012"
    http_status = 404

    def __str__(self) -> str:  # KeyError would quote the message
        return f"{self.code} {self.message}"


class DateError(ValidationError):
    """A date that cannot be parsed or cannot be."""

    code = "E002"


class InputError(AccessionError):
    """A file or document that cannot be read (missing, binary, empty, undecodable, too big)."""

    code = "E020"
    http_status = 400


class StoreError(AccessionError):
    """The database cannot be opened or written."""

    code = "E030"
    http_status = 500


class KnowledgeBaseError(AccessionError):
    """The bundled knowledge base fails validation."""

    code = "E040"
    http_status = 500


class NotFoundError(AccessionError):
    """A named thing (person, document, candidate, forecast) is not in the store."""

    code = "E044"
    http_status = 404


class PermissionDenied(AccessionError):
    """A write without the configured token."""

    code = "E043"
    http_status = 403
