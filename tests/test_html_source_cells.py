"""A list exported from an online 廉政风险防控 system whose rich-text fields came out as the
editor's raw HTML source: the cell holds ``<div><font …>…</font></div>``, ``<ol><li>…</li></ol>``,
``&ldquo;…&rdquo;``, ``&#8220;``, ``<br>`` instead of the text they show. Such a cell IS markup
(it starts with an editor's tag, or holds two or more tags or character entities) and is read
as the text it renders — tags out, ``<br>``/``</p>``/``</li>`` as line breaks, entities decoded —
with one info CELLS_HTML_SOURCE a sheet naming the first such cell and how many.

Not batch 896's 建筑业管理站 台账 (``<p style=…><span style=…>`` in 风险点描述 and 防控措施): here a
县医疗保障局's list with ``<div>``/``<font>`` and an ordered list of measures, the same re-saved as
.ods by a 县水利局 with ``<strong>`` and numeric entities, and a 乡镇 财政所's list whose points
hold entities only (no tag). Text that merely uses the characters — ``<<招标投标法>>``, ``收费<100元``,
``水&电``, ``3<5``, ``a<b>c``, one ``&amp;`` — is read as written, with no issue.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "科室", "岗位", "姓名", "风险点描述", "风险等级", "防控措施"]


def _collect(tmp_path: Path, rows: list[list], ext: str = "xlsx"):
    inbox = tmp_path / "inbox"
    if ext == "ods":
        inbox.mkdir(parents=True)
        write_ods(inbox / "表.ods", {"台账": rows})
    else:
        write_workbook(inbox / "表.xlsx", {"台账": rows}, {"台账": ["A1:G1"]})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _read(got) -> list[tuple[str, str, str, str, str, str]]:
    r = got.risks
    cols = ("department", "title", "person", "risk_point", "risk_level", "measures")
    return list(zip(*(r[c] for c in cols), strict=True))


def _issues(got, code: str) -> list[tuple[str, str]]:
    i = got.issues
    i = i[i["code"] == code]
    return list(zip(i["cell"], i["value"], strict=True))


def test_div_and_font_source_with_a_list_of_measures(tmp_path):
    rows = [
        ["某县医疗保障局廉政风险点台账"],
        ["导出时间:2026-03-02 10:15", "", "", "", "导出人:admin"],
        HEAD,
        ["1", "基金监管股", "股长", "龚澍明",
         '<div style="line-height:1.5;"><font face="宋体">定点医药机构检查中&ldquo;手下留情&rdquo;</font></div>',
         "高", "<ol><li>检查对象随机抽取；</li><li>检查结果集体研究。</li></ol>"],
        ["2", "待遇保障股", "科员", "龚岚汐",
         "<div>异地就医备案审核&nbsp;把关不严</div>", "中",
         "<div>备案材料<strong>双人</strong>复核<br>每月抽查</div>"],
        ["3", "待遇保障股", "科员", "龚岚汐", "慢特病认定资料审核不严", "低", "专家集体评审"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert _read(got) == [
        ("基金监管股", "股长", "龚澍明", "定点医药机构检查中“手下留情”", "Ⅰ级",
         "检查对象随机抽取；\n检查结果集体研究。"),
        ("待遇保障股", "科员", "龚岚汐", "异地就医备案审核 把关不严", "Ⅱ级", "备案材料双人复核\n每月抽查"),
        ("待遇保障股", "科员", "龚岚汐", "慢特病认定资料审核不严", "Ⅲ级", "专家集体评审"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_HTML_SOURCE") == [("E4", "4")]


def test_resaved_ods_with_strong_and_numeric_entities(tmp_path):
    rows = [
        ["某县水利局岗位廉政风险排查台账"],
        HEAD,
        ["1", "局领导", "副局长", "覃砚舟",
         "<strong>水利工程招标</strong>中&#8220;量身定制&#8221;资格条件", "较高",
         "<p>招标文件合法性审查；</p><p>评标全程录像。</p>"],
        ["2", "水政监察大队", "队员", "覃沅汀",
         "<span>河道采砂执法&mdash;&mdash;以罚代管</span>", "一般", "执法记录仪全程记录"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "ods")
    assert _read(got) == [
        ("局领导", "副局长", "覃砚舟", "水利工程招标中“量身定制”资格条件", "Ⅱ级",
         "招标文件合法性审查；\n评标全程录像。"),
        ("水政监察大队", "队员", "覃沅汀", "河道采砂执法——以罚代管", "Ⅲ级", "执法记录仪全程记录"),
    ]  # fmt: skip
    assert _issues(got, "CELLS_HTML_SOURCE") == [("E3", "3")]


def test_entities_only_without_a_tag(tmp_path):
    rows = [
        ["某镇财政所廉政风险防控清单"],
        HEAD,
        ["1", "财政所", "所长", "阙知远", "惠农补贴资金发放&ldquo;优亲厚友&rdquo;", "一级", "补贴名单张榜公示"],
        ["2", "财政所", "会计", "阙若晴", "报账时&lsquo;先支后审&rsquo;&hellip;", "二级", "凭审批单报账"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [r[3] for r in _read(got)] == ["惠农补贴资金发放“优亲厚友”", "报账时‘先支后审’…"]
    assert _issues(got, "CELLS_HTML_SOURCE") == [("E3", "2")]


def test_text_that_mentions_angle_brackets_and_ampersands_stays(tmp_path):
    rows = [
        ["某县医疗保障局廉政风险点台账"],
        HEAD,
        ["1", "基金监管股", "股长", "龚澍明", "执行<<招标投标法>>不到位，评审专家抽取不规范", "高", "严格按《招标投标法》执行"],
        ["2", "办公室", "科员", "龚岚汐", "收费<100元的零星采购不走程序", "中", "水&电费用按月公示"],
        ["3", "办公室", "科员", "龚岚汐", "报销限额a<b>c口径不一，3<5项随意合并", "低", "R&amp;D经费单列"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [(r[3], r[5]) for r in _read(got)] == [
        ("执行<<招标投标法>>不到位，评审专家抽取不规范", "严格按《招标投标法》执行"),
        ("收费<100元的零星采购不走程序", "水&电费用按月公示"),
        ("报销限额a<b>c口径不一，3<5项随意合并", "R&amp;D经费单列"),
    ]
    assert not _issues(got, "CELLS_HTML_SOURCE")


def test_near_misses_are_not_markup():
    # (imported here: main, before the rule, has no such module)
    from xlproc.htmlcells import html_text, is_html

    for text in ("<<政府采购法>>", "收费<100元", "水&电", "3<5且>2", "a<b>c", "R&amp;D", "AT&T;",
                 "第一条<br>第二条", "<关系>办理", "《条例》&《办法》"):  # fmt: skip
        assert not is_html(text), text
    assert is_html("<br/>廉洁自律")
    assert is_html("<p>&nbsp;</p>")
    assert html_text("<p>按&lt;关系&gt;先后办理</p>") == "按<关系>先后办理"
    assert html_text("<p>一、</p>\n<p>  二、&nbsp;</p><!-- x -->") == "一、\n二、"


def test_the_issue_is_catalogued():
    from xlproc.issues import CATALOGUE, SHORT

    assert "CELLS_HTML_SOURCE" in CATALOGUE.keys() & SHORT.keys()
    assert "E4" in CATALOGUE["CELLS_HTML_SOURCE"][1].format(value="8", cell="E4")


def test_what_the_hundred_and_twenty_ninth_review_found_tags_named_in_quotes(tmp_path):
    """An 信息中心's point that NAMES tags in quotes ('请勿使用“<br>”“<p>”标签') held two tags and
    was read as markup: '请勿使用“\\n”“”标签'. A tag standing alone between quotes (“”, ‘’, "",
    '', 「」, 《》) is a mention, not markup; the cell is read as written, with no issue."""
    rows = [
        ["某县融媒体中心廉政风险点台账"],
        HEAD,
        ["1", "信息中心", "网管", "闻昭晗", "网站信息发布未审核，编辑时擅用“<br>”“<p>”标签改版式", "中",
         "发布前三审；禁用'<font>'与'<span>'"],
        ["2", "信息中心", "编辑", "闻屿棠", "稿件审核走过场", "低", "<p>稿件三审三校；</p><p>留痕备查。</p>"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [(r[3], r[5]) for r in _read(got)] == [
        (
            "网站信息发布未审核，编辑时擅用“<br>”“<p>”标签改版式",
            "发布前三审；禁用'<font>'与'<span>'",
        ),
        ("稿件审核走过场", "稿件三审三校；\n留痕备查。"),
    ]
    assert _issues(got, "CELLS_HTML_SOURCE") == [("G4", "1")]


def test_what_the_hundred_and_twenty_ninth_review_found_entities_only_lose_line_breaks(tmp_path):
    """A cell of entities and no tag ('1.严格执行&ldquo;三重一大&rdquo;制度⏎2.…', a system that
    escapes its text but keeps plain line breaks) is read as markup, and HTML's rule that a
    source's line break is a space ran the numbered measures into one line. A cell with no tag
    has no other way to break its lines: its own line breaks are kept; a tag's cell is as before."""
    rows = [
        ["某镇财政所廉政风险防控清单"],
        HEAD,
        ["1", "财政所", "所长", "阙知远", "惠农补贴资金发放&ldquo;优亲厚友&rdquo;", "一级",
         "1.严格执行&ldquo;三重一大&rdquo;制度；\n2.补贴名单&ldquo;张榜公示&rdquo;。"],
        ["2", "财政所", "会计", "阙若晴", "报账审核不严", "二级", "<div>凭审批单报账；\n事后抽查</div>"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [r[5] for r in _read(got)] == [
        "1.严格执行“三重一大”制度；\n2.补贴名单“张榜公示”。",
        "凭审批单报账； 事后抽查",
    ]


def test_what_the_hundred_and_twenty_ninth_review_found_one_self_closed_line_break(tmp_path):
    """The module's own example of an editor's source, '1.…；<br/>2.…', was left as written: it
    neither starts with a tag nor holds two. A self-closed '<br/>' ('<br />') is the form an
    editor writes and prose naming the tag does not: one is markup enough. (A bare '<br>' alone,
    '第一条<br>第二条', stays as written, as the rule had it; so does a quoted '“<br/>”'.)"""
    rows = [
        ["某县医疗保障局廉政风险点台账"],
        HEAD,
        ["1", "基金监管股", "股长", "龚澍明", "定点机构检查走过场", "高", "1.检查对象随机抽取；<br/>2.检查结果集体研究。"],
        ["2", "待遇保障股", "科员", "龚岚汐", "备案审核不严", "中", "材料双人复核；<br />每月抽查"],
        ["3", "待遇保障股", "科员", "龚岚汐", "系统录入不规范", "低", "录入时禁用“<br/>”换行"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [r[5] for r in _read(got)] == [
        "1.检查对象随机抽取；\n2.检查结果集体研究。",
        "材料双人复核；\n每月抽查",
        "录入时禁用“<br/>”换行",
    ]
    assert _issues(got, "CELLS_HTML_SOURCE") == [("G3", "2")]


def test_what_the_hundred_and_twenty_ninth_review_found_feedback_copy_rewritten(tmp_path):
    """A returned .ods (.xls, .csv) is copied by rebuilding it from its cells as read, so the
    feedback copy showed the staff member text they never wrote: the editor's source gone from
    the cells the CELLS_HTML_SOURCE note asks them to fix, where an .xlsx copy keeps it. The copy
    now holds every cell as written; the reading is unchanged."""
    import openpyxl

    from xlproc.feedback import write_feedback

    source = '<div style="line-height:1.5;">检查中&ldquo;手下留情&rdquo;</div>'
    rows = [
        ["某县水利局岗位廉政风险排查台账"],
        HEAD,
        ["1", "局领导", "副局长", "覃砚舟", source, "很高", "<p>招标文件审查；</p><p>评标录像。</p>"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows, "ods")
    assert _read(got)[0][3] == "检查中“手下留情”"
    out = write_feedback(got, tmp_path / "fb", jobs=1)
    assert len(out.copies) == 1, out.failed
    ws = openpyxl.load_workbook(out.copies[0])["台账"]
    assert ws["E3"].value == source
    assert ws["G3"].value == "<p>招标文件审查；</p><p>评标录像。</p>"


def test_what_the_hundred_and_twenty_ninth_review_found_a_lone_nbsp(tmp_path):
    """An empty rich-text field exports as '&nbsp;' alone: one entity, not two, so it was read
    as written — a point '&nbsp;', measures '&nbsp;', a level '&nbsp;' reported as an unknown
    level. A cell of nothing but space entities is the source of an empty field: read as blank,
    and reported as the blank cell it is (POINT_BLANK, MEASURES_BLANK, LEVEL_BLANK)."""
    rows = [
        ["某镇财政所廉政风险防控清单"],
        HEAD,
        ["1", "财政所", "所长", "阙知远", "惠农补贴资金发放优亲厚友", "一级", "&nbsp;"],
        ["2", "财政所", "会计", "阙若晴", "&nbsp;", "二级", "凭审批单报账"],
        ["3", "财政所", "会计", "阙若晴", "报账先支后审", " &nbsp; ", "凭审批单报账"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert "&nbsp;" not in {v for r in _read(got) for v in r}
    codes = set(got.issues["code"])
    assert {"POINT_BLANK", "MEASURES_BLANK", "LEVEL_BLANK"} <= codes
    assert "LEVEL_UNKNOWN" not in codes
    assert _issues(got, "CELLS_HTML_SOURCE") == [("G3", "3")]


def test_what_the_hundred_and_twenty_ninth_review_found_an_nbsp_beside_text(tmp_path):
    """An editor leaves a '&nbsp;' beside the text ('报账审核不严&nbsp;', '&nbsp;&nbsp;凭单报账' is
    two and was read): one space entity was read as written, the point carrying '&nbsp;'. Only
    an HTML source writes a space entity: a cell with one is read as the text it shows. (One
    '&amp;' alone, 'R&amp;D', stays as written, as the rule had it.)"""
    rows = [
        ["某镇财政所廉政风险防控清单"],
        HEAD,
        ["1", "财政所", "会计", "阙若晴", "报账审核不严&nbsp;", "二级", "凭审批单&#160;报账"],
        ["2", "财政所", "会计", "阙若晴", "R&amp;D经费列支不规范", "三级", "专款专用"],
    ]  # fmt: skip
    got = _collect(tmp_path, rows)
    assert [(r[3], r[5]) for r in _read(got)] == [
        ("报账审核不严", "凭审批单 报账"),
        ("R&amp;D经费列支不规范", "专款专用"),
    ]
