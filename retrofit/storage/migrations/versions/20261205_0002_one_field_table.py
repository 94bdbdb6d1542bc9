"""The one table of fields: the works of a building (status, dates, actual cost, contractor),
the indoor temperature before and the metered heat use; ranges made the same everywhere;
shipped packages stored by their key.

Values outside a range that became narrower are cleared and written to the audit log (old →
none, source "upgrade"), so the new CHECK constraints hold and nothing is lost without a trace.
Packages written as 常规, 深度, 基础 ... become usual, advanced, basic.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05 09:00:00
"""
from __future__ import annotations

import datetime as dt
import getpass

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

#: Ranges made narrower (one table of fields): column → the CHECK expression now in force.
NARROWED = {
    'storey_height_m': 'storey_height_m IS NULL OR (storey_height_m >= 2 AND storey_height_m <= 6)',
    'length_m': 'length_m IS NULL OR (length_m >= 1 AND length_m <= 500)',
    'width_m': 'width_m IS NULL OR (width_m >= 1 AND width_m <= 100)',
    'wall_u': 'wall_u IS NULL OR (wall_u >= 0.05 AND wall_u <= 5)',
    'window_u': 'window_u IS NULL OR (window_u >= 0.5 AND window_u <= 7)',
    'roof_u': 'roof_u IS NULL OR (roof_u >= 0.05 AND roof_u <= 5)',
    'floor_u': 'floor_u IS NULL OR (floor_u >= 0.05 AND floor_u <= 5)',
    'air_change_h': 'air_change_h IS NULL OR (air_change_h >= 0.1 AND air_change_h <= 3)',
    'measured_kgce_m2': 'measured_kgce_m2 IS NULL OR (measured_kgce_m2 > 0 AND measured_kgce_m2 <= 200)',
    'remaining_life_years': 'remaining_life_years IS NULL OR (remaining_life_years >= 0 AND remaining_life_years <= 100)',
    'planned_year': 'planned_year IS NULL OR (planned_year >= 2000 AND planned_year <= 2100)',
    'wall_u_after': 'wall_u_after IS NULL OR (wall_u_after >= 0.05 AND wall_u_after <= 5)',
    'window_u_after': 'window_u_after IS NULL OR (window_u_after >= 0.5 AND window_u_after <= 7)',
    'roof_u_after': 'roof_u_after IS NULL OR (roof_u_after >= 0.05 AND roof_u_after <= 5)',
    'floor_u_after': 'floor_u_after IS NULL OR (floor_u_after >= 0.05 AND floor_u_after <= 5)',
    'air_change_after_h': 'air_change_after_h IS NULL OR (air_change_after_h >= 0.1 AND air_change_after_h <= 3)',
}
#: The new columns' CHECK expressions.
NEW_CHECKS = {
    'indoor_temp_before_c': 'indoor_temp_before_c IS NULL OR (indoor_temp_before_c >= 8 AND indoor_temp_before_c <= 26)',
    'measured_gj_m2': 'measured_gj_m2 IS NULL OR (measured_gj_m2 > 0 AND measured_gj_m2 <= 5)',
    'status': "status IS NULL OR (status IN ('planned', 'design', 'construction', 'completed'))",
    'works_start': "works_start IS NULL OR (works_start >= '1990-01-01' AND works_start <= '2100-12-31')",
    'works_completed': "works_completed IS NULL OR (works_completed >= '1990-01-01' AND works_completed <= '2100-12-31')",
    'actual_cost_rmb': 'actual_cost_rmb IS NULL OR (actual_cost_rmb >= 0 AND actual_cost_rmb <= 10000000000)',
}
#: Chinese names of the shipped packages → their keys.
PACKAGE_KEYS = {
    '基础': 'basic',
    '基础方案': 'basic',
    '基础包': 'basic',
    '基本': 'basic',
    '基本方案': 'basic',
    '常规': 'usual',
    '常规方案': 'usual',
    '常规包': 'usual',
    '标准': 'usual',
    '标准方案': 'usual',
    '深度': 'advanced',
    '深度方案': 'advanced',
    '深度包': 'advanced',
    '深度改造': 'advanced',
    '高标准': 'advanced',
}
#: The CHECK expressions of revision 0001 for the narrowed columns (for the downgrade).
OLD_CHECKS = {
    'storey_height_m': 'storey_height_m IS NULL OR (storey_height_m > 0 AND storey_height_m <= 10)',
    'length_m': 'length_m IS NULL OR (length_m > 0 AND length_m <= 2000)',
    'width_m': 'width_m IS NULL OR (width_m > 0 AND width_m <= 500)',
    'wall_u': 'wall_u IS NULL OR (wall_u > 0 AND wall_u <= 10)',
    'window_u': 'window_u IS NULL OR (window_u > 0 AND window_u <= 10)',
    'roof_u': 'roof_u IS NULL OR (roof_u > 0 AND roof_u <= 10)',
    'floor_u': 'floor_u IS NULL OR (floor_u > 0 AND floor_u <= 10)',
    'air_change_h': 'air_change_h IS NULL OR (air_change_h > 0 AND air_change_h <= 10)',
    'measured_kgce_m2': 'measured_kgce_m2 IS NULL OR (measured_kgce_m2 > 0 AND measured_kgce_m2 <= 500)',
    'remaining_life_years': 'remaining_life_years IS NULL OR (remaining_life_years >= 0 AND remaining_life_years <= 300)',
    'planned_year': 'planned_year IS NULL OR (planned_year >= 1990 AND planned_year <= 2100)',
    'wall_u_after': 'wall_u_after IS NULL OR (wall_u_after > 0 AND wall_u_after <= 10)',
    'window_u_after': 'window_u_after IS NULL OR (window_u_after > 0 AND window_u_after <= 10)',
    'roof_u_after': 'roof_u_after IS NULL OR (roof_u_after > 0 AND roof_u_after <= 10)',
    'floor_u_after': 'floor_u_after IS NULL OR (floor_u_after > 0 AND floor_u_after <= 10)',
    'air_change_after_h': 'air_change_after_h IS NULL OR (air_change_after_h > 0 AND air_change_after_h <= 10)',
}
OLD_SOURCES = "source IN ('import', 'edit', 'calculation', 'demo', 'settings', 'plan')"
NEW_SOURCES = "source IN ('import', 'edit', 'calculation', 'demo', 'settings', 'plan', 'upgrade')"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no login name in some containers)
        return "unknown"


