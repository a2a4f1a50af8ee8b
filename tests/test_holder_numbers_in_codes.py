"""A list with no 科室, post or holder column whose every 编号/序号 is composite, 'holder
number-point number' ('2-1', '1.2', '3－1'), keyed by a numbered legend line above or under the
table ('说明：编号前一位为责任人代号（1—站长　某某；2—…）', '注：1.站长 某某；2.会计 某某', '1：所长'):
each row's first part picks its holder (one form a holder, the rows may be sorted by level so a
holder's rows are scattered), with one info; a number the legend lacks leaves its row as read,
with a warning at its 编号 cell. Chapter-style numbers under group rows with a 科室 column, and
composite numbers with no legend, stay as read.

Not the published batch's file (a 供销社 电子商务公共服务中心's 排查表, 主任/副主任/会计 and
一级/二级/三级, the legend in a 说明 line over the table with '—'): a 林业工作站, a 畜牧兽医站
and a 自然资源所, other posts, names, level words (高/中/低, ★★★, Ⅰ级) and arrangements (an
extra 风险类型 column, the legend under the table as '1.站长 …', two heading rows, full-width
'－', a legend of posts only, a number the legend lacks), written with xlsxwriter
(tests/helpers.py) and read back as ``collect_inbox`` reads a file.
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
    write_workbook(inbox / "t.xlsx", {"排查表": rows}, {"排查表": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


def no_errors(got) -> None:
    issues = got.issues
    assert not len(issues[issues["severity"] == "error"]), issues.to_dict("records")


def test_dashed_numbers_a_legend_above_and_a_type_column(tmp_path):
    rows = [["XX县清河镇林业工作站廉政风险点排查表"],
            ["说明：编号前一位为责任人代号（1—站长　甄澈岚；2—护林员　隗砚秋；3—会计　冼暮白），后一位为风险点顺序号。"],
            ["编号", "廉政风险点", "风险类型", "风险等级", "防控措施"],
            ["1-1", "采伐许可审核放宽条件", "岗位职责", "高", "许可材料双人审核，结果公示。"],
            ["3-1", "生态护林员补助发放不实", "制度机制", "高", "补助名册公示，打卡到户。"],
            ["2-1", "巡山记录弄虚作假", "岗位职责", "中", "巡护轨迹定位留存。"],
            ["1-2", "苗木采购指定供应商", "制度机制", "中", "采购三家比价。"],
            ["3-2", "站内零星收入不入账", "制度机制", "低", "收入统一开票入账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2"])
    assert read(got) == sorted([
        ("站长", "甄澈岚", "采伐许可审核放宽条件", "Ⅰ级"),
        ("站长", "甄澈岚", "苗木采购指定供应商", "Ⅱ级"),
        ("护林员", "隗砚秋", "巡山记录弄虚作假", "Ⅱ级"),
        ("会计", "冼暮白", "生态护林员补助发放不实", "Ⅰ级"),
        ("会计", "冼暮白", "站内零星收入不入账", "Ⅲ级"),
    ])  # fmt: skip
    assert len(got.posts) == 3
    said = got.issues[got.issues["code"] == "HOLDER_NUMBERS_IN_CODES"]
    assert list(said["cell"]) == ["A2"]
    assert "2=护林员 隗砚秋" in said["value"].iloc[0]
    assert not {"ROW_UNPLACED", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_dotted_numbers_two_heading_rows_a_legend_under_the_table(tmp_path):
    rows = [["XX县畜牧兽医站岗位廉政风险排查表"],
            ["序号", "风险点", "风险等级", "防控措施"],
            [None, None, None, None],
            ["1.1", "检疫证明不检即出", "★★★", "检疫全程录像。"],
            ["2.1", "防疫物资出入库不清", "★★", "物资台账月清月结。"],
            ["3.1", "强制免疫补助虚报", "★★★", "补助按免疫档案核发。"],
            ["1.2", "兽药经营许可把关不严", "★", "许可现场核查。"],
            ["3.2", "疫苗冷链记录补填", "★★", "冷链温度自动记录。"],
            ["注：1.站长 晏清禾；2.会计 仉若溪；3.防疫员 亓听澜"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "A9:D9"])
    assert read(got) == sorted([
        ("站长", "晏清禾", "检疫证明不检即出", "Ⅰ级"),
        ("站长", "晏清禾", "兽药经营许可把关不严", "Ⅲ级"),
        ("会计", "仉若溪", "防疫物资出入库不清", "Ⅱ级"),
        ("防疫员", "亓听澜", "强制免疫补助虚报", "Ⅰ级"),
        ("防疫员", "亓听澜", "疫苗冷链记录补填", "Ⅱ级"),
    ])  # fmt: skip
    assert list(got.issues[got.issues["code"] == "HOLDER_NUMBERS_IN_CODES"]["cell"]) == ["A9"]
    assert not {"ROW_UNPLACED", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_a_legend_of_posts_only_full_width_dashes_and_a_number_it_lacks(tmp_path):
    # '4－1': no 4 in the legend, the row as read with a warning at its 编号
    rows = [["XX乡自然资源所廉政风险防控一览表"],
            ["岗位代号：1：所长；2：副所长；3：土地协管员"],
            ["编号", "风险点", "风险等级", "防控措施"],
            ["1－1", "违规办理宅基地审批", "Ⅰ级", "审批集体研究，张榜公示。"],
            ["2－1", "违法占地巡查不报", "Ⅰ级", "巡查日志每周抽查。"],
            ["3－1", "土地整治项目验收走过场", "Ⅱ级", "验收邀请村民代表参加。"],
            ["2－2", "测量数据随意更改", "Ⅱ级", "测量成果双人复核。"],
            ["4－1", "档案借阅不登记", "Ⅲ级", "借阅登记台账。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:D1", "A2:D2"])
    assert read(got) == sorted([
        ("所长", "", "违规办理宅基地审批", "Ⅰ级"),
        ("副所长", "", "违法占地巡查不报", "Ⅰ级"),
        ("副所长", "", "测量数据随意更改", "Ⅱ级"),
        ("土地协管员", "", "土地整治项目验收走过场", "Ⅱ级"),
        ("", "", "档案借阅不登记", "Ⅲ级"),  # (a number the legend lacks: as read)
    ])  # fmt: skip
    lacking = got.issues[got.issues["code"] == "HOLDER_NUMBER_UNDEFINED"]
    assert list(lacking["cell"]) == ["A8"] and list(lacking["value"]) == ["4"]
    assert "HOLDER_NUMBERS_IN_CODES" in codes(got)
    no_errors(got)


def test_chapter_numbers_under_group_rows_with_a_department_column_stay_as_read(tmp_path):
    rows = [["XX县林业和草原局廉政风险点清单"],
            ["说明：1—局机关；2—下属单位"],
            ["序号", "科室", "风险点", "风险等级", "防控措施"],
            ["一、行政审批", None, None, None, None],
            ["1-1", "审批股", "林木采伐审批不按规定", "高", "审批结果公示。"],
            ["1-2", "审批股", "征占用林地初审把关不严", "中", "现场核查留痕。"],
            ["二、资金管理", None, None, None, None],
            ["2-1", "财务股", "造林补助拨付不及时", "低", "按进度拨付。"]]  # fmt: skip
    got = run(tmp_path, rows, ["A1:E1", "A2:E2", "A4:E4", "A7:E7"])
    r = got.risks
    assert sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], r["risk_level"],
                      strict=True)) == sorted([
        ("审批股", "", "", "林木采伐审批不按规定", "Ⅰ级"),
        ("审批股", "", "", "征占用林地初审把关不严", "Ⅱ级"),
        ("财务股", "", "", "造林补助拨付不及时", "Ⅲ级"),
    ])  # fmt: skip
    assert not {"HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
    no_errors(got)


def test_composite_numbers_with_no_legend_or_a_note_of_no_holders_stay_as_read(tmp_path):
    for note in ([], [["注：1.本表由各岗位人员自查填写；2.风险等级分高、中、低三级。"]]):
        rows = [["XX县水土保持站廉政风险点排查表"],
                ["编号", "廉政风险点", "风险等级", "防控措施"],
                ["1-1", "水保补偿费减免不按规定", "高", "减免集体研究。"],
                ["1-2", "监测数据报送不实", "中", "数据双人复核。"],
                ["2-1", "办公用品采购虚开发票", "低", "采购验收入库。"],
                *note]  # fmt: skip
        got = run(tmp_path / str(len(note)), rows, ["A1:D1"] + (["A6:D6"] if note else []))
        assert read(got) == sorted([
            ("", "", "水保补偿费减免不按规定", "Ⅰ级"),
            ("", "", "监测数据报送不实", "Ⅱ级"),
            ("", "", "办公用品采购虚开发票", "Ⅲ级"),
        ])  # fmt: skip
        assert not {"HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"} & codes(got)
        no_errors(got)


def test_the_codes_are_catalogued():
    for code in ("HOLDER_NUMBERS_IN_CODES", "HOLDER_NUMBER_UNDEFINED"):
        assert code in CATALOGUE and code in SHORT


def test_a_union_s_own_centre_in_the_title_is_the_unit():
    # the batch's unit cut at '…联合社' (its '电子商务公共服务中心' dropped); a 局's 中心 stays its part
    from xlproc.identity import unit_in_title

    assert unit_in_title("XX县供销合作社联合社农资配送中心岗位廉政风险点排查表") == (
        "XX县供销合作社联合社农资配送中心"
    )
    assert unit_in_title("XX县供销合作社联合社再生资源回收站廉政风险防控清单") == (
        "XX县供销合作社联合社再生资源回收站"
    )
    assert unit_in_title("XX县供销合作社联合社岗位廉政风险点排查表") == "XX县供销合作社联合社"
    assert unit_in_title("XX县公路局养护中心廉政风险点排查表") == "XX县公路局"
