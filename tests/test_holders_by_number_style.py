"""A list with no 科室, 岗位 or 姓名 column whose rows' holders show only in the STYLE of their
序号 ('①', '（1）', 'A.', '（一）' …), a 说明 line over or under it keying each style to a
holder ('序号为①②③…的，为所长　某某'; '副所长　某某的风险点序号为（1）（2）（3）…'), the holders'
rows interleaved (the list sorted by level): each row its style's holder, a form each; a row
whose style the note names no one for stays without a holder, said at its cell.

Not the published batch's list (a 国有林场 with 场长/副场长/营林股股长/护林员, ``①`` ``⑴`` ``1.``
``一、``, 一级…三级 and the note over the table): a county's 水库管理所 and 乡镇财政所, other
posts and names, other styles ('（一）', 'A.', 'a.', '（1）'), 高/中/低风险 and ticks under a
two-row heading, the note under the list too and worded holder-first, written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

G = "\u3000"


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None, sheet: str = "清单"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {sheet: rows}, {sheet: merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str, str]]:
    r = got.risks
    return sorted(
        zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True)
    )


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_a_note_under_the_list_worded_holder_first(tmp_path):
    # one heading row with a 风险类型 column; '（一）' 所长, 'A.' 副所长, '（1）' 工程股 技术员;
    # the note under the list, each part the holder first, then his style
    rows = [["XX县水务局红旗岭水库管理所廉政风险点一览表"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            ["（一）", "大坝维修工程不招标直接发包", "制度机制", "高风险", "工程发包经所务会研究，报局审批。"],
            ["A.", "防汛物资采购虚报数量", "业务流程", "高风险", "物资入库双人验收，台账月清。"],
            ["（1）", "水位观测数据随意改动", "业务流程", "中风险", "观测记录留痕，系统自动上传。"],
            ["（二）", "库区养殖承包暗中指定", "制度机制", "中风险", "承包一律公开竞价，结果公示。"],
            ["B.", "库区巡查收受好处放任违建", "思想道德", "低风险", "巡查轮换，所领导不定期抽查。"],
            ["（2）", "工程量计量签字把关不严", "岗位职责", "低风险", "计量三方签字，监理复核。"],
            ["说明：所长　蔺澄川的风险点序号为（一）（二）（三）…；副所长　扈泠然的风险点序号为A.B.C.…；"
             "工程股技术员　卞澍青的风险点序号为（1）（2）（3）…。"],
            ["制表：所办公室", None, None, "2025年6月"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A9:E9"])
    assert read(got) == sorted([
        ("", "所长", "蔺澄川", "大坝维修工程不招标直接发包", "Ⅰ级"),
        ("", "所长", "蔺澄川", "库区养殖承包暗中指定", "Ⅱ级"),
        ("", "副所长", "扈泠然", "防汛物资采购虚报数量", "Ⅰ级"),
        ("", "副所长", "扈泠然", "库区巡查收受好处放任违建", "Ⅲ级"),
        ("工程股", "技术员", "卞澍青", "水位观测数据随意改动", "Ⅱ级"),
        ("工程股", "技术员", "卞澍青", "工程量计量签字把关不严", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_BY_NUMBER_STYLE"]
    assert list(said["cell"]) == ["A9"] and "表下" in said["message"].iloc[0]
    assert "HOLDER_NUMBER_STYLE_UNNAMED" not in codes(got)
    no_errors(got)


def test_a_note_over_a_two_row_heading_of_ticks_styles_and_holders_apart(tmp_path):
    # the note over the heading, each style then '，为' and the holder ('序号为①②③的，为…');
    # the levels ticked under '风险等级' merged over 高/中/低; lower-case 'a.' a style too
    rows = [["XX镇财政所岗位廉政风险点清单（按风险等级排列）"],
            ["说明：序号为①②③的，为所长　郗沐川；序号为a.b.c.的，为出纳　濮岚汐。"],
            ["序号", "廉政风险点", "风险等级", None, None, "防控措施"],
            [None, None, "高", "中", "低", None],
            ["①", "惠农补贴资金发放优亲厚友", "√", None, None, "补贴名册村级公示，财政所复核。"],
            ["a.", "库存现金超限额不及时存行", "√", None, None, "每日盘点，超限额当日存行。"],
            ["②", "村级账务代理审核走过场", None, "√", None, "审核意见留痕，季度交叉检查。"],
            ["b.", "票据领用不登记", None, None, "√", "票据领用逐本登记，按月核销。"],
            ["c.", "网银密钥与密码一人保管", None, None, "√", "密钥、密码分人保管。"]]  # fmt: skip
    merges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:E3", "F3:F4"]
    got = run(tmp_path, rows, merges)
    assert read(got) == sorted([
        ("", "所长", "郗沐川", "惠农补贴资金发放优亲厚友", "Ⅰ级"),
        ("", "所长", "郗沐川", "村级账务代理审核走过场", "Ⅱ级"),
        ("", "出纳", "濮岚汐", "库存现金超限额不及时存行", "Ⅰ级"),
        ("", "出纳", "濮岚汐", "票据领用不登记", "Ⅲ级"),
        ("", "出纳", "濮岚汐", "网银密钥与密码一人保管", "Ⅲ级"),
    ])  # fmt: skip
    said = got.issues[got.issues["code"] == "HOLDER_BY_NUMBER_STYLE"]
    assert list(said["cell"]) == ["A2"] and "表上" in said["message"].iloc[0]
    no_errors(got)


def test_a_style_the_note_names_no_one_for_stays_without_a_holder(tmp_path):
    # '（1）' for the 站长, 'A、' for the 水质检测室主任 (his 科室 in his post), '一、' named by the
    # note with no one: its row is read without a holder, said at its 序号 cell
    rows = [["XX县城乡供水站廉政风险点排查表"],
            ["注：（1）（2）（3）为站长　仉湛然的风险点；A、B、C、为水质检测室主任　逯霁月的风险点；一、二、为"],
            ["序号", "风险点", "风险等级", "防控措施"],
            ["（1）", "管网改造工程变更不报批", "高风险", "设计变更报县水务局审批。"],
            ["A、", "水质检测数据弄虚作假", "高风险", "检测报告双人复核，留样备查。"],
            ["一、", "用户水表更换收取好处", "中风险", "水表更换预约登记，回访用户。"],
            ["（2）", "水费减免审批随意", "中风险", "减免事项集体研究并公示。"],
            ["B、", "检测试剂采购质次价高", "低风险", "试剂集中采购，比价留档。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == sorted([
        ("", "站长", "仉湛然", "管网改造工程变更不报批", "Ⅰ级"),
        ("", "站长", "仉湛然", "水费减免审批随意", "Ⅱ级"),
        ("水质检测室", "主任", "逯霁月", "水质检测数据弄虚作假", "Ⅰ级"),
        ("水质检测室", "主任", "逯霁月", "检测试剂采购质次价高", "Ⅲ级"),
        ("", "", "", "用户水表更换收取好处", "Ⅱ级"),
    ])  # fmt: skip
    unnamed = got.issues[got.issues["code"] == "HOLDER_NUMBER_STYLE_UNNAMED"]
    assert list(unnamed["cell"]) == ["A6"] and list(unnamed["severity"]) == ["warning"]
    assert "HOLDER_BY_NUMBER_STYLE" in codes(got)
    no_errors(got)


def test_a_list_with_its_own_post_and_name_columns_keeps_them(tmp_path):
    # styled 序号 and a note keying styles to people, but the rows name their holders: as before
    rows = [["XX县水务局红旗岭水库管理所廉政风险点一览表"],
            ["序号", "岗位", "姓名", "风险点", "风险等级"],
            ["①", "所长", "蔺澄川", "大坝维修工程不招标直接发包", "高风险"],
            ["A.", "副所长", "扈泠然", "防汛物资采购虚报数量", "中风险"],
            ["②", "所长", "蔺澄川", "库区养殖承包暗中指定", "低风险"],
            ["说明：①②③为所长　蔺澄川的风险点；A.B.C.为会计　卞澍青的风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A6:E6"])
    assert read(got) == sorted([
        ("红旗岭水库管理所", "所长", "蔺澄川", "大坝维修工程不招标直接发包", "Ⅰ级"),
        ("红旗岭水库管理所", "所长", "蔺澄川", "库区养殖承包暗中指定", "Ⅲ级"),
        ("红旗岭水库管理所", "副所长", "扈泠然", "防汛物资采购虚报数量", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_BY_NUMBER_STYLE", "HOLDER_NUMBER_STYLE_UNNAMED"} & codes(got)
    no_errors(got)


def test_a_note_of_numbered_remarks_names_no_holders(tmp_path):
    # the 序号 of one style, and a 注 numbering its own remarks ('1.本表由…'): no key of styles;
    # the list stays one form without a holder, as before
    rows = [["XX镇财政所廉政风险点清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1.", "惠农补贴资金发放优亲厚友", "高风险", "补贴名册村级公示。"],
            ["2.", "票据领用不登记", "低风险", "票据领用逐本登记。"],
            ["注：1.本表由所长　郗沐川负责解释；2.出纳　濮岚汐负责更新。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A5:D5"])
    assert read(got) == sorted([
        ("财政所", "", "", "惠农补贴资金发放优亲厚友", "Ⅰ级"),
        ("财政所", "", "", "票据领用不登记", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDER_BY_NUMBER_STYLE", "HOLDER_NUMBER_STYLE_UNNAMED"} & codes(got)
    no_errors(got)


def test_styles_keyed_to_levels_give_no_holders(tmp_path):
    # no level column, a note keying the styles to LEVELS ('①②③为高风险'): levels by style
    # (LEVEL_BY_NUMBER_STYLE), no holder
    rows = [["XX县城乡供水站廉政风险点排查表"],
            ["序号", "风险点", "防控措施"],
            ["①", "管网改造工程变更不报批", "设计变更报县水务局审批。"],
            ["（1）", "水费减免审批随意", "减免事项集体研究并公示。"],
            ["②", "水质检测数据弄虚作假", "检测报告双人复核。"],
            ["注：序号为①②③…的为高风险，序号为（1）（2）…的为低风险。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:C1", "A6:C6"])
    assert read(got) == sorted([
        ("", "", "", "管网改造工程变更不报批", "Ⅰ级"),
        ("", "", "", "水质检测数据弄虚作假", "Ⅰ级"),
        ("", "", "", "水费减免审批随意", "Ⅲ级"),
    ])  # fmt: skip
    assert "LEVEL_BY_NUMBER_STYLE" in codes(got)
    assert not {"HOLDER_BY_NUMBER_STYLE", "HOLDER_NUMBER_STYLE_UNNAMED"} & codes(got)
    no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_BY_NUMBER_STYLE", "HOLDER_NUMBER_STYLE_UNNAMED"):
        assert code in CATALOGUE and code in SHORT


# the 113th review's rows: a 林场's list, '①' and '⑴' (or '一、' and '1.') interleaved
_FARM = "XX县国有林场廉政风险点清单"
_FARM_ROWS = [["①", "木材销售低价处置", "高", "进场交易。"],
              ["⑴", "苗圃用工虚报", "高", "实名登记。"],
              ["②", "公车私用", "中", "派车登记。"],
              ["⑵", "护林员选聘优亲厚友", "低", "公示七日。"]]  # fmt: skip


def test_what_the_hundred_and_thirteenth_review_found_a_contact_note_names_no_holders(tmp_path):
    # a note saying whom to contact, or who checks and signs the rows off, keys no style to
    # holders: the rows stay without one (as before), no 科室 of the note's words
    head = ["序号", "风险点", "风险等级", "防控措施"]
    rows = [["一、", "林地审核把关不严", "高", "集体审议。"],
            ["1.", "采伐指标分配不公", "高", "指标公示。"],
            ["二、", "财务报销审核不严", "中", "票据三审。"],
            ["2.", "苗木验收走过场", "低", "双人验收。"]]  # fmt: skip
    for i, note in enumerate([
        f"注：一、二、…类风险点请联系办公室主任{G}蔺澄川；1.2.…类请联系财务股股长{G}扈泠然。",
        f"说明：一、二、为局机关股室风险点，由分管副局长{G}蔺澄川审核把关；1.2.为下属站所风险点，"
        f"由站长{G}扈泠然审核把关。",
        f"注：一、二、为局机关风险点（局长{G}蔺澄川签字确认）；1.2.为站所风险点（副局长{G}扈泠然签字确认）。",
    ]):  # fmt: skip
        got = run(tmp_path / str(i), [["XX县林业和草原局廉政风险点清单"], head, *rows, [note]],
                  ["A1:D1", "A7:D7"])  # fmt: skip
        assert read(got) == sorted([
            ("", "", "", "林地审核把关不严", "Ⅰ级"),
            ("", "", "", "采伐指标分配不公", "Ⅰ级"),
            ("", "", "", "财务报销审核不严", "Ⅱ级"),
            ("", "", "", "苗木验收走过场", "Ⅲ级"),
        ]), note  # fmt: skip
        assert not {"HOLDER_BY_NUMBER_STYLE", "HOLDER_NUMBER_STYLE_UNNAMED"} & codes(got)
        no_errors(got)


def test_what_the_hundred_and_thirteenth_review_found_the_linking_words_are_no_post(tmp_path):
    # '…由场长　某某负责' (no 为), '序号带圈数字的为场长　某某的风险点': the post is 场长, the
    # linking words and the style's description none of it
    head = ["序号", "风险点", "风险等级", "防控措施"]
    want = sorted([
        ("", "场长", "蔺澄川", "木材销售低价处置", "Ⅰ级"),
        ("", "场长", "蔺澄川", "公车私用", "Ⅱ级"),
        ("", "副场长", "扈泠然", "苗圃用工虚报", "Ⅰ级"),
        ("", "副场长", "扈泠然", "护林员选聘优亲厚友", "Ⅲ级"),
    ])  # fmt: skip
    for i, note in enumerate([
        f"说明：①②③由场长{G}蔺澄川负责；⑴⑵⑶由副场长{G}扈泠然负责。",
        f"说明：序号带圈数字的为场长{G}蔺澄川的风险点，序号带括号数字的为副场长{G}扈泠然的风险点。",
    ]):  # fmt: skip
        got = run(tmp_path / str(i), [[_FARM], head, *_FARM_ROWS, [note]], ["A1:D1", "A7:D7"])
        assert read(got) == want, note
        said = got.issues[got.issues["code"] == "HOLDER_BY_NUMBER_STYLE"]
        assert list(said["cell"]) == ["A7"] and "由" not in said["value"].iloc[0]
        no_errors(got)
    # a note keying the same styles to levels as well ('①②③为一级风险点，由场长　某某负责'), no
    # level column: the levels by style too
    rows = [[s, p, m] for s, p, _lv, m in _FARM_ROWS]
    note = f"说明：①②③为一级风险点，由场长{G}蔺澄川负责；⑴⑵⑶为二级风险点，由副场长{G}扈泠然负责。"
    got = run(tmp_path / "lv", [[_FARM], ["序号", "风险点", "防控措施"], *rows, [note]],
              ["A1:C1", "A7:C7"])  # fmt: skip
    assert read(got) == sorted([
        ("", "场长", "蔺澄川", "木材销售低价处置", "Ⅰ级"),
        ("", "场长", "蔺澄川", "公车私用", "Ⅰ级"),
        ("", "副场长", "扈泠然", "苗圃用工虚报", "Ⅱ级"),
        ("", "副场长", "扈泠然", "护林员选聘优亲厚友", "Ⅱ级"),
    ])  # fmt: skip
    assert {"HOLDER_BY_NUMBER_STYLE", "LEVEL_BY_NUMBER_STYLE"} <= codes(got)
    no_errors(got)
