"""citizens.asked_at: when a worker last wrote to the citizen, so a reply is read after the question only
when there is one to read (bot/services/relay.worker_asked), without a query for every citizen's message

Revision ID: 0009_citizen_asked_at
Revises: 0008_console
Create Date: 2026-12-07 13:50:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_citizen_asked_at"
down_revision: str | None = "0008_console"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("asked_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.drop_column("asked_at")
