"""A list with no 科室, post or holder column whose 序号 cells carry the posts' short names in a
bracket after the number ('1（馆）', '3（馆、会）', '2[财、出]', '4(A)'), keyed by a legend line
above or under the table ('注：馆—馆长　逄书垚；会—…', '财：…', 'A=…'): each point is a point of
every holder its keys stand for, one form a holder, with one info; a key the legend lacks leaves
its row as read, with a warning at its 序号 cell.

Not the published batch's file (a 镇敬老院's 清单 with 院/会/管 and 一级/二级/三级 under a 注 line):
a county's 文化馆, a 财政所 and a 水文站, other posts, names, level words (高/中/低, ★★★, Ⅰ级) and
arrangements (a legend above the table in square brackets, one-letter keys in a cell of line
breaks, an extra 风险类型 column, a two-row heading), written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_short_names_in_full_width_brackets_keyed_by_a_note_under_the_table(tmp_path):
    rows = [["XX县文化馆廉政风险点清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1（馆）", "文化惠民演出项目指定承办单位", "高", "项目一律公开比选，馆务会研究。"],
            ["2（馆、会）", "免费开放补助资金挪作他用", "高", "专款专用，年度审计。"],
            ["3（会）", "培训收费不入账", "中", "收费统一开票，日清月结。"],
            ["4（出）", "现金超限额存放", "低", "超出部分当日存行。"],
            ["注：序号后括号内为责任岗位简称：馆—馆长　逄书垚；会—会计　阙沐霖；出—出纳　禚雨桐。"],
            ["制表：", None, "馆长（签字）：", None]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A7:D7"])
    assert read(got) == sorted([
        ("馆长", "逄书垚", "文化惠民演出项目指定承办单位", "Ⅰ级"),
        ("馆长", "逄书垚", "免费开放补助资金挪作他用", "Ⅰ级"),
        ("会计", "阙沐霖", "免费开放补助资金挪作他用", "Ⅰ级"),
        ("会计", "阙沐霖", "培训收费不入账", "Ⅱ级"),
        ("出纳", "禚雨桐", "现金超限额存放", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_KEYS_IN_NUMBERS"]
    assert list(said["cell"]) == ["A7"]
    assert "馆=馆长 逄书垚" in said["value"].iloc[0]
    assert not {"ROW_UNPLACED", "HOLDER_KEY_UNDEFINED"} & codes(got)
    no_errors(got)


def test_square_brackets_a_legend_above_the_table_and_a_type_column(tmp_path):
    rows = [["XX镇财政所岗位廉政风险排查表"],
            ["岗位简称：财：所长 郜知远；出：出纳员 薛映川；审：审核员 甘棠溪"],
            ["序号", "风险点", "风险类型", "风险等级", "防控措施"],
            ["1[财]", "惠农补贴资金拨付优亲厚友", "岗位职责", "★★★", "补贴名册公示七日。"],
            ["2[财、出]", "公款私存、私设小金库", "制度机制", "★★★", "银行账户统一管理。"],
            ["3[审]", "报销凭证审核走过场", "岗位职责", "★★", "票据逐张审核签字。"],
            ["4[出/审]", "支票印鉴一人保管", "制度机制", "★", "印鉴分人保管。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    r = got.risks
    assert sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"],
                      r["risk_type"], strict=True)) == sorted([
        ("所长", "郜知远", "惠农补贴资金拨付优亲厚友", "Ⅰ级", "岗位职责风险"),
        ("所长", "郜知远", "公款私存、私设小金库", "Ⅰ级", "制度机制风险"),
        ("出纳员", "薛映川", "公款私存、私设小金库", "Ⅰ级", "制度机制风险"),
        ("出纳员", "薛映川", "支票印鉴一人保管", "Ⅲ级", "制度机制风险"),
        ("审核员", "甘棠溪", "报销凭证审核走过场", "Ⅱ级", "岗位职责风险"),
        ("审核员", "甘棠溪", "支票印鉴一人保管", "Ⅲ级", "制度机制风险"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "HOLDER_KEYS_IN_NUMBERS"]["cell"]) == ["A2"]
    assert not {"ROW_UNPLACED", "HOLDER_KEY_UNDEFINED"} & codes(got)
    no_errors(got)


def test_one_letter_keys_a_legend_of_line_breaks_and_a_key_it_lacks(tmp_path):
    # two heading rows ('防控措施' over '事前 | 事后' is not used: '风险等级' merged down); the
    # legend one cell of line breaks under the table; 'C' is in no line of it
    rows = [["XX县水文站廉政风险防控清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            [None, None, None, None],
            ["1(A)", "测验设备采购围标串标", "Ⅰ级", "采购进入县交易平台。"],
            ["2(A、B)", "水文资料对外提供收取好处", "Ⅱ级", "资料提供登记审批。"],
            ["3(B)", "外业补助虚报冒领", "Ⅱ级", "补助按考勤核发。"],
            ["4(C)", "车辆私用", "Ⅲ级", "派车单制度。"],
            ["说明：\nA=站长 蔺霁川\nB=测报员 鄂晚晴"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "A8:D8"])
    assert read(got) == sorted([
        ("站长", "蔺霁川", "测验设备采购围标串标", "Ⅰ级"),
        ("站长", "蔺霁川", "水文资料对外提供收取好处", "Ⅱ级"),
        ("测报员", "鄂晚晴", "水文资料对外提供收取好处", "Ⅱ级"),
        ("测报员", "鄂晚晴", "外业补助虚报冒领", "Ⅱ级"),
        ("", "", "车辆私用", "Ⅲ级"),  # (a key the legend lacks: as read)
    ])  # fmt: skip
    lacking = got.issues[got.issues["code"] == "HOLDER_KEY_UNDEFINED"]
    assert list(lacking["cell"]) == ["A7"] and list(lacking["value"]) == ["C"]
    assert "HOLDER_KEYS_IN_NUMBERS" in codes(got)
    no_errors(got)


def test_status_words_in_the_bracket_and_no_legend_stay_as_read(tmp_path):
    rows = [["XX县档案馆廉政风险点清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1（重点）", "档案数字化外包指定公司", "高", "公开招标。"],
            ["2（新增）", "涉密档案私自出借", "中", "借阅双人登记。"],
            ["3", "查阅登记不全", "低", "逐次登记。"],
            ["注：括号内注明重点或新增风险点。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    assert read(got) == sorted([
        ("", "", "档案数字化外包指定公司", "Ⅰ级"),
        ("", "", "涉密档案私自出借", "Ⅱ级"),
        ("", "", "查阅登记不全", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDER_KEYS_IN_NUMBERS", "HOLDER_KEY_UNDEFINED"} & codes(got)
    no_errors(got)


def test_a_continued_table_and_a_list_with_its_own_holders_stay_as_read(tmp_path):
    # '1（续）' is no key; and a list with 岗位 | 姓名 columns keeps its own holders, even with a
    # bracket in the 序号 and a line that looks like a legend
    rows = [["XX县统计局廉政风险点清单"],
            ["序号", "廉政风险点", "风险等级", "防控措施"],
            ["1（续）", "统计数据人为干预", "高", "数据质量层层把关。"],
            ["2", "调查对象信息泄露", "中", "签订保密承诺。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1"])
    assert read(got) == sorted([
        ("", "", "统计数据人为干预", "Ⅰ级"),
        ("", "", "调查对象信息泄露", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_KEYS_IN_NUMBERS", "HOLDER_KEY_UNDEFINED"} & codes(got)
    no_errors(got)
    rows = [["XX县统计局廉政风险点清单"],
            ["序号", "岗位", "姓名", "廉政风险点", "风险等级"],
            ["1（局）", "局长", "禚若川", "统计执法选择性立案", "高"],
            ["2（股）", "股长", "仉望舒", "普查经费虚列支出", "中"],
            ["注：局—局领导；股—业务股室"]]  # fmt: skip
    got = run(tmp_path / "b", rows, ["A1:E1", "A5:E5"])
    assert read(got) == sorted([
        ("局长", "禚若川", "统计执法选择性立案", "Ⅰ级"),
        ("股长", "仉望舒", "普查经费虚列支出", "Ⅱ级"),
    ])  # fmt: skip
    assert not {"HOLDER_KEYS_IN_NUMBERS", "HOLDER_KEY_UNDEFINED"} & codes(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_KEYS_IN_NUMBERS", "HOLDER_KEY_UNDEFINED"):
        assert code in CATALOGUE and code in SHORT


def test_what_the_hundred_and_fifth_review_found_keys_of_departments(tmp_path):
    # a legend of 科室 abbreviations ('办—办公室；财—财务股。'): each key's 科室 holds the row, a
    # 科室 with no post or holder (the keys were dropped silently)
    rows = [
        ["XX局岗位廉政风险点清单"], ["序号", "风险点", "风险等级", "防控措施"],
        ["1（办）", "公务接待超标准", "二级", "严格审批"],
        ["2（财）", "做假账", "一级", "交叉复核"],
        ["3（办、财）", "违规采购", "一级", "集体研究"],
        ["注：括号内为责任科室简称：办—办公室；财—财务股。"],
    ]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A6:D6"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
                      strict=True)) == sorted([
        ("办公室", "", "", "公务接待超标准", "Ⅱ级"),
        ("财务股", "", "", "做假账", "Ⅰ级"),
        ("办公室", "", "", "违规采购", "Ⅰ级"),
        ("财务股", "", "", "违规采购", "Ⅰ级"),
    ])  # fmt: skip
    assert "HOLDER_KEYS_IN_NUMBERS" in codes(got) and "HOLDER_KEY_UNDEFINED" not in codes(got)
    no_errors(got)
