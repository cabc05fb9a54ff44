"""reports: unfinished reports, the reporter's contact, their follow-up, and the age group when unknown

Revision ID: 0004_reports
Revises: 0004
Create Date: 2026-12-06 21:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_reports"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("concern_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("unfinished", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("reporter_contact_enc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("followup_enc", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("age_band", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("concern_reports", schema=None) as batch_op:
        batch_op.drop_column("age_band")
        batch_op.drop_column("followup_enc")
        batch_op.drop_column("reporter_contact_enc")
        batch_op.drop_column("unfinished")
