"""sender limits: flood counters keyed by a purpose hash that outlives scrubbing

Revision ID: 0007_sender_limits
Revises: 0006_outbox_priority
Create Date: 2026-12-07 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_sender_limits"
down_revision: str | None = "0006_outbox_priority"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sender_limits",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", "purpose", name=op.f("pk_sender_limits")),
    )
    op.create_index(op.f("ix_sender_limits_until"), "sender_limits", ["until"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_sender_limits_until"), table_name="sender_limits")
    op.drop_table("sender_limits")
