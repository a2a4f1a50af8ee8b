"""The hundred-and-eighteenth batch of published layouts (tests/published/batch118.py): eight ordinary
personal forms of bodies no earlier batch drew on, all in an invented 如皋县 — a 档案馆 档案管理员's 附件4, a
测绘地理信息中心 主任's 附件2, a 图书馆 采编员's 防控卡, a 粮油储备库 保管员's 自查表 with spaced labels and a
``表现形式`` column, a 水文站 测验股 股长's 登记表 with the name last on its line, a 镇 畜牧兽医站 动物检疫员's
防控卡 under ``所在站所``, a 储备粮管理中心 驻库监管员's 承诺书, and a 农业农村局 动物卫生监督分所's 附件3
(``python tests/published/score.py --set batch118``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at fdf0a06 (main's newest commit when the batch was done):
forms 1.000 (8/8), recall 1.000 (37/37), precision 1.000 (37/37), levels 1.000 (37/37), types
1.000 (37/37), noise 0; with --strict the same: forms 1.000 (8/8), recall 1.000 (37/37), precision
1.000 (37/37), levels 1.000 (37/37), types 1.000 (37/37), noise 0. The eight files are .xlsx only.
Missed: nothing.

Read right: every holder, 科室, post, point, level and type — the 附件4's ``利用服务科 档案管理员`` split
at the space under ``单位(盖章)``; the 附件2's 分管工作 merged over two groups and its ``“三重一大”方面``
rows; the 防控卡's ``部门``/``岗位``/``填卡日期`` pairs and Ⅰ级/Ⅱ级/Ⅲ级 with no type column; the 自查表's
spaced labels, ``所在部门``, short 风险点 beside ``表现形式`` and ``自查情况`` answers (no point); the
登记表's name last on its line and 一级/二级/三级; the 镇 card's ``所在站所 | 畜牧兽医站`` under
``单位:如皋县芦湾镇人民政府`` and its ``备注`` (no point); the 承诺书's pledge (no point) and
``承诺人:``; the 附件3's 分所 as the 局's 科室.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch118 import GAP, LAYOUTS, ORDINAL, PLACE, ROMAN, TOWN, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **ROMAN, **ORDINAL}
BATCH = Batch(118, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
UNTYPED = {"library_cataloguer_card", "grain_reserve_monitor_pledge"}
ANNEX = {
    "survey_center_director_annex2": "leader",
    "vet_supervision_branch_annex3": "middle",
    "archives_clerk_annex4": "general",
}


def test_batch118_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), sees=117, unit_words=(PLACE[:2],), new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith(PLACE) for u in units)


def test_batch118_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=())
    for lay in LAYOUTS:  # one holder, one form a file
        assert len(lay["truth"]) == 1 and lay["truth"][0]["person"], lay["name"]
    for name, tier in ANNEX.items():
        f = BATCH.form(name)
        assert f["tier"] == tier, name
        assert (f["department"] == "") == (tier == "leader"), name
        assert (f["title"] == "") == (tier == "middle"), name
    tiers = {f["title"]: f["tier"] for lay in LAYOUTS if lay["name"] not in ANNEX
             for f in lay["truth"]}  # fmt: skip
    assert tiers.pop("股长") == "middle"
    assert set(tiers.values()) == {"general"}


def test_batch118_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch118_fields_above_the_tables():
    f = BATCH.form("grain_depot_keeper_selfcheck")
    rows = BATCH.filled("grain_depot_keeper_selfcheck")
    assert rows[1][0] == f"姓{GAP}{GAP}名" and rows[1][2] == f["person"]
    assert rows[1][3:] == ["所在部门", f["department"], f"岗{GAP}{GAP}位", f["title"]]
    f = BATCH.form("hydrology_station_chief_register")
    assert BATCH.filled("hydrology_station_chief_register")[1] == [
        "科室", f["department"], "职务", f["title"], "姓名", f["person"]]  # fmt: skip
    f = BATCH.form("town_vet_station_card")
    rows = BATCH.filled("town_vet_station_card")
    assert f["unit"] == f"{PLACE}{TOWN}人民政府" and rows[1][0] == f"单位:{f['unit']}"
    assert rows[2] == ["姓名", f["person"], "所在站所", f["department"], "岗位", f["title"]]
    f = BATCH.form("vet_supervision_branch_annex3")
    rows = BATCH.filled("vet_supervision_branch_annex3")
    assert rows[2][0] == f"单位(盖章):{f['unit']}" and rows[3][:4] == [
        "科室", f["department"], "负责人", f["person"]]  # fmt: skip
    f = BATCH.form("archives_clerk_annex4")
    assert BATCH.filled("archives_clerk_annex4")[3][3] == f"{f['department']} {f['title']}"
    f = BATCH.form("grain_reserve_monitor_pledge")
    rows = BATCH.filled("grain_reserve_monitor_pledge")
    assert rows[-1][:2] == ["承诺人:", f["person"]] and rows[-2][0].startswith("本人承诺")


def test_hundred_and_eighteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
