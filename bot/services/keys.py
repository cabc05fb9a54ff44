"""Key rotation: re-encrypt every personal field with the current key and recompute its lookup hash.

Run after putting a new secret first in SKP_SECRET_KEY (`new,old`). Keep the old secret in the list
until the longest code expiry of the profile has passed: codes are stored only as hashes and cannot
be re-hashed, so they are still found by trying every secret.
"""

from dataclasses import dataclass, field

from bot.crypto import Vault
from bot.models.personal import SEALED_FIELDS
from bot.uow import UnitOfWork


@dataclass
class RotationReport:
    """How many rows and fields were re-encrypted, per table."""

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
                    for spec in sealed:
                        token = getattr(row, spec.encrypted)
                        if token is None:
                            continue
                        plain = vault.open(token)
                        setattr(row, spec.encrypted, vault.seal(plain))
                        if spec.lookup_hash is not None:
                            setattr(row, spec.lookup_hash, vault.lookup_hash(plain))
                        report.fields += 1
                report.rows[table] += len(rows)
                last_id = rows[-1].id
                uow.commit()
    return report
