"""outbox priority: crisis answers and alerts first when a backlog forms, a chat's order kept

Revision ID: 0006_outbox_priority
Revises: 0005_checkins
Create Date: 2026-12-07 01:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_outbox_priority"
down_revision: str | None = "0005_checkins"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PENDING = sa.text("status = 'pending'")

# bot.models.enums.Priority by kind, as it was when this revision was written (a migration does not
# import the code it outlives): crisis 0, conversation 1, reminders 2, notices 3.
FROM_KIND = sa.text(
    "UPDATE outbox SET priority = CASE"
    " WHEN kind IN ('crisis', 'alert', 'safety') THEN 0"
    " WHEN kind = 'reminder' THEN 2"
    " WHEN kind = 'info' THEN 3"
    " ELSE 1 END"
    " WHERE status = 'pending'"
)


def upgrade() -> None:
    # A plain ADD COLUMN on both databases (no table rebuild on SQLite); rows still to send get their
    # kind's priority, sent ones keep the default (nothing reads it again).
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("priority", sa.SmallInteger(), server_default=sa.text("1"), nullable=False)
        )
    op.execute(FROM_KIND)
    # The rows to send, most urgent first, then oldest: each drain round reads along it and stops once it
    # has enough, however long the backlog (partial: sent rows, years of them, are never read there).
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_pending_priority",
            ["priority", "id"],
            unique=False,
            sqlite_where=PENDING,
            postgresql_where=PENDING,
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_pending_priority")
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("priority")
