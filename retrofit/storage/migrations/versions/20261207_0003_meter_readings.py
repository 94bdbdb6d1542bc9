"""Meter readings: one heating season of a building's meter or of an estate's (building empty),
with heat in GJ or MWh or coal in tce, and the season's heated area, heating days, mean outdoor
and indoor temperature (method §12).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 09:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

#: The CHECK expressions of the new table (as the models make them from the meter fields).
CHECKS = {
    'one_quantity': '(CASE WHEN heat_gj IS NULL THEN 0 ELSE 1 END) + (CASE WHEN heat_mwh IS NULL THEN 0 ELSE 1 END)'
                    ' + (CASE WHEN coal_tce IS NULL THEN 0 ELSE 1 END) = 1',
    'season_range': 'season >= 1980 AND season <= 2100',
    'heat_gj_range': 'heat_gj IS NULL OR (heat_gj >= 0 AND heat_gj <= 10000000)',
    'heat_mwh_range': 'heat_mwh IS NULL OR (heat_mwh >= 0 AND heat_mwh <= 3000000)',
    'coal_tce_range': 'coal_tce IS NULL OR (coal_tce >= 0 AND coal_tce <= 400000)',
    'heated_area_m2_range': 'heated_area_m2 IS NULL OR (heated_area_m2 > 0 AND heated_area_m2 <= 10000000)',
    'heating_days_range': 'heating_days IS NULL OR (heating_days >= 30 AND heating_days <= 300)',
    'mean_outdoor_temp_c_range': 'mean_outdoor_temp_c IS NULL OR (mean_outdoor_temp_c >= -40 AND '
                                 'mean_outdoor_temp_c <= 17)',
    'indoor_temp_c_range': 'indoor_temp_c IS NULL OR (indoor_temp_c >= 5 AND indoor_temp_c <= 30)',
}


def upgrade() -> None:
    op.create_table(
        'meter_reading',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('estate_id', sa.Integer(), nullable=False),
        sa.Column('building_id', sa.Integer(), nullable=True),
        sa.Column('season', sa.Integer(), nullable=False),
        sa.Column('heat_gj', sa.Float(), nullable=True),
        sa.Column('heat_mwh', sa.Float(), nullable=True),
        sa.Column('coal_tce', sa.Float(), nullable=True),
        sa.Column('heated_area_m2', sa.Float(), nullable=True),
        sa.Column('heating_days', sa.Float(), nullable=True),
        sa.Column('mean_outdoor_temp_c', sa.Float(), nullable=True),
        sa.Column('indoor_temp_c', sa.Float(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        *(sa.CheckConstraint(check, name=op.f(f'ck_meter_reading_{name}')) for name, check in CHECKS.items()),
        sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_meter_reading_building_id_building'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['estate_id'], ['estate.id'], name=op.f('fk_meter_reading_estate_id_estate'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_meter_reading')),
        sa.UniqueConstraint('building_id', 'season', name='uq_meter_reading_building_id_season'),
    )
    op.create_index(op.f('ix_meter_reading_building_id'), 'meter_reading', ['building_id'], unique=False)
    op.create_index(op.f('ix_meter_reading_estate_id'), 'meter_reading', ['estate_id'], unique=False)
    op.create_index('uq_meter_reading_estate_season', 'meter_reading', ['estate_id', 'season'], unique=True,
                    sqlite_where=sa.text('building_id IS NULL'), postgresql_where=sa.text('building_id IS NULL'))


def downgrade() -> None:
    op.drop_index('uq_meter_reading_estate_season', table_name='meter_reading')
    op.drop_index(op.f('ix_meter_reading_estate_id'), table_name='meter_reading')
    op.drop_index(op.f('ix_meter_reading_building_id'), table_name='meter_reading')
    op.drop_table('meter_reading')
