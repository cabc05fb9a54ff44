"""scheduling: reminders ledger, check-in follow-up, citizen review and period

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 05:28:14.828691
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('checkin', 'overview', 'nudge', 'escalation', 'not_reached', 'citizen', 'report_warning', 'report_overdue', 'review', 'followup', 'inactivity', 'handover')",
            name=op.f("ck_reminders_kind_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_reminders_citizen_id_citizens"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_reminders_worker_id_workers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("key", name=op.f("uq_reminders_key")),
    )
    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reminders_citizen_id"), ["citizen_id"], unique=False)
        batch_op.create_index("ix_reminders_kind_sent", ["kind", "sent_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_reminders_worker_id"), ["worker_id"], unique=False)

    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminded_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("nudged_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("moved_from_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_checkins_open", ["outcome", "due_at"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_checkins_moved_from_id_checkins"),
            "checkins",
            ["moved_from_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_due_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("period_ends_on", sa.Date(), nullable=True))
        batch_op.create_index(batch_op.f("ix_citizens_period_ends_on"), ["period_ends_on"], unique=False)
        batch_op.create_index("ix_citizens_status_review", ["status", "review_due_at"], unique=False)
        batch_op.create_index("ix_citizens_status_last_contact", ["status", "last_contact_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.drop_index("ix_citizens_status_last_contact")
        batch_op.drop_index("ix_citizens_status_review")
        batch_op.drop_index(batch_op.f("ix_citizens_period_ends_on"))
        batch_op.drop_column("period_ends_on")
        batch_op.drop_column("review_due_at")

    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_checkins_moved_from_id_checkins"), type_="foreignkey")
        batch_op.drop_index("ix_checkins_open")
        batch_op.drop_column("moved_from_id")
        batch_op.drop_column("escalated_at")
        batch_op.drop_column("nudged_at")
        batch_op.drop_column("reminded_at")

    with op.batch_alter_table("reminders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reminders_worker_id"))
        batch_op.drop_index("ix_reminders_kind_sent")
        batch_op.drop_index(batch_op.f("ix_reminders_citizen_id"))

    op.drop_table("reminders")
