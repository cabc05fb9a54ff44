"""console: one-time login links, sessions and the access log of the web console

Revision ID: 0008_console
Revises: 0007_sender_limits
Create Date: 2026-12-07 03:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_console"
down_revision: str | None = "0007_sender_limits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("console_links", "console_sessions"):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("token_digest", sa.String(length=64), nullable=False),
            sa.Column("worker_id", sa.Integer(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            *(
                [
                    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
                ]
                if table == "console_links"
                else [
                    sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
                    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
                ]
            ),
            sa.ForeignKeyConstraint(
                ["worker_id"], ["workers.id"], name=op.f(f"fk_{table}_worker_id_workers"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
            sa.UniqueConstraint("token_digest", name=op.f(f"uq_{table}_token_digest")),
        )
        op.create_index(op.f(f"ix_{table}_worker_id"), table, ["worker_id"], unique=False)
    op.create_table(
        "console_access",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "action IN ('thread', 'export', 'reply')", name=op.f("ck_console_access_action_valid")
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
            name=op.f("fk_console_access_citizen_id_citizens"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_console_access_team_id_teams"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_console_access_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_console_access")),
    )
    for column in ("at", "citizen_id", "team_id", "worker_id"):
        op.create_index(op.f(f"ix_console_access_{column}"), "console_access", [column], unique=False)


def downgrade() -> None:
    for column in ("at", "citizen_id", "team_id", "worker_id"):
        op.drop_index(op.f(f"ix_console_access_{column}"), table_name="console_access")
    op.drop_table("console_access")
    for table in ("console_sessions", "console_links"):
        op.drop_index(op.f(f"ix_{table}_worker_id"), table_name=table)
        op.drop_table(table)
