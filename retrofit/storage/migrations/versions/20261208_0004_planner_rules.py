"""The planner's rules in the records: a building's rebuild rule (required 必须拆改建, excluded
不拆改建, or none: the remaining-life rule applies) and an estate's must-do flag (必须改造).

Both columns are new and empty; nothing else changes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

REBUILD_RULE_CHECK = "rebuild_rule IS NULL OR (rebuild_rule IN ('required', 'excluded'))"


def upgrade() -> None:
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rebuild_rule', sa.String(length=20), nullable=True))
        batch_op.create_check_constraint(op.f('ck_building_rebuild_rule_range'), REBUILD_RULE_CHECK)
    with op.batch_alter_table('estate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('must_do', sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('estate', schema=None) as batch_op:
        batch_op.drop_column('must_do')
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_building_rebuild_rule_range'), type_='check')
        batch_op.drop_column('rebuild_rule')
