"""A column of cases told as stories — ``典型案例``, ``警示案例``, ``以案说险``, ``违纪违法典型案例``, or
``防控措施 | 典型案例`` under a heading across (``风险防控``) — beside the measures of a list is none of
the row's fields: never the point, never the measures, no part of the measures; it is set aside,
said once a column at its heading (info CASE_COLUMN_SET_ASIDE), and the point and the measures are
read from their own columns. Before, the reader's guess by contents took such a column for the
point where the point's heading is unusual (``廉政隐患``: the case, the longest text left of the
measures, won), for the measures where theirs is (``工作要求``), and joined it into the measures
under a heading across (batch1024's 自然资源局). Not that batch's words: a 县卫生健康局's list of
``主要问题`` with ``以案说险`` and ``管控措施``, 一级/二级/三级; a 县税务局's two-row header with
``风险防控`` over ``防控措施 | 警示案例``, Ⅰ级/Ⅱ级; a 县粮食局's ``违纪违法典型案例`` beside ``工作要求``;
and the near-misses (``以案促改措施`` and ``典型案例及防控措施`` are measures; no case column, no
note).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.columns import heading_role, names_a_case
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("person"), d["risk_point"], d["risk_level"], d["measures"]))
    return got, [(i.code, i.cell) for i in r.issues]


HEALTH = [
    ["某县卫生健康局岗位廉政风险排查表", None, None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "主要问题", "风险级别", "以案说险", "管控措施"],
    [1, "医政医管股", "股长", "钟离翾", "医疗机构校验放宽标准", "一级",
     "2023年，某市卫健委一科长收受民营医院好处，为不达标机构通过校验，被开除党籍。",
     "校验两人现场核查，结果公示。"],
    [2, "医政医管股", "股长", "钟离翾", "医疗纠纷调解偏袒一方", "二级",
     "某区卫健局工作人员接受患者家属宴请后出具偏向性意见，被给予警告处分。",
     "调解意见集体研究。"],
    [3, "财务股", "会计", "闻人沅", "专项资金拨付不按进度", "三级",
     "某县卫健局会计挪用公卫专项资金12万元，被开除公职并移送司法机关。",
     "拨付按进度审核，两人签字。"],
]  # fmt: skip


def test_case_column_beside_measures_is_no_point(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": HEALTH})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("钟离翾", "医疗机构校验放宽标准", "Ⅰ级", "校验两人现场核查，结果公示。"),
        ("钟离翾", "医疗纠纷调解偏袒一方", "Ⅱ级", "调解意见集体研究。"),
        ("闻人沅", "专项资金拨付不按进度", "Ⅲ级", "拨付按进度审核，两人签字。"),
    ])  # fmt: skip
    assert ("CASE_COLUMN_SET_ASIDE", "G2") in issues
    assert [c for c, _ in issues].count("CASE_COLUMN_SET_ASIDE") == 1
    # the point is guessed from the unusual '主要问题', not the case
    assert ("COLUMN_GUESSED", "E2") in issues and ("COLUMN_GUESSED", "G2") not in issues


TAX = [
    ["某县税务局廉政风险防控一览表", None, None, None, None, None, None, None],
    ["序号", "股室", "岗位", "责任人", "廉政风险点", "风险等级", "风险防控", None],
    [None, None, None, None, None, None, "防控措施", "警示案例"],
    [1, "征收管理股", "股长", "公冶澍", "违规办理延期缴纳税款", "Ⅰ级", "延期审批集体审议，结果留痕。",
     "某地税务干部收受企业礼金后违规批准延期缴税，被给予降级处分。"],
    [2, "征收管理股", "科员", "公冶琤", "发票领用核定随意放宽", "Ⅱ级", "核定标准公开，系统比对。",
     "某分局科员为亲友企业超量核定发票，被诫勉谈话。"],
]  # fmt: skip


def test_case_column_under_a_heading_across_is_no_part_of_the_measures(tmp_path):
    merges = [f"{c}2:{c}3" for c in "ABCDEF"] + ["G2:H2"]
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": TAX}, merges={"一览表": merges})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("公冶澍", "违规办理延期缴纳税款", "Ⅰ级", "延期审批集体审议，结果留痕。"),
        ("公冶琤", "发票领用核定随意放宽", "Ⅱ级", "核定标准公开，系统比对。"),
    ])  # fmt: skip
    assert ("CASE_COLUMN_SET_ASIDE", "H3") in issues  # (at its own sub-heading)


GRAIN = [
    ["某县粮食和物资储备局廉政风险清单", None, None, None, None, None, None],
    ["序号", "岗位", "姓名", "廉政风险点", "等级", "违纪违法典型案例", "工作要求"],
    [1, "仓储管理员", "濮阳湉", "储备粮轮换以陈顶新", "高",
     "某粮库保管员与粮商串通以陈粮顶替新粮，套取差价款，被开除党籍、开除公职。",
     "轮换出入库全程视频监控，质检两人签字。"],
    [2, "仓储管理员", "濮阳湉", "出入库数量虚报", "中",
     "某县粮站职工虚增入库数量骗取补贴，被给予记过处分。",
     "出入库数据每日与系统核对。"],
]  # fmt: skip


def test_case_column_is_never_the_measures(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": GRAIN})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("濮阳湉", "储备粮轮换以陈顶新", "Ⅰ级", "轮换出入库全程视频监控，质检两人签字。"),
        ("濮阳湉", "出入库数量虚报", "Ⅱ级", "出入库数据每日与系统核对。"),
    ])  # fmt: skip
    assert ("CASE_COLUMN_SET_ASIDE", "F2") in issues
    assert ("COLUMN_GUESSED", "G2") in issues  # ('工作要求' guessed as the measures, by position)


def test_case_headings():
    for label in ("典型案例", "警示案例", "案例", "以案说险", "以案示警", "案例警示", "风险防控典型案例",
                  "违纪违法典型案例", "廉政风险案例", "反面典型"):  # fmt: skip
        assert names_a_case(label), label
        assert heading_role(label).role == "other", label
    for label in (
        "以案促改措施",
        "典型案例及防控措施",
        "以案促改",
        "案例数",
        "防控措施",
        "廉政风险点",
    ):
        assert not names_a_case(label), label
    assert heading_role("以案促改措施").role == "measures"
    assert heading_role("典型案例及防控措施").role == "measures"


def test_near_misses_read_as_before(tmp_path):
    # '以案促改措施' is the measures, not a case column
    rows = [list(r) for r in GRAIN]
    rows[1] = ["序号", "岗位", "姓名", "廉政风险点", "等级", "备注", "以案促改措施"]
    for r in rows[2:]:
        r[5] = None
    path = write_workbook(tmp_path / "促改.xlsx", {"清单": rows})
    got, issues = _read(path)
    assert [m for *_, m in got] == [GRAIN[2][6], GRAIN[3][6]]
    assert "CASE_COLUMN_SET_ASIDE" not in [c for c, _ in issues]
    # a list with no case column at all: no note
    plain = [r[:5] + [r[6]] for r in GRAIN]
    plain[1][5] = "防控措施"
    path = write_workbook(tmp_path / "无案例.xlsx", {"清单": plain})
    got, issues = _read(path)
    assert [p for _, p, _, _ in got] == ["储备粮轮换以陈顶新", "出入库数量虚报"]
    assert "CASE_COLUMN_SET_ASIDE" not in [c for c, _ in issues]
    # a case column headed but left empty: nothing set aside, nothing said
    empty = [list(r) for r in HEALTH]
    for r in empty[2:]:
        r[6] = None
    path = write_workbook(tmp_path / "空.xlsx", {"排查表": empty})
    got, issues = _read(path)
    assert [p for _, p, _, _ in got] == [r[4] for r in HEALTH[2:]]
    assert "CASE_COLUMN_SET_ASIDE" not in [c for c, _ in issues]
