"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 08:56:59.907602
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("address_hash", sa.String(length=64), nullable=False),
        sa.Column("flow", sa.String(length=32), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("data_enc", sa.Text(), nullable=True),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "channel IN ('telegram', 'sms')", name=op.f("ck_conversation_states_channel_valid")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation_states")),
        sa.UniqueConstraint("channel", "address_hash", name="uq_conversation_states_address"),
    )
    op.create_table(
        "processed_inbound",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("payload_enc", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("channel IN ('telegram', 'sms')", name=op.f("ck_processed_inbound_channel_valid")),
        sa.CheckConstraint("status IN ('done', 'failed')", name=op.f("ck_processed_inbound_status_valid")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_inbound")),
        sa.UniqueConstraint("channel", "external_id", name="uq_processed_inbound_external_id"),
    )
    op.create_table(
        "teams",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=True),
        sa.Column("min_age", sa.Integer(), nullable=True),
        sa.Column("max_age", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "min_age IS NULL OR max_age IS NULL OR min_age <= max_age", name=op.f("ck_teams_age_range")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teams")),
        sa.UniqueConstraint("name", name=op.f("uq_teams_name")),
    )
    op.create_table(
        "workers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("on_duty", sa.Boolean(), nullable=False),
        sa.Column("enrolment_code_hash", sa.String(length=64), nullable=True),
        sa.Column("enrolment_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("telegram_chat_hash", sa.String(length=64), nullable=True),
        sa.Column("telegram_chat_enc", sa.Text(), nullable=True),
        sa.Column("phone_hash", sa.String(length=64), nullable=True),
        sa.Column("phone_enc", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("status IN ('pending', 'active', 'left')", name=op.f("ck_workers_status_valid")),
        sa.CheckConstraint(
            "(enrolment_code_hash IS NULL) OR (enrolment_expires_at IS NOT NULL)",
            name=op.f("ck_workers_code_expires"),
        ),
        sa.CheckConstraint("(phone_hash IS NULL) = (phone_enc IS NULL)", name=op.f("ck_workers_phone_pair")),
        sa.CheckConstraint(
            "(telegram_chat_hash IS NULL) = (telegram_chat_enc IS NULL)",
            name=op.f("ck_workers_telegram_pair"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_workers_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workers")),
        sa.UniqueConstraint("enrolment_code_hash", name=op.f("uq_workers_enrolment_code_hash")),
        sa.UniqueConstraint("phone_hash", name=op.f("uq_workers_phone_hash")),
        sa.UniqueConstraint("telegram_chat_hash", name=op.f("uq_workers_telegram_chat_hash")),
    )
    with op.batch_alter_table("workers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_workers_team_id"), ["team_id"], unique=False)

    op.create_table(
        "absences",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("cover_worker_id", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("created_by_worker_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("handover_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "cover_worker_id IS NULL OR cover_worker_id <> worker_id", name=op.f("ck_absences_not_self_cover")
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_absences_period")),
        sa.ForeignKeyConstraint(
            ["cover_worker_id"],
            ["workers.id"],
            name=op.f("fk_absences_cover_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_worker_id"],
            ["workers.id"],
            name=op.f("fk_absences_created_by_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_absences_worker_id_workers"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_absences")),
    )
    with op.batch_alter_table("absences", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_absences_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_kind", sa.String(length=24), nullable=False),
        sa.Column("actor_worker_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("subject_type", sa.String(length=32), nullable=True),
        sa.Column("subject_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "actor_kind IN ('cli', 'worker', 'system')", name=op.f("ck_audit_log_actor_kind_valid")
        ),
        sa.ForeignKeyConstraint(
            ["actor_worker_id"],
            ["workers.id"],
            name=op.f("fk_audit_log_actor_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_at"), ["at"], unique=False)

    op.create_table(
        "citizens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.String(length=40), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("invite_code_hash", sa.String(length=64), nullable=True),
        sa.Column("invite_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("wants_reminders", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_contact_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "(status = 'closed') = (closed_at IS NOT NULL)", name=op.f("ck_citizens_closed_at_iff_closed")
        ),
        sa.CheckConstraint(
            "status IN ('new', 'invited', 'active', 'paused', 'closed')",
            name=op.f("ck_citizens_status_valid"),
        ),
        sa.CheckConstraint(
            "(invite_code_hash IS NULL) OR (invite_expires_at IS NOT NULL)",
            name=op.f("ck_citizens_code_expires"),
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_citizens_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_citizens_worker_id_workers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizens")),
        sa.UniqueConstraint("invite_code_hash", name=op.f("uq_citizens_invite_code_hash")),
        sa.UniqueConstraint("team_id", "alias", name="uq_citizens_team_alias"),
    )
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_citizens_team_id"), ["team_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_citizens_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "channel_identities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("address_hash", sa.String(length=64), nullable=False),
        sa.Column("address_enc", sa.Text(), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("stopped", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "channel IN ('telegram', 'sms')", name=op.f("ck_channel_identities_channel_valid")
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
            name=op.f("fk_channel_identities_citizen_id_citizens"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_identities")),
        sa.UniqueConstraint("channel", "address_hash", name="uq_channel_identities_address"),
    )
    with op.batch_alter_table("channel_identities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_channel_identities_citizen_id"), ["citizen_id"], unique=False)

    op.create_table(
        "checkin_agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=False),
        sa.Column("cadence", sa.String(length=120), nullable=False),
        sa.Column("contact_form", sa.String(length=24), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("remind_citizen", sa.Boolean(), nullable=False),
        sa.Column("next_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "contact_form IN ('home_visit', 'public_space', 'activity_centre', 'accompaniment', 'phone', 'sms')",
            name=op.f("ck_checkin_agreements_contact_form_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('active', 'paused', 'ended')", name=op.f("ck_checkin_agreements_status_valid")
        ),
        sa.ForeignKeyConstraint(
            ["citizen_id"],
            ["citizens.id"],
            name=op.f("fk_checkin_agreements_citizen_id_citizens"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_checkin_agreements_worker_id_workers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_agreements")),
    )
    with op.batch_alter_table("checkin_agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_agreements_citizen_id"), ["citizen_id"], unique=False)
        batch_op.create_index("ix_checkin_agreements_due", ["status", "next_due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkin_agreements_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("citizen_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("direction", sa.String(length=24), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("body_enc", sa.Text(), nullable=True),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("delivery_status", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("channel IN ('telegram', 'sms')", name=op.f("ck_messages_channel_valid")),
        sa.CheckConstraint(
            "delivery_status IN ('received', 'queued', 'sent', 'delivered', 'failed', 'undelivered')",
            name=op.f("ck_messages_delivery_status_valid"),
        ),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_messages_direction_valid")),
        sa.ForeignKeyConstraint(
            ["citizen_id"], ["citizens.id"], name=op.f("fk_messages_citizen_id_citizens"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["workers.id"], name=op.f("fk_messages_worker_id_workers"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
        sa.UniqueConstraint("channel", "external_id", name="uq_messages_external_id"),
    )
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_messages_citizen_id"), ["citizen_id"], unique=False)
        batch_op.create_index("ix_messages_created_at", ["created_at"], unique=False)

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("recorded_by_worker_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "outcome IN ('pending', 'done', 'not_reached', 'moved', 'missed')",
            name=op.f("ck_checkins_outcome_valid"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["checkin_agreements.id"],
            name=op.f("fk_checkins_agreement_id_checkin_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_worker_id"],
            ["workers.id"],
            name=op.f("fk_checkins_recorded_by_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("agreement_id", "due_at", name="uq_checkins_occurrence"),
    )
    op.create_table(
        "concern_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Integer(), nullable=True),
        sa.Column("reporter_category", sa.String(length=24), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("reporter_identity_id", sa.Integer(), nullable=True),
        sa.Column("concern_enc", sa.Text(), nullable=True),
        sa.Column("subject_enc", sa.Text(), nullable=True),
        sa.Column("subject_age", sa.Integer(), nullable=True),
        sa.Column("urgency", sa.String(length=24), nullable=False),
        sa.Column("receipt_code_hash", sa.String(length=64), nullable=True),
        sa.Column("receipt_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answer_enc", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("taken_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "reporter_category IN ('neighbour', 'caretaker', 'shopkeeper', 'home_helper', 'relative', 'housing_association', 'professional', 'citizen_self', 'other')",
            name=op.f("ck_concern_reports_reporter_category_valid"),
        ),
        sa.CheckConstraint(
            "status IN ('new', 'taken', 'answered', 'closed')", name=op.f("ck_concern_reports_status_valid")
        ),
        sa.CheckConstraint(
            "urgency IN ('today', 'this_week', 'not_urgent')", name=op.f("ck_concern_reports_urgency_valid")
        ),
        sa.CheckConstraint(
            "NOT anonymous OR reporter_identity_id IS NULL",
            name=op.f("ck_concern_reports_anonymous_has_no_reporter"),
        ),
        sa.CheckConstraint(
            "subject_age IS NULL OR (subject_age >= 0 AND subject_age < 130)",
            name=op.f("ck_concern_reports_age_range"),
        ),
        sa.ForeignKeyConstraint(
            ["reporter_identity_id"],
            ["channel_identities.id"],
            name=op.f("fk_concern_reports_reporter_identity_id_channel_identities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_concern_reports_team_id_teams"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_concern_reports_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern_reports")),
        sa.UniqueConstraint("receipt_code_hash", name=op.f("uq_concern_reports_receipt_code_hash")),
    )
    with op.batch_alter_table("concern_reports", schema=None) as batch_op:
        batch_op.create_index("ix_concern_reports_status_deadline", ["status", "deadline_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_reports_team_id"), ["team_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_reports_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=120), nullable=False),
        sa.Column("channel", sa.String(length=24), nullable=False),
        sa.Column("recipient_hash", sa.String(length=64), nullable=False),
        sa.Column("recipient_enc", sa.Text(), nullable=False),
        sa.Column("body_enc", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("options", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("external_id", sa.String(length=64), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("channel IN ('telegram', 'sms')", name=op.f("ck_outbox_channel_valid")),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed', 'cancelled')", name=op.f("ck_outbox_status_valid")
        ),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_outbox_attempts_non_negative")),
        sa.ForeignKeyConstraint(
            ["message_id"], ["messages.id"], name=op.f("fk_outbox_message_id_messages"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_idempotency_key")),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_due", ["status", "next_attempt_at"], unique=False)
        batch_op.create_index("ix_outbox_recipient", ["recipient_hash", "id"], unique=False)
        batch_op.create_index("ix_outbox_external_id", ["channel", "external_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_recipient")
        batch_op.drop_index("ix_outbox_external_id")
        batch_op.drop_index("ix_outbox_due")

    op.drop_table("outbox")
    with op.batch_alter_table("concern_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_reports_worker_id"))
        batch_op.drop_index(batch_op.f("ix_concern_reports_team_id"))
        batch_op.drop_index("ix_concern_reports_status_deadline")

    op.drop_table("concern_reports")
    op.drop_table("checkins")
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_index("ix_messages_created_at")
        batch_op.drop_index(batch_op.f("ix_messages_citizen_id"))

    op.drop_table("messages")
    with op.batch_alter_table("checkin_agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_agreements_worker_id"))
        batch_op.drop_index("ix_checkin_agreements_due")
        batch_op.drop_index(batch_op.f("ix_checkin_agreements_citizen_id"))

    op.drop_table("checkin_agreements")
    with op.batch_alter_table("channel_identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_channel_identities_citizen_id"))

    op.drop_table("channel_identities")
    with op.batch_alter_table("citizens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citizens_worker_id"))
        batch_op.drop_index(batch_op.f("ix_citizens_team_id"))

    op.drop_table("citizens")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_at"))

    op.drop_table("audit_log")
    with op.batch_alter_table("absences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_absences_worker_id"))

    op.drop_table("absences")
    with op.batch_alter_table("workers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_workers_team_id"))

    op.drop_table("workers")
    op.drop_table("teams")
    op.drop_table("processed_inbound")
    op.drop_table("conversation_states")
