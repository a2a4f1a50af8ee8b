"""A WeChat group relay (群接龙) pasted into a sheet, a line a cell, with no table and no heading: a
'#接龙' line, the request and a '例…' template line, then one numbered line a person with his post
and name before the colon and his points after it, parted by '；' (';', '｜'), each closing with
its bracketed level. The reader saw no heading and skipped such a file as holding no form
(FILE_NO_FORM); it now reads every numbered line's points as that holder's (info RELAY_LIST).

Not the published batch's relay (a county's 水土保持站, column A, '1. ', '（高）'): a 林业工作站 with
'1、' and '（一级）', a level left off (LEVEL_BLANK) and a '无' line; a 乡镇卫生院 pasted with the
chat's '[昵称]' prefixes, '1）' and '｜' between 'Ⅰ级' points and a line naming its 科室 too; a 自然资源所 whose lines were pasted
into column B under a request in column A; and a 供销社 relay pasted whole into one cell — written
with xlsxwriter (tests/helpers.py) and read back as ``collect_inbox`` reads a file. A numbered
list of measures in one column (no holder before the colon), a 职责分工 of numbered holder lines
with no level and an ordinary 一览表 whose points cell parts its points with '；' are read as
before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

GAP = "\u3000"


def run(tmp_path: Path, rows: list[list], sheet: str = "Sheet1"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def test_forestry_relay_numbered_with_a_comma_levels_in_grades(tmp_path):
    rows = [["#接龙"],
            ["XX县林业工作站廉政风险点自查，请大家接龙填报，级别填一级、二级、三级"],
            [f"例{GAP}岗位{GAP}姓名：风险点（级别）；风险点（级别）"],
            [f"1、站长{GAP}宓清岚：林木采伐许可初审把关不严（一级）；护林员选聘优亲厚友（二级）"],
            [f"2、副站长{GAP}巫马霁：生态公益林补偿资金核实不准（一级）；苗木采购验收走过场"],
            [f"3、护林员{GAP}郜望舒：无"],
            [f"4、出纳{GAP}阙沛然：现金收付不及时入账（三级）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "宓清岚", "林木采伐许可初审把关不严", "Ⅰ级"),
        ("站长", "宓清岚", "护林员选聘优亲厚友", "Ⅱ级"),
        ("副站长", "巫马霁", "生态公益林补偿资金核实不准", "Ⅰ级"),
        ("副站长", "巫马霁", "苗木采购验收走过场", ""),
        ("出纳", "阙沛然", "现金收付不及时入账", "Ⅲ级"),
    ])  # fmt: skip
    assert "郜望舒" not in set(got.risks["person"])
    assert {"RELAY_LIST", "LEVEL_BLANK"} <= codes(got)
    assert "FILE_NO_FORM" not in codes(got)
    said = got.issues[got.issues["code"] == "RELAY_LIST"]
    assert list(said["cell"]) == ["A4"] and "接龙" in said["message"].iloc[0]
    assert set(got.risks["unit"]) == {"XX县林业工作站"}


def test_clinic_relay_with_nicknames_and_bars(tmp_path):
    rows = [["#接龙 卫生院岗位廉政风险排查"],
            ["请按格式接龙：序号. 职务 姓名：风险点（Ⅰ级/Ⅱ级/Ⅲ级）"],
            [f"[平安是福] 1）院长{GAP}钭沐阳：药品耗材采购收受回扣（Ⅰ级）｜基建维修工程指定施工方（Ⅰ级）"],
            [f"[小蔺] 2）药剂科主任{GAP}蔺知秋：药品入库验收不严（Ⅱ级）"],
            [f"[Lily] 3）收费员{GAP}卜若溪：挪用门诊收费现金（Ⅱ级）｜退费审核不严（Ⅲ级）"],
            [f"[后勤老邬] 4）总务科{GAP}科长{GAP}邬南乔：食堂食材采购虚报数量（Ⅱ级）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("院长", "钭沐阳", "药品耗材采购收受回扣", "Ⅰ级"),
        ("院长", "钭沐阳", "基建维修工程指定施工方", "Ⅰ级"),
        ("药剂科主任", "蔺知秋", "药品入库验收不严", "Ⅱ级"),
        ("收费员", "卜若溪", "挪用门诊收费现金", "Ⅱ级"),
        ("收费员", "卜若溪", "退费审核不严", "Ⅲ级"),
        ("科长", "邬南乔", "食堂食材采购虚报数量", "Ⅱ级"),
    ])  # fmt: skip
    assert set(got.risks[got.risks["person"] == "邬南乔"]["department"]) == {"总务科"}
    assert set(got.risks[got.risks["person"] == "钭沐阳"]["department"]) == {""}
    assert "RELAY_LIST" in codes(got)


def test_land_office_relay_pasted_into_column_b(tmp_path):
    rows = [["#接龙", None],
            ["自然资源所风险点接龙，风险等级写高中低", None],
            [None, f"1. 所长{GAP}殳砚秋：土地违法案件查处打招呼说情（高）；用地审批超时限（中）"],
            [None, f"2. 执法员{GAP}仉明澈：巡查发现违建不上报（中）；接受当事人吃请（低）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("所长", "殳砚秋", "土地违法案件查处打招呼说情", "Ⅰ级"),
        ("所长", "殳砚秋", "用地审批超时限", "Ⅱ级"),
        ("执法员", "仉明澈", "巡查发现违建不上报", "Ⅱ级"),
        ("执法员", "仉明澈", "接受当事人吃请", "Ⅲ级"),
    ])  # fmt: skip
    assert "RELAY_LIST" in codes(got)


def test_coop_relay_pasted_whole_into_one_cell(tmp_path):
    text = "\n".join([
        "#接龙",
        "供销合作社廉政风险点接龙",
        f"例{GAP}岗位{GAP}姓名：风险点（等级）",
        f"1. 主任{GAP}党惟安：农资采购暗箱操作（高）；社有资产出租不公开（高）",
        f"2. 会计{GAP}寇听澜：虚列费用套取资金（中）",
    ])  # fmt: skip
    got = run(tmp_path, [[text]])
    assert read(got) == sorted([
        ("主任", "党惟安", "农资采购暗箱操作", "Ⅰ级"),
        ("主任", "党惟安", "社有资产出租不公开", "Ⅰ级"),
        ("会计", "寇听澜", "虚列费用套取资金", "Ⅱ级"),
    ])  # fmt: skip
    assert "RELAY_LIST" in codes(got)


def test_numbered_measures_in_one_column_stay_unread(tmp_path):
    rows = [["防控措施"],
            ["1. 完善制度：修订采购管理办法；建立供应商库（高）"],
            ["2. 强化监督：纪检员全程参与；结果公示（中）"],
            ["3. 加强教育：每季度开展警示教育（低）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "RELAY_LIST" not in codes(got)
    assert not set(got.risks["person"]) - {""}


def test_duty_list_with_no_levels_stays_unread(tmp_path):
    rows = [["#接龙 领导班子分工"],
            [f"1. 站长{GAP}宓清岚：主持全面工作；分管财务"],
            [f"2. 副站长{GAP}巫马霁：分管营林；联系护林队"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "RELAY_LIST" not in codes(got)
    assert got.risks.empty


def test_ordinary_list_with_points_parted_in_a_cell_is_untouched(tmp_path):
    rows = [["序号", "科室", "岗位", "姓名", "廉政风险点", "风险等级"],
            [1, "财务股", "股长", "蔺知秋", "1. 报销审核不严；2. 预算执行不规范", "二级"],
            [2, "办公室", "主任", "卜若溪", "公务接待超标准", "三级"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "RELAY_LIST" not in codes(got)
    assert {(t, p) for t, p, _x, _l in read(got)} == {("股长", "蔺知秋"), ("主任", "卜若溪")}


def test_relay_list_is_catalogued():
    assert "RELAY_LIST" in CATALOGUE and "RELAY_LIST" in SHORT


def test_what_the_hundred_and_thirtieth_review_found_minutes_with_bracketed_words(tmp_path):
    """A meeting's minutes (or a duty list) of numbered '1. 局长　某某：…（高）' lines, its brackets a
    priority or a post's grade, asks for no risk point: the reader read every line as the speaker's
    risk point at that level. A relay is now read only where a line above its entries, its tab's or
    its file's name names the 接龙 or the risk asked for (风险, 廉政, 廉洁) — a judgement call: a bare
    relay pasted with none of these is left unread rather than an ordinary numbered list misread."""
    rows = [["党组会议纪要"],
            [f"1. 局长{GAP}宓清岚：要求各股室高度重视（高）"],
            [f"2. 副局长{GAP}阙沛然：部署下一步工作（中）"],
            [f"3. 办公室主任{GAP}郜望舒：负责会务保障（一级）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "RELAY_LIST" not in codes(got)
    assert got.risks.empty


def test_what_the_hundred_and_thirtieth_review_found_relay_closing_wrapped_or_twice(tmp_path):
    """A relay as the chat gives it: an entry wrapped in its cell after a '；', a second 接龙 under its
    own '#接龙' line numbered from 1 again, and the chat's closing line under the entries ('截至…已接龙
    4人'). Any of these had the whole relay left unread (FILE_NO_FORM); each entry is now read, the
    lines that are no entry passed over."""
    rows = [["#接龙 机关一支部廉政风险点"],
            [f"1. 站长{GAP}宓清岚：林木采伐许可初审把关不严（高）；\n护林员选聘优亲厚友（中）"],
            [f"2. 出纳{GAP}阙沛然：现金收付不及时入账（低）"],
            ["#接龙 机关二支部廉政风险点"],
            [f"1. 会计{GAP}寇听澜：虚列费用套取资金（中）"],
            [f"2. 主任{GAP}党惟安：农资采购暗箱操作（高）"],
            ["截至3月5日已接龙4人，未接龙的请抓紧"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "宓清岚", "林木采伐许可初审把关不严", "Ⅰ级"),
        ("站长", "宓清岚", "护林员选聘优亲厚友", "Ⅱ级"),
        ("出纳", "阙沛然", "现金收付不及时入账", "Ⅲ级"),
        ("会计", "寇听澜", "虚列费用套取资金", "Ⅱ级"),
        ("主任", "党惟安", "农资采购暗箱操作", "Ⅰ级"),
    ])  # fmt: skip
    assert "RELAY_LIST" in codes(got) and "FILE_NO_FORM" not in codes(got)
    passed = got.issues[got.issues["code"] == "RELAY_LINES_PASSED"]  # (the lines passed over, said)
    assert list(passed["cell"]) == ["A4"] and list(passed["value"]) == ["2"]
    assert "RELAY_LINES_PASSED" in CATALOGUE and "RELAY_LINES_PASSED" in SHORT


def test_what_the_hundred_and_thirtieth_review_found_name_alone_and_numbered_points(tmp_path):
    """A relay where one colleague wrote his name alone ('2. 阙沛然：…', his post left off) and
    another numbered his points ('①…（高）；②…（中）', '1.…；2.…'): the one line had the whole relay
    left unread (FILE_NO_FORM), and the points kept their numbers ('①林木…', '1.现金…'). The name
    alone is now read as the holder with no post (most entries must still name a post), and a
    point's own number is left off."""
    rows = [["#接龙 林业站廉政风险点"],
            [f"1. 站长{GAP}宓清岚：①林木采伐许可初审把关不严（高）；②护林员选聘优亲厚友（中）"],
            ["2. 阙沛然：现金收付不及时入账（低）"],
            [f"3. 会计{GAP}寇听澜：1.虚列费用套取资金（中）；2.白条抵库（中）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "宓清岚", "林木采伐许可初审把关不严", "Ⅰ级"),
        ("站长", "宓清岚", "护林员选聘优亲厚友", "Ⅱ级"),
        ("", "阙沛然", "现金收付不及时入账", "Ⅲ级"),
        ("会计", "寇听澜", "虚列费用套取资金", "Ⅱ级"),
        ("会计", "寇听澜", "白条抵库", "Ⅱ级"),
    ])  # fmt: skip
    assert "RELAY_LIST" in codes(got)