def _clear_out_of_range(connection: sa.Connection) -> None:
    """Clear every value outside its new range, one audit entry per building."""
    cleared: dict[int, dict[str, list]] = {}
    for column, check in NARROWED.items():
        rows = connection.execute(sa.text(f"SELECT id, {column} FROM building WHERE NOT ({check})")).all()
        for bid, value in rows:
            cleared.setdefault(bid, {})[column] = [value, None]
        if rows:
            connection.execute(sa.text(f"UPDATE building SET {column} = NULL WHERE NOT ({check})"))
    if not cleared:
        return
    labels: dict[int, str] = dict(connection.execute(sa.text(
        "SELECT building.id, estate.name || ' ' || building.name FROM building "
        "JOIN estate ON estate.id = building.estate_id")).all())
    now, user = dt.datetime.now(dt.UTC), _user()
    audit = sa.table("audit_log", sa.column("at", sa.DateTime(timezone=True)), sa.column("user_name"),
                     sa.column("source"), sa.column("entity"), sa.column("entity_id"), sa.column("label"),
                     sa.column("changes", sa.JSON()))
    connection.execute(audit.insert(), [
        {"at": now, "user_name": user, "source": "upgrade", "entity": "building", "entity_id": bid,
         "label": str(labels.get(bid, bid))[:400], "changes": changes} for bid, changes in cleared.items()])


def _canonical_packages(connection: sa.Connection) -> None:
    for name, key in PACKAGE_KEYS.items():
        connection.execute(sa.text("UPDATE building SET package = :key WHERE TRIM(package) = :name"),
                           {"key": key, "name": name})
    for key in ("basic", "usual", "advanced"):
        connection.execute(sa.text("UPDATE building SET package = :key WHERE LOWER(TRIM(package)) = :key "
                                   "AND package <> :key"), {"key": key})


def upgrade() -> None:
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_log_source_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_audit_log_source_known'), NEW_SOURCES)
    connection = op.get_bind()
    _clear_out_of_range(connection)
    _canonical_packages(connection)
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.add_column(sa.Column('indoor_temp_before_c', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('measured_gj_m2', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('works_start', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('works_completed', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('actual_cost_rmb', sa.Numeric(precision=14, scale=2, asdecimal=False),
                                      nullable=True))
        batch_op.add_column(sa.Column('contractor', sa.String(length=200), nullable=True))
        for column, check in NARROWED.items():
            batch_op.drop_constraint(op.f(f'ck_building_{column}_range'), type_='check')
            batch_op.create_check_constraint(op.f(f'ck_building_{column}_range'), check)
        for column, check in NEW_CHECKS.items():
            batch_op.create_check_constraint(op.f(f'ck_building_{column}_range'), check)


def downgrade() -> None:
    with op.batch_alter_table('building', schema=None) as batch_op:
        for column in NEW_CHECKS:
            batch_op.drop_constraint(op.f(f'ck_building_{column}_range'), type_='check')
        for column in NARROWED:
            batch_op.drop_constraint(op.f(f'ck_building_{column}_range'), type_='check')
            batch_op.create_check_constraint(op.f(f'ck_building_{column}_range'), OLD_CHECKS[column])
        for column in ('contractor', 'actual_cost_rmb', 'works_completed', 'works_start', 'status',
                       'measured_gj_m2', 'indoor_temp_before_c'):
            batch_op.drop_column(column)
    op.execute("DELETE FROM audit_log WHERE source = 'upgrade'")
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_audit_log_source_known'), type_='check')
        batch_op.create_check_constraint(op.f('ck_audit_log_source_known'), OLD_SOURCES)
