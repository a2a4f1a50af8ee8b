"""A list naming each point's holder (科室 | 岗位 | 姓名) whose every point is SPLIT INTO SUB-ROWS BY
WHO ACTS: the 序号, the point and its level merged over two or three rows, each row a tier of the
point's control (``防控层级``/``管控层级``: '岗位自控 | 股室监控 | 单位防控', '个人自控 | 科室监控 |
场级防控') or a stage of it (事前 | 事中 | 事后), with its own measure and, in a column of its own
(``落实人``, ``执行人``, ``落实责任人``), the person who carries that measure out ('本人', or a post and
a name, some of them holders of other points of the list). The sub-rows were read as one point of
the row's holder already (the merges), but the tier column was taken for the posts' tier (its
heading's '层级') and it and the 落实人 were dropped without a word: the joined measures kept neither
the tier nor who carries it out. Now each measure keeps both before its text, as the documented
phase rows keep their phase ('股室监控（落实人：股长　某某）：…', '事中（执行人：…）：…'), said once a
table (info MEASURES_BY_CONTROL_TIER); a 落实人 on a row with no measure is said with a warning
naming the cell (MEASURE_DOER_NO_MEASURE) and goes nowhere. The 落实人 is never a holder: no form of
his, no point of the row goes to him.

The tiers of these bodies' heads (场长 under 场领导 a leader, a 营林区's 主任 middle, a 测站长 middle, a
班长 general, as tests/test_heads_of_body_areas.py reads them) are asserted on the way.

Not the published batch's file (batch967: a 公路养护段's 分级防控责任表, 岗位自控/股室监控/单位防控 with a
``落实人`` column): a 国有林场's list with ``管控层级 | 执行人`` (个人自控/科室监控/场级防控), its
场长 under ``场领导`` and the 营林区主任 of a 营林区; a 水文站's list with ``防控层级 | 落实责任人`` beside
its own ``责任人`` column, its 站长 with no 科室 and the 测站长 of a 测站 (a part: middle, as before);
a 公路养护站's list with ``事前 | 事中 | 事后`` rows and a ``落实人`` column, a 落实人 on a row left
with no measure; and the 林场's list as an .ods copy. Written with xlsxwriter (tests/helpers.py)
and read back as ``collect_inbox`` reads a file. Near-misses an ordinary file has, read exactly as
before: 事前 | 事中 | 事后 rows with no doer column (the phase kept, nothing said), a ``落实人``
column beside a holder column with no tier or stage column (dropped as before, nothing said), a
``岗位层级`` column of 领导岗位/中层岗位/一般岗位 (the posts' tier as before), and a 养护站's 班长 (一般岗位
as before).

Later, in other words again: a 公路管理所's tiers numbered and spaced ('1.本岗自控', '2.股室　监控',
'3.所领导 把关': '本岗' and a body's '所领导' had been no tier's words, and a number or a space had
left the whole column unread, tiers and doers dropped); its doer column headed '落实人（职务、姓名）',
'执行人员' or '措施执行人' (none had been found; '措施执行人' had even been taken for the measures,
the doers' names joined in as measures, on a plain list too).
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, ITEMS, SHORT

NEW = {"MEASURES_BY_CONTROL_TIER", "MEASURE_DOER_NO_MEASURE"}


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict, merges: dict | None = None, name: str = "防控表.xlsx"):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, sheets, merges or {})
    return _collect(inbox)


def codes(got) -> set[str]:
    return set(got.issues["code"])


def issue(got, code: str):
    return got.issues[got.issues["code"] == code]


def posts(got) -> list[tuple[str, str, str, str]]:
    p = got.posts
    return list(zip(p["department"], p["title"], p["person"], p["tier"], strict=True))


def measures(got) -> dict[str, str]:
    return dict(zip(got.risks["risk_point"], got.risks["measures"], strict=True))


def levels(got) -> dict[str, str]:
    return dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True))


# --------------------------------------------------------------------------- a 国有林场's list

FARM = [
    ["某县国有林场岗位廉政风险分级管控表", None, None, None, None, None, None, None, None],
    ["序号", "部门", "职务", "姓名", "廉政风险点", "等级", "管控层级", "执行人", "管控措施"],
    [1, "场领导", "场长", "呼延澈", "林木采伐指标分配暗箱操作", "高", "个人自控", "本人", "采伐指标经场务会集体研究。"],
    [1, "场领导", "场长", "呼延澈", "林木采伐指标分配暗箱操作", "高", "场级防控", "纪检员　公西沅", "指标分配结果张榜公示，纪检员全程监督。"],
    [2, "场领导", "场长", "呼延澈", "造林工程验收降低标准", "中", "个人自控", "本人", "验收三人以上现场核查。"],
    [2, "场领导", "场长", "呼延澈", "造林工程验收降低标准", "中", "科室监控", "营林科科长　公西湄", "营林科逐块复核成活率。"],
    [3, "第一营林区", "营林区主任", "公西澜", "护林员考勤弄虚作假", "中", "个人自控", "本人", "护林员巡山轨迹每日上传。"],
    [3, "第一营林区", "营林区主任", "公西澜", "护林员考勤弄虚作假", "中", "科室监控", "营林科科长　公西湄", "营林科每月抽查巡山记录。"],
    [3, "第一营林区", "营林区主任", "公西澜", "护林员考勤弄虚作假", "中", "场级防控", "场长　呼延澈", "考勤结果与补助发放挂钩，场务会审定。"],
    [4, "第一营林区", "营林区主任", "公西澜", "抚育间伐木材私自变卖", "低", "个人自控", "本人", "间伐木材登记造册、统一入库。"],
    [4, "第一营林区", "营林区主任", "公西澜", "抚育间伐木材私自变卖", "低", "场级防控", "纪检员　公西沅", "木材销售款当日缴入场财务。"],
    ["注：每个风险点按个人自控、科室监控、场级防控三级管控，执行人负责落实该级管控措施。", None, None, None, None, None, None, None, None],
]  # fmt: skip
FARM_MERGES = [
    "A3:A4", "E3:E4", "F3:F4", "A5:A6", "E5:E6", "F5:F6", "B3:B6", "C3:C6", "D3:D6",
    "A7:A9", "E7:E9", "F7:F9", "A10:A11", "E10:E11", "F10:F11", "B7:B11", "C7:C11", "D7:D11",
    "A12:I12",
]  # fmt: skip


def _farm_read(got) -> None:
    assert posts(got) == [
        ("场领导", "场长", "呼延澈", "领导岗位"),
        ("第一营林区", "营林区主任", "公西澜", "中层岗位"),
    ]
    assert levels(got) == {
        "林木采伐指标分配暗箱操作": "Ⅰ级",
        "造林工程验收降低标准": "Ⅱ级",
        "护林员考勤弄虚作假": "Ⅱ级",
        "抚育间伐木材私自变卖": "Ⅲ级",
    }
    got_m = measures(got)
    assert got_m["护林员考勤弄虚作假"] == (
        "个人自控（执行人：本人）：护林员巡山轨迹每日上传。\n"
        "科室监控（执行人：营林科科长　公西湄）：营林科每月抽查巡山记录。\n"
        "场级防控（执行人：场长　呼延澈）：考勤结果与补助发放挂钩，场务会审定。"
    )
    assert got_m["林木采伐指标分配暗箱操作"].startswith("个人自控（执行人：本人）：采伐指标")
    # the 执行人 are no holders: 场长 呼延澈 acts on 公西澜's point, it stays 公西澜's
    held = dict(zip(got.risks["risk_point"], got.risks["person"], strict=True))
    assert held["护林员考勤弄虚作假"] == "公西澜"
    assert "公西沅" not in set(got.posts["person"]) and "公西湄" not in set(got.posts["person"])


def test_a_forest_farms_sub_rows_by_tier_keep_the_tier_and_the_doer(tmp_path):
    got = run(tmp_path, {"管控表": FARM}, {"管控表": FARM_MERGES})
    _farm_read(got)
    said = issue(got, "MEASURES_BY_CONTROL_TIER")
    assert len(said) == 1 and said["cell"].iloc[0] == "G2"
    msg = said["message"].iloc[0]
    assert "“管控层级”“执行人”" in msg and "场级防控（执行人：纪检员　公西沅）：指标分配" in msg
    assert "不是风险点的责任人" in msg and said["severity"].iloc[0] == "info"
    assert "MEASURE_DOER_NO_MEASURE" not in codes(got)
    assert not {"ROW_UNPLACED", "POINT_BLANK", "FORM_NO_PERSON"} & codes(got)


def test_the_forest_farms_list_as_an_ods_copy(tmp_path):
    # (an .ods copy carries values only: the 序号, the holder, the point and its level written on
    # every sub-row, as WPS's '取消合并并填充' leaves them)
    inbox = tmp_path / "inbox"
    write_ods(inbox / "林场.ods", {"管控表": FARM})
    got = _collect(inbox)
    _farm_read(got)
    assert len(issue(got, "MEASURES_BY_CONTROL_TIER")) == 1


# --------------------------------------------------------------------------- a 水文站's list

HYDRO = [
    ["某县水文站廉政风险防控清单", None, None, None, None, None, None, None, None],
    ["序号", "科室", "岗位", "责任人", "风险点", "风险等级", "防控层级", "落实责任人", "防控措施"],
    [1, None, "站长", "上官沣", "水文监测设备采购指定品牌", "一级", "岗位自控", "本人", "设备采购三家比价、集体决定。"],
    [None, None, None, None, None, None, "单位防控", "纪检委员　欧阳潇", "采购合同签订前纪检委员审核。"],
    [2, "王家渡测站", "测站长", "欧阳澄", "外业测验补助虚报人次", "二级", "岗位自控", "本人", "外业测验人员逐次签到。"],
    [None, None, None, None, None, None, "站所监控", "站长　上官沣", "站长每季度核对测验记录与补助表。"],
    [3, "王家渡测站", "测站长", "欧阳澄", "水文资料对外提供收取好处", "三级", "岗位自控", "本人", "资料提供登记审批。"],
]  # fmt: skip
HYDRO_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6"]  # fmt: skip


def test_a_hydrology_stations_tiers_beside_its_own_holder_column(tmp_path):
    got = run(tmp_path, {"清单": HYDRO}, {"清单": HYDRO_MERGES})
    # the 站长 of the 水文站 heads the unit; the 测站长 heads a 测站, a part of it (as before)
    assert posts(got) == [
        ("", "站长", "上官沣", "领导岗位"),
        ("王家渡测站", "测站长", "欧阳澄", "中层岗位"),
    ]
    got_m = measures(got)
    assert got_m["外业测验补助虚报人次"] == (
        "岗位自控（落实责任人：本人）：外业测验人员逐次签到。\n"
        "站所监控（落实责任人：站长　上官沣）：站长每季度核对测验记录与补助表。"
    )
    assert got_m["水文资料对外提供收取好处"] == "岗位自控（落实责任人：本人）：资料提供登记审批。"
    assert "欧阳潇" not in set(got.posts["person"])
    assert len(issue(got, "MEASURES_BY_CONTROL_TIER")) == 1


# --------------------------------------------------------------------------- a 养护站's phase rows

ROADS = [
    ["某县公路养护站岗位廉政风险排查表", None, None, None, None, None, None, None, None],
    ["序号", "班组", "岗位", "姓名", "廉政风险点", "风险等级", "防控阶段", "落实人", "防控措施"],
    [1, "站领导", "站长", "慕容霁", "养护材料采购虚报数量", "高", "事前", "本人", "采购计划站务会研究。"],
    [None, None, None, None, None, None, "事中", "会计　司空湛", "到货数量两人清点签字。"],
    [None, None, None, None, None, None, "事后", "纪检员　司空沄", None],
    [2, "养护一班", "班长", "司空翎", "临时用工虚列人数", "中", "事前", "本人", "用工人数报站长审批。"],
    [None, None, None, None, None, None, "事后", "站长　慕容霁", "工资按实名发放到卡。"],
]  # fmt: skip
ROADS_MERGES = ["A3:A5", "B3:B5", "C3:C5", "D3:D5", "E3:E5", "F3:F5", "A6:A7", "B6:B7", "C6:C7", "D6:D7", "E6:E7", "F6:F7"]  # fmt: skip


def test_a_maintenance_stations_phase_rows_with_doers_and_one_doer_without_a_measure(tmp_path):
    got = run(tmp_path, {"排查表": ROADS}, {"排查表": ROADS_MERGES})
    # the 站长 heads the 养护站; the 养护一班's 班长 is staff, as before
    assert posts(got) == [
        ("站领导", "站长", "慕容霁", "领导岗位"),
        ("养护一班", "班长", "司空翎", "一般岗位"),
    ]
    got_m = measures(got)
    assert got_m["养护材料采购虚报数量"] == (
        "事前（落实人：本人）：采购计划站务会研究。\n事中（落实人：会计　司空湛）：到货数量两人清点签字。"
    )
    assert got_m["临时用工虚列人数"].endswith("事后（落实人：站长　慕容霁）：工资按实名发放到卡。")
    said = issue(got, "MEASURES_BY_CONTROL_TIER")
    assert len(said) == 1 and "环节和落实人" in said["message"].iloc[0]
    warned = issue(got, "MEASURE_DOER_NO_MEASURE")
    assert len(warned) == 1 and warned["cell"].iloc[0] == "H5"
    assert warned["severity"].iloc[0] == "warning" and "纪检员　司空沄" in warned["message"].iloc[0]
    assert "司空沄" not in set(got.posts["person"]) and "司空湛" not in set(got.posts["person"])


# ------------------------------------------------- later, in other words again: a 公路管理所's list

BRIDGES = [
    ["某县公路管理所廉政风险分级防控表", None, None, None, None, None, None, None, None],
    ["序号", "股室", "岗位", "姓名", "风险点", "风险等级", "防控层级", "落实人（职务、姓名）", "防控措施"],
    [1, "所领导", "所长", "独孤湉", "桥梁维修工程量虚增", "高", "1.本岗自控", "本人", "工程量现场丈量留影像。"],
    [1, "所领导", "所长", "独孤湉", "桥梁维修工程量虚增", "高", "3.所领导 把关", "纪检员　令狐沄", "结算前纪检员复核。"],
    [2, "养护股", "股长", "令狐淇", "养护材料出库不登记", "中", "1.本岗自控", "本人", "出库逐笔登记签字。"],
    [2, "养护股", "股长", "令狐淇", "养护材料出库不登记", "中", "2.股室　监控", "副股长　令狐澈", "每月盘库一次。"],
]  # fmt: skip
BRIDGES_MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4",
                  "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:E6", "F5:F6"]  # fmt: skip


def test_numbered_spaced_tiers_a_bodys_leaders_tier_and_a_doer_heading_with_a_note(tmp_path):
    # '1.本岗自控', '3.所领导 把关', '2.股室　监控': the number and spaces aside; the heading's
    # note of what its cells write ('（职务、姓名）') no part of the doer's label
    got = run(tmp_path, {"防控表": BRIDGES}, {"防控表": BRIDGES_MERGES})
    assert measures(got) == {
        "桥梁维修工程量虚增": "本岗自控（落实人：本人）：工程量现场丈量留影像。\n"
        "所领导把关（落实人：纪检员　令狐沄）：结算前纪检员复核。",
        "养护材料出库不登记": "本岗自控（落实人：本人）：出库逐笔登记签字。\n"
        "股室监控（落实人：副股长　令狐澈）：每月盘库一次。",
    }
    assert len(issue(got, "MEASURES_BY_CONTROL_TIER")) == 1
    assert set(got.posts["person"]) == {"独孤湉", "令狐淇"}


def test_doer_headings_in_other_words(tmp_path):
    # '执行人员' (a heading of people), '措施执行人' (a heading of measures, whose doers had been
    # joined into the measures as if measures themselves)
    for i, head in enumerate(("执行人员", "措施执行人")):
        rows = [list(r) for r in BRIDGES]
        rows[1][7] = head
        got = run(tmp_path / str(i), {"防控表": rows}, {"防控表": BRIDGES_MERGES})
        assert measures(got)["养护材料出库不登记"] == (
            f"本岗自控（{head}：本人）：出库逐笔登记签字。\n股室监控（{head}：副股长　令狐澈）：每月盘库一次。"
        ), head
    # a plain list's '措施执行人' beside its measures: the doers are no measures (as '落实人')
    rows = [
        ["序号", "股室", "岗位", "姓名", "风险点", "措施执行人", "防控措施"],
        [1, "所领导", "所长", "独孤湉", "桥梁维修工程量虚增", "纪检员　令狐沄", "结算前纪检员复核。"],
        [2, "养护股", "股长", "令狐淇", "养护材料出库不登记", "副股长　令狐澈", "每月盘库一次。"],
    ]  # fmt: skip
    got = run(tmp_path / "plain", {"防控表": rows})
    assert measures(got) == {
        "桥梁维修工程量虚增": "结算前纪检员复核。",
        "养护材料出库不登记": "每月盘库一次。",
    }
    assert not NEW & codes(got) and set(got.posts["person"]) == {"独孤湉", "令狐淇"}


# --------------------------------------------------------------------------- near-misses


def test_phase_rows_with_no_doer_read_as_before(tmp_path):
    rows = [[r[c] for c in (0, 1, 2, 3, 4, 5, 6, 8)] for r in ROADS]
    rows[4][7] = "验收结果站内公示。"
    got = run(tmp_path, {"排查表": rows}, {"排查表": ROADS_MERGES})
    assert measures(got)["养护材料采购虚报数量"] == (
        "事前：采购计划站务会研究。\n事中：到货数量两人清点签字。\n事后：验收结果站内公示。"
    )
    assert not NEW & codes(got)


def test_a_doer_column_with_no_tier_or_stage_column_reads_as_before(tmp_path):
    rows = [
        ["某县公路养护站岗位廉政风险排查表", None, None, None, None, None, None],
        ["序号", "班组", "岗位", "姓名", "廉政风险点", "防控措施", "落实人"],
        [1, "站领导", "站长", "慕容霁", "养护材料采购虚报数量", "采购计划站务会研究。", "会计　司空湛"],
        [2, "养护一班", "班长", "司空翎", "临时用工虚列人数", "工资按实名发放到卡。", "站长　慕容霁"],
    ]  # fmt: skip
    got = run(tmp_path, {"排查表": rows})
    assert measures(got) == {
        "养护材料采购虚报数量": "采购计划站务会研究。",
        "临时用工虚列人数": "工资按实名发放到卡。",
    }
    assert list(got.posts["person"]) == ["慕容霁", "司空翎"] and not NEW & codes(got)


def test_a_posts_tier_column_stays_the_posts_tier(tmp_path):
    rows = [
        ["某县国有林场岗位廉政风险防控表", None, None, None, None, None, None],
        ["序号", "部门", "职务", "姓名", "岗位层级", "廉政风险点", "防控措施"],
        [1, "场领导", "场长", "呼延澈", "领导岗位", "林木采伐指标分配暗箱操作", "集体研究。"],
        [2, "营林科", "科长", "公西湄", "中层岗位", "造林验收降低标准", "逐块复核。"],
        [3, "营林科", "技术员", "公西澜", "一般岗位", "苗木数量虚报", "两人清点。"],
    ]  # fmt: skip
    got = run(tmp_path, {"防控表": rows})
    assert [t for *_, t in posts(got)] == ["领导岗位", "中层岗位", "一般岗位"]
    assert measures(got)["造林验收降低标准"] == "逐块复核。" and not NEW & codes(got)


def test_the_codes_are_catalogued_in_chinese():
    for code in NEW:
        severity, template = CATALOGUE[code]
        assert SHORT[code] and ITEMS[code] == "防控措施"
        assert not any("a" <= ch <= "z" for ch in template.replace("{field}", "").replace(
            "{value}", "").replace("{what}", "").replace("{doers}", ""))  # fmt: skip
    assert CATALOGUE["MEASURES_BY_CONTROL_TIER"][0] == "info"
    assert CATALOGUE["MEASURE_DOER_NO_MEASURE"][0] == "warning"