def test_names_alone_are_no_relay_of_posts(tmp_path):
    rows = [["#接龙 风险点"],
            ["1. 宓清岚：林木采伐许可初审把关不严（高）"],
            ["2. 阙沛然：现金收付不及时入账（低）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert "RELAY_LIST" not in codes(got)


def test_what_the_hundred_and_thirtieth_review_found_post_and_name_run_together(tmp_path):
    """A relay typed on a phone with no space between post and name ('1. 站长宓清岚：…'): no line
    named a post and a name apart and the relay was left unread (FILE_NO_FORM). The post and the
    name run together are now parted (a post the words before a two- or three-character name)."""
    rows = [["#接龙 林业站廉政风险点"],
            ["1. 站长宓清岚：林木采伐许可初审把关不严（高）"],
            ["2. 出纳阙沛然：现金收付不及时入账（低）"],
            ["3. 会计王五：虚列费用套取资金（中）"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "宓清岚", "林木采伐许可初审把关不严", "Ⅰ级"),
        ("出纳", "阙沛然", "现金收付不及时入账", "Ⅲ级"),
        ("会计", "王五", "虚列费用套取资金", "Ⅱ级"),
    ])  # fmt: skip


def test_what_the_hundred_and_thirtieth_review_found_point_on_a_row_of_its_own(tmp_path):
    """A relay pasted so that an entry's later point fell to the next row ('1. 站长　某某：…（高）；'
    over '…（中）', or '…（低）' over '…（中）' with no '；'). Once a line under the entries no longer
    leaves the relay unread, such a row would have been passed over and its point lost unsaid;
    a row with no number after an entry ending in '；', or closing with a level, is that entry's
    next point."""
    rows = [["#接龙 林业站廉政风险点"],
            [f"1. 站长{GAP}宓清岚：林木采伐许可初审把关不严（高）；"],
            ["护林员选聘优亲厚友（中）"],
            [f"2. 出纳{GAP}阙沛然：现金收付不及时入账（低）"],
            ["白条抵库（中）"],
            ["请未接龙的同志抓紧"]]  # fmt: skip
    got = run(tmp_path, rows)
    assert read(got) == sorted([
        ("站长", "宓清岚", "林木采伐许可初审把关不严", "Ⅰ级"),
        ("站长", "宓清岚", "护林员选聘优亲厚友", "Ⅱ级"),
        ("出纳", "阙沛然", "现金收付不及时入账", "Ⅲ级"),
        ("出纳", "阙沛然", "白条抵库", "Ⅱ级"),
    ])  # fmt: skip
