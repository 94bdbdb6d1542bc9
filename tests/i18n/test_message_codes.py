"""Every message code and report key the code base uses has a text in both languages, every text
is used, and a message never depends on which modules happen to be imported."""
from __future__ import annotations

import subprocess
import sys

import pytest
from catalogue_scan import (
    LOCALES,
    ROOT,
    SOURCES,
    core_codes,
    literals,
    prefixes,
    report_keys,
    texts,
)

#: Core msgids that no literal of the code names in full, each with where it is built.
DYNAMIC_CORE = {
    # retrofit/verification/result.py: the findings about a verified building, f"notice_{code}".
    "notice_no_baseline", "notice_no_prediction", "notice_over_performing", "notice_under_performing",
    "notice_seasons_left_out",
    # retrofit/io/assemble.py writes BadValue('io_header_value') into the row parser it generates.
    "io_header_value",
}
#: Report keys built from a prefix and a value of the data (a mode, a source, a status ...):
#: prefix → where.
DYNAMIC_REPORTS = {
    "base_": "the construction table's columns, reports/plan.py",
    "charge_": "the bill's charges by key, reports/plan_bill.py",
    "line_": "the bill's lines that are not catalogue measures, reports/plan_bill.py",
    "mode_": "Labels.name('mode', ...) and f'mode_short_{mode}'",
    "plain_": "the letter's plain names of measures and modes, reports/summary.py",
    "prog_item_": "the programme's shortfall items, f'{key}_name' and f'{key}_unit', reports/programme.py",
    "prog_kind_": "why an estate is left out, reports/programme_sections.py",
    "prog_left_out_": "the counts of estates left out, reports/programme_sections.py",
    "source_": "Labels.name('source', ...): the funding sources",
    "status_": "a plan's status in the page header, reports/base.py",
    "structure_": "Labels.name('structure', ...)",
    "sum_comfort_": "the letter's comfort by mode, reports/summary_sections.py",
    "sum_intro_": "the letter's opening by mode, reports/summary.py",
    "sum_life_": "the letter's works by mode, reports/summary_sections.py",
    "sum_when_": "the letter's dates by mode, reports/summary_sections.py",
    "unit_": "the bill's units, reports/plan_bill.py",
    "ver_flag_": "a building's performance, reports/verification.py",
    "ver_status_": "a building's verification status, reports/verification.py",
    "why_": "the letter's reasons by mode, reports/summary_sections.py",
    "zone_": "Labels.name('zone', ...): the climate zone",
}


def test_the_scan_finds_codes_of_every_kind_of_use():
    found = core_codes()
    for code in ("value_required",                 # ValidationError("value_required", ...)
                 "io_required",                    # CellError(file, row, column, value, "io_required")
                 "io_unsupported",                 # fail(path, "io_unsupported", ...), a helper
                 "value_wrong_type", "kind_whole_number",   # _bad("value_wrong_type", ..., kind="whole number")
                 "plan_locked",                    # class PlanLockedError: code = "plan_locked"
                 "paste_refused",                  # the desktop app: Refused("paste_refused", ...)
                 "notice_rebuild_share_exceeded",  # Notice("rebuild_share_exceeded", ...)
                 "notice_area_mismatch",           # calc.engine._notices
                 "calc_reason_out_of_range",       # calc.errors.REASONS
                 "cli_verify_status_no_after", "objective_co2",
                 "cancelled"):                     # i18n.message("cancelled")
        assert code in found, code
    assert "en" not in found and "zh" not in found          # error.message("en") is not a code
    keys = report_keys()
    for key in ("plan_title", "page_of", "sum_storeys_1", "sum_storeys_n"):   # lb["..."], lb["a" if c else "b"]
        assert key in keys, key


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_code_the_code_uses_has_a_text(locale):
    catalogue = texts("retrofit", locale)
    missing = {code: where for code, where in core_codes().items() if code not in catalogue}
    assert not missing, f"add these msgids to resources/locale/*/LC_MESSAGES/retrofit.po: {missing}"


@pytest.mark.parametrize("locale", LOCALES)
def test_every_report_key_the_reports_use_has_a_text(locale):
    catalogue = texts("reports", locale)
    missing = {key: where for key, where in report_keys().items() if key not in catalogue}
    assert not missing, f"add these msgids to resources/locale/*/LC_MESSAGES/reports.po: {missing}"


def test_every_core_text_is_used():
    used = core_codes().keys() | literals(*SOURCES["retrofit"]) | DYNAMIC_CORE
    unused = sorted(set(texts("retrofit", "en")) - used)
    assert not unused, f"no code names these msgids (delete them, or list them in DYNAMIC_CORE): {unused}"
    assert DYNAMIC_CORE <= texts("retrofit", "en").keys()


def test_every_report_text_is_used():
    used = literals(*SOURCES["reports"])
    unused = sorted(key for key in texts("reports", "en")
                    if key not in used and not key.startswith(tuple(DYNAMIC_REPORTS)))
    assert not unused, f"no code names these keys (delete them, or add a prefix to DYNAMIC_REPORTS): {unused}"


def test_every_dynamic_report_prefix_is_built_by_the_reports():
    """A prefix of DYNAMIC_REPORTS stays only while the reports build keys with it."""
    lits = literals(*SOURCES["reports"])
    built = prefixes(*SOURCES["reports"]) | {f"{lit}_" for lit in lits}    # f"mode_{m}", labels.name("mode", m)
    keys = texts("reports", "en")
    for prefix in DYNAMIC_REPORTS:
        assert prefix in built or any(lit.startswith(prefix) for lit in lits), prefix   # or "prog_item_tce"
        assert any(key.startswith(prefix) for key in keys), prefix


def _fresh(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True, env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})


def test_a_message_needs_no_module_but_the_error_itself():
    out = _fresh("from retrofit.domain.errors import ValidationError as V\n"
                 "import sys\n"
                 "print(V('value_required', field='floor_area_m2').message('en'))\n"
                 "print(V('value_required', field='floor_area_m2').message('zh'))\n"
                 "print(V('value_wrong_type', field='storeys', value='x', kind='whole number').message('zh'))\n"
                 "print(sorted(m for m in sys.modules if m.startswith(('retrofit.', 'reports', 'ui'))))")
    lines = out.stdout.splitlines()
    assert lines[:3] == ["Field 'Floor area' is required", "字段“建筑面积”不能为空",
                         "字段“层数”的值“x”类型不对（应为整数）"]
    assert "retrofit.io.messages" not in lines[3] and "retrofit.storage" not in lines[3]   # nothing else loaded
    assert out.stderr == ""


def test_report_words_need_no_other_module():
    out = _fresh("from reports.labels import Labels\n"
                 "print(Labels.for_language('en')['plan_title']); print(Labels.for_language('zh')['plan_title'])")
    assert out.stdout.splitlines() == ["Energy retrofit plan",
                                       "既有居住建筑节能改造实施方案"]


def test_an_unknown_code_is_logged_and_shown_as_itself():
    out = _fresh("from retrofit import i18n\n"
                 "print(i18n.message('no_such_code', 'en')); print(i18n.message('no_such_code', 'zh', n=1))\n"
                 "print(i18n.has_message('no_such_code'), i18n.has_message('value_required'), i18n.has_message(''))")
    assert out.stdout.splitlines() == ["no_such_code", "no_such_code {'n': 1}", "False True False"]
    assert "no text for message code 'no_such_code' (en)" in out.stderr
    assert "no text for message code 'no_such_code' (zh)" in out.stderr
