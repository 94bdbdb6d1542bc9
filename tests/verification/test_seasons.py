"""Heating seasons as registers write them (data dictionary, meter register)."""
import pytest

from retrofit.domain.meters import MeterReading, SeasonError, parse_season, season_text


@pytest.mark.parametrize("text", ["2010-2011", "2010/11", "2010—2011", "2010–2011", "2010-2011采暖季",
                                  "２０１０－２０１１", "2010年-2011年", " 2010 - 2011 ", "2010~2011", "2010～2011",
                                  "2010至2011", "2010-11", "2010/2011供暖季", "2010-2011 heating season"])
def test_season_forms(text):
    assert parse_season(text) == 2010


@pytest.mark.parametrize("text, code", [("2010", "season_format"), ("", "season_format"), (None, "season_format"),
                                        ("2010-2012", "season_not_consecutive"), ("2010/12", "season_not_consecutive"),
                                        ("1970-1971", "season_range"), ("冬季", "season_format"),
                                        ("2010-11-01", "season_format")])
def test_bad_seasons(text, code):
    with pytest.raises(SeasonError) as info:
        parse_season(text)
    assert info.value.code == code


def test_season_text_and_unit():
    assert season_text(2009) == "2009-2010"
    assert parse_season(season_text(1999)) == 1999
    assert MeterReading("a", None, 2010, heat_mwh=1.0).unit == "MWh"
    assert MeterReading("a", "1", 2010, coal_tce=1.0).unit == "tce"
    assert MeterReading("a", "1", 2010, heat_gj=1.0).unit == "GJ"
