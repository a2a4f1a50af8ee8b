"""A post-only list (对岗不对人: 科室 | 岗位 | 风险点 | …, no name column) whose posts are filled by a
shift roster grid on another sheet of the file: one row a shift, team or 片区 ('甲班', '第二组',
'东片区'), one column a post (its heading the list's post), a person a cell ('次仁（组长）': the
name). Each person of a post's column holds every point the list gives that post, a form each,
with an info naming the grid (POSTS_BY_ROTA_GRID: the rota reader's, a shift roster being a
rota whose rows are shifts, not periods). Before, the list was read as posts with no holder and
the grid left unread, silently: its row heading ('值别', '班别', '片区', '组别') was no period's
and a column of the shift's hours ('值班时间') beside the posts ended it.

The layouts here are not the published batch's (batch918's 水电站管理所 with 值长/主值班员/副值班员,
'值别' over '一值 | 二值 | 三值' and 一级/二级/三级): other units and sectors (a county's 供水公司
制水厂, a 城市管理局's 环卫所 and a 人民医院's 急诊科), other posts and names, 高/中/低, ★ and
Ⅰ/Ⅱ/Ⅲ levels, other row headings ('班别', '片区', '组别') and a column of no post beside
('备注', '值班时间'). The near-misses an ordinary file has are read as before: a grid of 科室 rows
(办公室 | 科长 | 副科长, a 科室 a row, one person a cell) and a shift grid whose columns are not
the list's posts (带班领导 | 值班员 beside a list of 站长 and 会计; one warning it was not used,
ROTA_GRID_POSTS_UNLISTED).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["title"], r["person"], r["risk_point"], r["risk_level"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


WATER = "XX县供水公司制水厂"
WATER_LIST = [
    [f"{WATER}岗位廉政风险清单"],
    ["序号", "班组", "岗位", "风险点", "风险等级", "防控措施"],
    [1, "制水班", "班长", "出厂水质检测数据随意改动", "高", "检测数据实时上传，班长、厂长复核。"],
    [2, "制水班", "班长", "药剂领用虚报冒领", "中", "药剂出入库台账月度盘点。"],
    [3, "制水班", "化验员", "水样抽检代做、漏做", "中", "抽检视频留存，质检科抽查。"],
    [4, "制水班", "泵房操作工", "设备故障隐瞒不报", "低", "故障即时登记，交接班核对。"],
    ["说明：本清单按岗位排查，各岗位人员见《倒班表》。"],
]  # fmt: skip


def test_shift_rows_fill_the_posts_of_a_list_on_another_sheet(tmp_path):
    # '班别 | 班长 | 化验员 | 泵房操作工 | 备注' over 甲班 … 丁班, a note in a cell ('（组长）')
    shifts = [
        [f"{WATER}四班三倒倒班表"],
        ["班别", "班长", "化验员", "泵房操作工", "备注"],
        ["甲班", "仝峤岚（组长）", "郦珩", "卓玛", "第一周白班"],
        ["乙班", "巴桑次仁", "仝澍", "郦澈岚", None],
        ["丙班", "次仁", "郦晗", "仝霁", "第一周夜班"],
        ["丁班", "郦峤", "扎西", "仝沅汐", None],
    ]
    got = run(tmp_path, {"清单": WATER_LIST, "倒班表": shifts}, {"清单": ["A1:F1"]})
    want = []
    for post, names, points in (
        ("班长", ["仝峤岚", "巴桑次仁", "次仁", "郦峤"],
         [("出厂水质检测数据随意改动", "Ⅰ级"), ("药剂领用虚报冒领", "Ⅱ级")]),
        ("化验员", ["郦珩", "仝澍", "郦晗", "扎西"], [("水样抽检代做、漏做", "Ⅱ级")]),
        ("泵房操作工", ["卓玛", "郦澈岚", "仝霁", "仝沅汐"], [("设备故障隐瞒不报", "Ⅲ级")]),
    ):  # fmt: skip
        want += [(post, n, pt, lv) for n in names for pt, lv in points]
    assert read(got) == sorted(want)
    assert len(got.posts) == 12
    said = got.issues[got.issues["code"] == "POSTS_BY_ROTA_GRID"]
    assert list(said["source_sheet"]) == ["倒班表"] and list(said["cell"]) == ["A2"]
    assert "仝峤岚、巴桑次仁、次仁、郦峤" in said["message"].iloc[0]


CITY = "XX市城市管理局环境卫生管理所"
CITY_LIST = [
    [f"{CITY}廉政风险防控一览表"],
    ["部门", "岗位", "廉政风险点", "风险等级", "防控措施"],
    ["作业科", "片区长", "保洁考核打分优亲厚友", "★★★", "考核结果公示，交叉检查。"],
    ["作业科", "巡查员", "发现问题不记录、收受好处", "★★", "巡查轨迹上传，问题闭环销号。"],
    ["注：本表对岗不对人。"],
]  # fmt: skip


def test_area_rows_fill_the_posts_the_grid_a_sheet_first(tmp_path):
    # '片区 | 片区长 | 巡查员' over 东片区 … 北片区, the grid the file's first sheet; a post cell
    # left '空缺' in one area
    areas = [
        ["片区", "片区长", "巡查员"],
        ["东片区", "茆沛霖", "茆瑾"],
        ["西片区", "隗骁", "空缺"],
        ["南片区", "茆澜", "隗泓"],
        ["北片区", "隗芃", "茆霆"],
    ]
    got = run(tmp_path, {"片区责任表": areas, "一览表": CITY_LIST}, {"一览表": ["A1:E1"]})
    want = [
        ("片区长", n, "保洁考核打分优亲厚友", "Ⅰ级") for n in ("茆沛霖", "隗骁", "茆澜", "隗芃")
    ]
    want += [("巡查员", n, "发现问题不记录、收受好处", "Ⅱ级") for n in ("茆瑾", "隗泓", "茆霆")]
    assert read(got) == sorted(want)
    assert "POSTS_BY_ROTA_GRID" in codes(got)


HOSPITAL = "XX县人民医院急诊科"


def test_team_rows_with_a_time_column_fill_the_posts(tmp_path):
    # '组别 | 值班医师 | 值班护士 | 值班时间' over 第一组 … 第三组, Ⅰ/Ⅱ/Ⅲ levels
    listed = [
        [f"{HOSPITAL}岗位廉政风险排查表"],
        ["序号", "科室", "岗位", "风险点", "风险级别", "防控措施"],
        [1, "急诊科", "值班医师", "违规开具大处方、搭车开药", "Ⅰ", "处方点评，超量处方系统拦截。"],
        [2, "急诊科", "值班护士", "收受患者红包", "Ⅲ", "签订拒收红包承诺书，患者回访。"],
    ]  # fmt: skip
    teams = [
        ["组别", "值班医师", "值班护士", "值班时间"],
        ["第一组", "宓璟澄", "宓芷", "8:00—16:00"],
        ["第二组", "甄昊", "甄沐", "16:00—24:00"],
        ["第三组", "宓沣", "甄滢", "0:00—8:00"],
    ]
    got = run(tmp_path, {"排查表": listed, "排班表": teams}, {"排查表": ["A1:F1"]})
    want = [("值班医师", n, "违规开具大处方、搭车开药", "Ⅰ级") for n in ("宓璟澄", "甄昊", "宓沣")]
    want += [("值班护士", n, "收受患者红包", "Ⅲ级") for n in ("宓芷", "甄沐", "甄滢")]
    assert read(got) == sorted(want)


def test_a_grid_of_departments_is_read_as_before(tmp_path):
    # '科室 | 科长 | 副科长' over 办公室 / 财务科: a 科室 a row, one holder a cell, not shifts
    listed = [
        ["XX县水利局股室岗位风险点表"],
        ["科室", "岗位", "风险点", "风险等级", "防控措施"],
        ["办公室", "科长", "公务接待超标准", "中", "接待清单审批。"],
        ["财务科", "科长", "违规报销", "高", "报销三级审核。"],
        ["财务科", "副科长", "票据审核不严", "低", "票据复核。"],
    ]  # fmt: skip
    grid = [
        ["科室", "科长", "副科长"],
        ["办公室", "邬砚", "邬舟"],
        ["财务科", "邬澄", "邬岚"],
    ]
    got = run(tmp_path, {"风险点": listed, "人员": grid})
    assert not {"POSTS_BY_ROTA_GRID", "ROTA_GRID_POSTS_UNLISTED"} & codes(got)
    assert read(got) == sorted([
        ("科长", "邬砚", "公务接待超标准", "Ⅱ级"),
        ("科长", "邬澄", "违规报销", "Ⅰ级"),
        ("副科长", "邬岚", "票据审核不严", "Ⅲ级"),
    ])  # fmt: skip


def test_a_shift_grid_of_other_posts_leaves_the_list_post_only(tmp_path):
    # a 值班表 of '带班领导 | 值班员' beside a list of 站长 and 会计: no post of the list's
    listed = [
        ["XX乡农业服务站廉政风险点一览表"],
        ["岗位", "风险点", "风险等级", "防控措施"],
        ["站长", "项目资金分配不公", "高", "集体研究，公示。"],
        ["会计", "公款私存", "中", "账户月度对账。"],
    ]  # fmt: skip
    duty = [
        ["班次", "带班领导", "值班员"],
        ["一班", "阙濛", "阙霖"],
        ["二班", "阙沄", "阙珂"],
        ["三班", "阙渝", "阙骞"],
    ]
    got = run(tmp_path, {"一览表": listed, "值班表": duty})
    assert "POSTS_BY_ROTA_GRID" not in codes(got)
    # the names grid not used, said once at its heading (ROTA_GRID_POSTS_UNLISTED)
    said = got.issues[got.issues["code"] == "ROTA_GRID_POSTS_UNLISTED"]
    assert list(said["source_sheet"]) == ["值班表"] and list(said["cell"]) == ["A1"]
    assert list(said["severity"]) == ["warning"] and "带班领导、值班员" in said["message"].iloc[0]
    assert sorted(zip(got.risks["title"], got.risks["person"], strict=True)) == [
        ("会计", ""), ("站长", "")
    ]  # fmt: skip


def test_what_the_hundred_and_twenty_ninth_review_found_a_holiday_duty_calendar(tmp_path):
    """A 节假日值班表 on a sheet of its own, a day a row ('1月28日（除夕） | 带班领导 | 值班员 |
    联系电话'), beside the post-only list: an ordinary duty calendar, no staffing of anyone's
    posts, had warned ROTA_GRID_POSTS_UNLISTED (a rota not used). A grid whose rows are days
    (月日, a full date, 星期/周) is no rota of posts: no warning, the list as before. A grid of
    shifts beside it still warns (``test_a_shift_grid_of_other_posts…`` above)."""
    duty = [
        [f"{WATER}2025年春节期间值班安排表"],
        ["日期", "带班领导", "值班员", "联系电话"],
        ["1月28日（除夕）", "仝峤岚", "郦珩", "13800000000"],
        ["1月29日（初一）", "巴桑次仁", "仝澍", "13800000001"],
        ["1月30日（初二）", "次仁", "郦晗", "13800000002"],
        ["2025年1月31日", "郦峤", "扎西", "13800000003"],
    ]
    got = run(tmp_path, {"清单": WATER_LIST, "值班表": duty}, {"清单": ["A1:F1"]})
    assert not {"POSTS_BY_ROTA_GRID", "ROTA_GRID_POSTS_UNLISTED"} & codes(got)
    assert [p for _, p, _, _ in read(got)] == ["", "", "", ""]
