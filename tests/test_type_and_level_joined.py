"""A point's cell closing with BOTH its type and its level, each joined to it by a separator, in a
table with no type column and no level column: ``…——制度机制风险——二级`` (the level behind the type,
each after a dash), ``…｜岗位职责风险｜高`` and ``…/业务流程/Ⅱ级`` (a bar or a slash the same way),
``…【岗位职责｜高】`` (a bar inside one closing bracket). Both are read off the point: the level
as a level joined to the point (LEVEL_JOINED_TO_POINT, ``_joined_levels``), then the type that
closes the point once the level is off (info TYPE_AND_LEVEL_JOINED naming the first cell and the
number of points, ``_dash_types`` with ``both``). Before, the level was read and the type kept in
the point's words (``…——制度机制风险``, TABLE_NO_TYPE); a bar inside a bracket was read as neither
(LEVEL_BLANK).

Not the published batch's file (batch1014: a 县卫生健康局's ``…——思想道德风险——一级`` with dashes):
a 县自然资源局's list with bars, a 县住房和城乡建设局's with slashes and short types, a 县审计局's
with the pair in one 【】 bracket split by a bar. Near-misses read as before: the level first
(``…——二级——制度机制风险``, TYPE_AFTER_DASH as before), words before the level that are no type
(``…——审批环节——二级``: the level read, the words kept), a slash that is ``or`` between two
points' words (``审批/审核不严``), a type column already filled (its type wins).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

NEW = "TYPE_AND_LEVEL_JOINED"
HEAD = ["序号", "岗位", "姓名", "廉政风险点", "防控措施"]


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    cols = ["person", "risk_point", "risk_type", "risk_level"]
    return [tuple(r) for r in got.risks[cols].itertuples(index=False)]


def codes(got) -> set[str]:
    return set(got.issues["code"])


def table(title: str, cells: list[tuple], head=HEAD) -> list:
    rows = [[title] + [None] * (len(head) - 1), list(head)]
    rows += [[n, *row] for n, row in enumerate(cells, 1)]
    return rows


LAND = table("县自然资源局岗位廉政风险防控清单", [
    ("局长", "宇文翯", "土地出让底价泄露｜思想道德风险｜高", "底价集体确定，专人保管。"),
    ("耕保股股长", "拓跋沅", "占补平衡指标核验不实｜岗位职责风险｜中", "指标现场核验。"),
    ("测绘员", "宇文璆", "不动产测绘数据随意修改｜业务流程风险｜低", "测绘成果复核。"),
])  # fmt: skip
HOUSING = table("县住房和城乡建设局岗位廉政风险防控清单", [
    ("副局长", "澹台翊", "保障性住房分配暗箱操作/制度机制/Ⅰ级", "分配摇号，结果公示。"),
    ("质监站站长", "公冶瑆", "工程质量监督抽检走过场/岗位职责/Ⅱ级", "抽检双人到场。"),
    ("质监员", "公冶澍", "接受施工单位宴请/思想道德/Ⅱ级", "签订廉洁承诺书。"),
])  # fmt: skip
AUDIT = table("县审计局岗位廉政风险防控清单", [
    ("局长", "濮阳琤", "审计报告定性避重就轻【制度机制｜高】", "审计报告业务会审定。"),
    ("审计员", "濮阳沨", "审计取证接受被审计单位礼品【思想道德｜中】", "取证两人以上。"),
    ("审计员", "濮阳沨", "审计底稿记录不全【岗位职责｜低】", "底稿逐级复核。"),
])  # fmt: skip


def test_type_and_level_after_bars_are_read_off_the_point(tmp_path):
    got = run(tmp_path, LAND)
    assert read(got) == [
        ("宇文翯", "土地出让底价泄露", "思想道德风险", "Ⅰ级"),
        ("拓跋沅", "占补平衡指标核验不实", "岗位职责风险", "Ⅱ级"),
        ("宇文璆", "不动产测绘数据随意修改", "业务流程风险", "Ⅲ级"),
    ]
    assert {NEW, "LEVEL_JOINED_TO_POINT"} <= codes(got)
    assert not {"LEVEL_BLANK", "TABLE_NO_TYPE", "TYPE_AFTER_DASH"} & codes(got)
    info = got.issues[got.issues["code"] == NEW].iloc[0]
    assert info["cell"] == "D3" and "3个" in info["message"] and info["severity"] == "info"


def test_short_types_after_slashes_with_the_level(tmp_path):
    got = run(tmp_path, HOUSING)
    assert [(p, ty[:4], lv) for _w, p, ty, lv in read(got)] == [
        ("保障性住房分配暗箱操作", "制度机制", "Ⅰ级"),
        ("工程质量监督抽检走过场", "岗位职责", "Ⅱ级"),
        ("接受施工单位宴请", "思想道德", "Ⅱ级"),
    ]
    assert NEW in codes(got) and "TABLE_NO_TYPE" not in codes(got)


def test_type_and_level_split_by_a_bar_in_one_closing_bracket(tmp_path):
    got = run(tmp_path, AUDIT)
    assert [(p, ty[:4], lv) for _w, p, ty, lv in read(got)] == [
        ("审计报告定性避重就轻", "制度机制", "Ⅰ级"),
        ("审计取证接受被审计单位礼品", "思想道德", "Ⅱ级"),
        ("审计底稿记录不全", "岗位职责", "Ⅲ级"),
    ]
    assert not {"LEVEL_BLANK", "TABLE_NO_TYPE"} & codes(got)


def test_near_misses_read_as_before(tmp_path):
    # the level first, then the type: read as before (the type after the dash, then the level)
    first = table("县自然资源局岗位廉政风险防控清单", [
        ("局长", "宇文翯", "土地出让底价泄露——一级——思想道德风险", "底价集体确定。"),
        ("测绘员", "宇文璆", "不动产测绘数据随意修改——三级——业务流程风险", "成果复核。"),
    ])  # fmt: skip
    got = run(tmp_path / "a", first)
    assert [(p, lv) for _w, p, _t, lv in read(got)] == [
        ("土地出让底价泄露", "Ⅰ级"),
        ("不动产测绘数据随意修改", "Ⅲ级"),
    ]
    assert "TYPE_AFTER_DASH" in codes(got) and NEW not in codes(got)
    # words before the level that are no type: the level read, the words kept
    stage = table("县审计局岗位廉政风险防控清单", [
        ("局长", "濮阳琤", "审计报告定性——审定环节——一级", "业务会审定。"),
        ("审计员", "濮阳沨", "审计取证收礼——取证环节——二级", "取证两人以上。"),
    ])  # fmt: skip
    got = run(tmp_path / "b", stage)
    assert [(p, ty, lv) for _w, p, ty, lv in read(got)] == [
        ("审计报告定性——审定环节", "", "Ⅰ级"),
        ("审计取证收礼——取证环节", "", "Ⅱ级"),
    ]
    assert NEW not in codes(got)
    # a slash meaning 'or' inside the words, no level joined: nothing taken off
    plain = table("县住房和城乡建设局岗位廉政风险防控清单", [
        ("副局长", "澹台翊", "施工许可审批/审核不严", "集体审核。"),
        ("质监员", "公冶澍", "验收记录填写不实", "验收复核。"),
    ])  # fmt: skip
    got = run(tmp_path / "c", plain)
    assert [p for _w, p, _t, _l in read(got)] == ["施工许可审批/审核不严", "验收记录填写不实"]
    assert NEW not in codes(got)
    # a type column already filled: its type wins, the joined type goes where it says the same
    head = ["序号", "岗位", "姓名", "廉政风险点", "风险类型", "防控措施"]
    typed = table("县自然资源局岗位廉政风险防控清单", [
        ("局长", "宇文翯", "土地出让底价泄露——思想道德风险——一级", "思想道德风险", "底价集体确定。"),
        ("测绘员", "宇文璆", "测绘数据随意修改——业务流程风险——三级", "岗位职责风险", "成果复核。"),
    ], head)  # fmt: skip
    got = run(tmp_path / "d", typed)
    assert read(got) == [
        ("宇文翯", "土地出让底价泄露", "思想道德风险", "Ⅰ级"),
        ("宇文璆", "测绘数据随意修改——业务流程风险", "岗位职责风险", "Ⅲ级"),
    ]
    assert "TYPE_AFTER_DASH_DIFFERS" in codes(got)


def test_code_is_catalogued():
    assert NEW in CATALOGUE and NEW in SHORT
