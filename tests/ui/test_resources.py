"""Every file the UI names in resources/ exists (fonts, icons, compiled translations)."""
import resources


def test_named_resources_exist():
    for parts in (("fonts", "wqy-zenhei-gbk.ttf"), ("icons", "retrofit.png"),
                  ("translations", "retrofit_zh_CN.qm"), ("translations", "retrofit_en.qm")):
        assert resources.path(*parts).is_file(), parts


def test_cjk_font_is_registered(qapp):
    from ui.i18n import register_cjk_font

    family = register_cjk_font(qapp)
    assert family and "WenQuanYi" in family
    assert family in qapp.font().families()
