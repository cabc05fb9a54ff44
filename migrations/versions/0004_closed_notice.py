"""closed notice and held replies: when a sender was last told the team is closed (once per closed
stretch); a worker's reply to a citizen who sent STOP is kept as 'held' until the worker sends it

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 21:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


STATUSES = ("received", "queued", "sent", "delivered", "failed", "undelivered")
CHECK = "ck_messages_delivery_status_valid"


def _statuses(values: Sequence[str]) -> str:
    return "delivery_status IN (" + ", ".join(f"'{value}'" for value in values) + ")"


def upgrade() -> None:
    with op.batch_alter_table("channel_identities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("closed_notice_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint("delivery_status_valid", sa.text(_statuses((*STATUSES, "held"))))


def downgrade() -> None:
    op.execute("UPDATE messages SET delivery_status = 'failed' WHERE delivery_status = 'held'")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        batch_op.create_check_constraint("delivery_status_valid", sa.text(_statuses(STATUSES)))
    with op.batch_alter_table("channel_identities", schema=None) as batch_op:
        batch_op.drop_column("closed_notice_at")
