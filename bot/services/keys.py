"""Key rotation: re-encrypt every personal field with the current key and recompute its lookup hash.

Run after putting a new secret first in SKP_SECRET_KEY (`new,old`). Keep the old secret in the list
until the longest code expiry of the profile has passed: codes are stored only as hashes and cannot
be re-hashed, so they are still found by trying every secret. Inbound ids (kept as keyed hashes for a
week, to recognise a redelivery) are not re-hashed either: a redelivery that comes across the rotation
may be handled twice.

Each batch commits on its own, and a field already under the current secret is left as it is: a
rotation cut short (a crash, a lost connection) is finished by running it again. A field that scrubbing
or a deletion blanked (empty, or its hash "scrubbed") has nothing to re-encrypt.
"""

from dataclasses import dataclass, field
from typing import Any

from bot.crypto import Vault
from bot.models.infra import SCRUBBED
from bot.models.personal import SEALED_FIELDS, SealedField
from bot.uow import UnitOfWork


@dataclass
class RotationReport:
    """How many rows were read and fields re-encrypted, per table (fields already current not counted)."""

    rows: dict[str, int] = field(default_factory=dict)
    fields: int = 0


def rotate_keys(uow: UnitOfWork, vault: Vault, batch_size: int = 500) -> RotationReport:
    """Re-encrypt all sealed fields, one transaction per batch so a large database is not locked long."""
    report = RotationReport()
    for model, sealed in SEALED_FIELDS.items():
        table = model.__tablename__
        report.rows[table] = 0
        last_id = 0
        while True:
            with uow:
                rows = uow.personal_data.batch_after(model, last_id, batch_size)
                if not rows:
                    break
                for row in rows:
                    report.fields += sum(_rotate(row, spec, vault) for spec in sealed)
                report.rows[table] += len(rows)
                last_id = rows[-1].id
                uow.commit()
    return report


def _rotate(row: Any, spec: SealedField, vault: Vault) -> bool:
    """Re-encrypt one field and recompute its hash, if either is not under the current secret yet;
    whether anything changed."""
    token = getattr(row, spec.encrypted)
    if not token:  # never set, purged, or blanked by scrubbing
        return False
    changed = vault.needs_rotation(token)
    if changed:
        setattr(row, spec.encrypted, vault.reseal(token))
    stored_hash = getattr(row, spec.lookup_hash) if spec.lookup_hash is not None else None
    if spec.lookup_hash is not None and stored_hash not in (None, SCRUBBED):
        plain = vault.open(token)
        if not vault.is_current_hash(plain, stored_hash):
            setattr(row, spec.lookup_hash, vault.lookup_hash(plain))
            changed = True
    return changed
