"""The gettext catalogues themselves: both languages complete and alike, the compiled .mo files
the same as their .po, the .pot templates in step, no fuzzy or empty entry."""
from __future__ import annotations

import io

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po
from catalogue_scan import DOMAINS, LOCALE, LOCALES, catalog, placeholders, po_path, texts

import resources
from reports.labels import Labels
from retrofit import i18n

#: Messages whose languages take different values, each passed by every caller.
DIFFERENT_PLACEHOLDERS = {
    # Chinese counts in 10,000 RMB (万元), English in million RMB (retrofit/works.py).
    ("retrofit", "plan_committed_over_budget"): ({"year", "spent_wan", "budget_wan"}, {"year", "spent_m", "budget_m"}),
    # The letter's date: 2025 年 3 月 1 日 with numbers, 1 March 2025 with the month's name.
    ("reports", "sum_date"): ({"y", "m", "d"}, {"d", "month", "y"}),
}
PAIRS = [(domain, locale) for domain in DOMAINS for locale in LOCALES]


@pytest.mark.parametrize("domain", DOMAINS)
def test_both_languages_and_the_template_have_the_same_msgids(domain):
    zh, en = texts(domain, "zh_CN"), texts(domain, "en")
    assert len(zh) > 200
    assert zh.keys() == en.keys()
    assert [m.id for m in catalog(domain, None) if m.id] == list(zh) == list(en)   # one order


@pytest.mark.parametrize("domain", DOMAINS)
def test_both_languages_have_the_same_placeholders(domain):
    zh, en = texts(domain, "zh_CN"), texts(domain, "en")
    differ = {code: (placeholders(zh[code]), placeholders(en[code])) for code in zh
              if placeholders(zh[code]) != placeholders(en[code])}
    expected = {code: fields for (d, code), fields in DIFFERENT_PLACEHOLDERS.items() if d == domain}
    assert differ == expected


@pytest.mark.parametrize(("domain", "locale"), PAIRS)
def test_po_files_have_no_fuzzy_empty_or_obsolete_entry(domain, locale):
    cat = catalog(domain, locale)
    assert not cat.fuzzy and not cat.obsolete
    assert cat.locale_identifier == locale and cat.domain == domain
    assert cat.charset == "utf-8"
    for m in cat:
        if m.id:
            assert not m.fuzzy and m.string.strip(), m.id
            assert isinstance(m.id, str) and m.id.isidentifier() and m.id == m.id.lower(), m.id


@pytest.mark.parametrize("domain", DOMAINS)
def test_the_template_has_no_texts_and_the_same_comments(domain):
    template = catalog(domain, None)
    assert not template.fuzzy and not template.obsolete
    assert all(not m.string for m in template if m.id)
    for locale in LOCALES:
        comments = {m.id: m.auto_comments for m in catalog(domain, locale) if m.id}
        assert comments == {m.id: m.auto_comments for m in template if m.id}


@pytest.mark.parametrize(("domain", "locale"), PAIRS)
def test_each_committed_mo_is_its_po_compiled(domain, locale):
    buffer = io.BytesIO()
    with open(po_path(domain, locale), "rb") as f:
        write_mo(buffer, read_po(f, locale=locale, domain=domain))
    buffer.seek(0)
    compiled = {m.id: m.string for m in read_mo(buffer) if m.id}
    with open(po_path(domain, locale).with_suffix(".mo"), "rb") as f:
        committed = {m.id: m.string for m in read_mo(f) if m.id}
    assert committed == compiled == texts(domain, locale), "run: pybabel compile -d resources/locale -D " + domain


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_runtime_reads_every_text_of_the_catalogues(lang):
    locale = resources.LOCALES[lang]
    core, report = texts("retrofit", locale), texts("reports", locale)
    assert {code: i18n.template(code, lang) for code in core} == core
    labels = Labels.for_language(lang)
    assert {key: labels[key] for key in report} == report


def test_only_the_catalogues_and_templates_are_under_locale():
    files = sorted(str(p.relative_to(LOCALE)) for p in LOCALE.rglob("*") if p.is_file())
    assert files == sorted([f"{d}.pot" for d in DOMAINS]
                           + [f"{loc}/LC_MESSAGES/{d}.{ext}" for d in DOMAINS for loc in LOCALES for ext in ("po", "mo")])
