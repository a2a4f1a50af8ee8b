"""The forty-ninth batch of published layouts (tests/published/batch49.py): nine ordinary tables as
city, county and district bodies put them on their websites — a 共青团XX县委员会 一览表 with ``部室``
(``班子成员`` first) and one type cell ``思想道德、岗位职责``, a 市地震局 排查表 对岗不对人 with
``科室（单位）`` (a 震害防御中心 and a 地震台 among the 科室), a ``工作事项`` column and a trailing
``责任领导`` column of names, a 县科学技术协会 责任清单 with no post column and ``责任股室 | 责任人``
trailing, a 区人民政府侨务办公室 自查汇总表 with ``科室 | 职务 | 姓名 | 主要职责 | 风险点描述``, a 区档案馆
防控表 with the holder's ``责任人`` between 岗位 and a short 风险点 beside its 风险描述 (Ⅰ级/Ⅱ级/Ⅲ级),
a 市民族宗教事务局 一览表 对岗不对人 with a ``权力事项`` column and a ``备注`` of ``2025年新增``, a
区慈善总会 一览表 with ``风险级别`` written ``高风险``/``中风险``/``低风险``, a 区烟草专卖局 防控表 with
a trailing ``监督责任人`` column of names beside 姓名 — and one harder: a 县地方志编纂中心 排查表 with
a two-row heading (``岗位信息`` over 科室/岗位/姓名, ``风险类型`` over the five types ticked ``√``),
the leaders' 科室 written ``/`` and a ``合计`` line (``python tests/published/score.py --set
batch49``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at d76f521: forms 1.000 (45/45), recall 1.000 (59/59),
precision 1.000 (59/59), levels 1.000 (59/59), types 1.000 (59/59), noise 0; with --strict the
same (forms 1.000, 45/45: every named holder's form found has the truth's 科室 and post). Missed:
none — no point, form, level or type of the nine layouts was missed or invented.

Not scored (from posts.csv, risks.csv and issues.csv of the same run):

- ``gazetteer_ticked_types``: the five tick columns under the merged ``风险类型`` (F3:J3, sub-heads
  F4:J4 ``思想道德 | 制度机制 | 岗位职责 | 业务流程 | 外部环境``) give the right types, but two of them
  are also read as other fields: column H (sub-head ``岗位职责``) as the post's duty — ``duty`` is
  ``√`` on the rows ticking 岗位职责 (rows 6, 10, 11) — and column I (``业务流程``) as the workflow
  (``workflow`` ``√`` on row 8); columns F and G get COLUMN_GUESSED (info) “表头“风险类型思想道德”…按内容
  判断为“其他””. The sub-heads are judged one by one as headings of their own before the tick group is
  seen; the 编辑 is left without a tier (truth general);
- units: ``youth_league_dept_rooms`` gets unit ``附件共青团XX县委员会`` — A1 is a bare ``附件`` (no
  number), which the annex pattern (``附件`` + a numeral) does not set aside, so it is joined to the
  title A2 ``共青团XX县委员会岗位廉政风险防控一览表``; ``charity_federation_suffixed_levels``
  (``XX区慈善总会…``) and ``science_association_trailing_holder`` (``XX县科学技术协会…``) get unit ""
  (neither 慈善总会 nor 科学技术协会 ends a unit ``unit_in_title`` knows; ``split_unit_title`` cuts at
  the place, ``XX区`` / ``XX县``); ``overseas_affairs_post_then_name`` gets ``XX区人民政府`` (title
  ``XX区人民政府侨务办公室…`` is cut at 人民政府, 侨务办公室 taken as a department);
- tiers: the 团县委's ``书记`` and ``副书记`` (truth leader) are left blank; the 侨办's ``办领导`` 主任 and
  副主任 (truth leader) are read 中层岗位; the 地震台's ``台长`` (truth middle) is left blank; the 烟草's
  ``客户经理`` (truth general) is read 中层岗位 (``经理``);
- issues: only info — TABLE_NO_TYPE on the four sheets without a type column, the two
  COLUMN_GUESSED above, FILE_SKIPPED for truth.json.

Read right: the harder one's two-row heading (``岗位信息`` and ``风险类型`` groups, ``序号``/
``廉政风险点``/``风险等级``/``防控措施`` merged down both rows), the ticks as types (one row with two),
the leaders' ``/`` 科室 (forms with no department, 领导岗位), the 填报单位（盖章）/填报时间 line and the
``合计`` line set aside; ``部室`` with ``班子成员``; ``思想道德、岗位职责`` as two types; ``科室（单位）``
with a 中心 and a 地震台 as departments, ``工作事项`` / ``权力事项`` / ``主要职责`` kept as the duty, not
the point; the trailing ``责任领导`` (merged over several 科室) as watchers over 对岗不对人 rows, and
the trailing ``监督责任人`` beside 姓名 as watchers (strict too); ``责任股室 | 责任人`` trailing with
no post column as department and holder; ``职务`` before ``姓名``; the ``责任人`` between 岗位 and a short
风险点 (the 风险描述 exported as the description); ``风险类别`` written ``…风险``; Ⅰ级/Ⅱ级/Ⅲ级,
一级/二级/三级 and ``高风险``/``中风险``/``低风险``; the ``备注`` of ``2025年新增``; the 附件, 填报时间,
单位负责人/填表人 and 注 lines.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch49 import LAYOUTS, NO_DEPT, ORDINAL, PREFIX, ROMAN, SUFFIXED, TICK, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

BATCH = Batch(49, LAYOUTS, build)
BY_NAME = BATCH.by_name
HARDER = {"gazetteer_ticked_types"}
TYPED = {
    "gazetteer_ticked_types",
    "youth_league_dept_rooms",
    "archives_holder_before_point",
    "charity_federation_suffixed_levels",
    "tobacco_district_supervisors",
}
POST_ONLY = {"quake_bureau_units_post_only", "ethnic_affairs_power_items"}
NO_POST = {"science_association_trailing_holder"}


def _heading(name, first="序号", sheet=0):
    return next(row for row in BATCH.sheet(name, sheet)["rows"] if row and row[0] == first)


def _risks(name):
    return [r["risk_point"] for r in BATCH.points(name)]


def _merges_in(name, col):
    sh = BATCH.sheet(name)
    return [(r0, r1) for r0, c0, r1, c1 in sh["merges"] if c0 == col == c1 and r1 > r0]


def test_batch49_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)
    assert PREFIX == "b49_"


def test_batch49_truth_is_self_consistent():
    truth = BATCH.truth_is_self_consistent(
        nobody=POST_ONLY,
        untitled=NO_POST,
        whole_fields=True,
        tier_by_post=True,
        known_by=("title", "department"),
    )
    assert not any(f["department"] == NO_DEPT for f in truth["forms"])


def test_batch49_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch49_gazetteer_two_row_heading_and_ticks():
    name = "gazetteer_ticked_types"
    rows = BATCH.sheet(name)["rows"]
    at = next(i for i, row in enumerate(rows) if row and row[0] == "序号")
    top, sub = rows[at], rows[at + 1]
    assert top[1] == "岗位信息" and top[5] == "风险类型" and top[4] == "廉政风险点"
    assert top[10] == "风险等级" and top[11] == "防控措施"
    assert sub[1:4] == ["科室", "岗位", "姓名"] and tuple(sub[5:10]) == TYPES
    merges = set(BATCH.sheet(name)["merges"])
    assert {(at, 1, at, 3), (at, 5, at, 9)} <= merges  # the groups over their columns
    assert {(at, c, at + 1, c) for c in (0, 4, 10, 11)} <= merges  # merged down both rows
    table = BATCH.table(name)
    got = [("" if r[1] == NO_DEPT else r[1], r[2], r[3], r[4], HML[r[10]]) for r in table]
    assert got == BATCH.truth_rows(name)
    ticked = [[typ for typ, v in zip(TYPES, r[5:10], strict=True) if v == TICK] for r in table]
    assert ticked == [r["types"] for r in BATCH.points(name)]
    assert sum(1 for t in ticked if len(t) == 2) == 1
    assert all(v in (TICK, None) for r in table for v in r[5:10])
    leaders = [f for f in BY_NAME[name]["truth"] if f["tier"] == "leader"]
    assert {f["title"] for f in leaders} == {"主任", "副主任"}
    assert all(f["department"] == "" for f in leaders)
    assert sum(1 for r in table if r[1] == NO_DEPT) == 3
    assert rows[1][0].startswith("填报单位（盖章）") and rows[1][8].startswith("填报时间")
    total = rows[-1]
    assert total[0] == "合计" and total[1] not in _risks(name)
    # 主任 in two 科室: the leader (no 科室) and the 年鉴编辑部's head, two forms
    assert sum(1 for f in BY_NAME[name]["truth"] if f["title"] == "主任") == 2


def test_batch49_youth_league_rooms():
    name = "youth_league_dept_rooms"
    head = _heading(name)
    assert head[1:4] == ["部室", "岗位", "姓名"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    assert ["思想道德", "岗位职责"] in [r["types"] for r in BATCH.points(name)]
    leaders = {f["person"] for f in BY_NAME[name]["truth"] if f["tier"] == "leader"}
    assert leaders == {"邵晨阳", "韦思琪"}
    rows = BATCH.sheet(name)["rows"]
    assert rows[0][0] == "附件" and rows[2][0].startswith("填报时间")
    assert rows[-1][0] == "单位负责人："


def test_batch49_quake_units_and_watching_leaders():
    name = "quake_bureau_units_post_only"
    head = _heading(name)
    assert head[1] == "科室（单位）" and head[3] == "工作事项" and head[-1] == "责任领导"
    assert "姓名" not in head
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[4], ORDINAL[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[3] for r in table} & set(_risks(name))  # 工作事项 is no point
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert {"震害防御中心", "城南地震台"} <= depts
    # each 责任领导 is merged over rows of more than one 科室: a watcher, no holder
    spans = _merges_in(name, 7)
    first = next(i for i, row in enumerate(BATCH.sheet(name)["rows"]) if row and row[0] == 1)
    for r0, r1 in spans:
        assert len({table[r - first][1] for r in range(r0, r1 + 1)}) >= 2
    assert len(spans) == 2 and {r[7] for r in table} == {"杜文轩", "马雪梅"}


def test_batch49_science_association_trailing_holder():
    name = "science_association_trailing_holder"
    head = _heading(name)
    assert head[1] == "工作事项" and head[-2:] == ["责任股室", "责任人"] and "岗位" not in head
    table = BATCH.table(name)
    assert [(r[5], "", r[6], r[2], HML[r[3]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[1] for r in table} & set(_risks(name))
    assert len(_merges_in(name, 5)) == 3 == len(_merges_in(name, 6))
    note = BATCH.sheet(name)["rows"][-1][0]
    assert note.startswith("注") and note not in _risks(name)


def test_batch49_overseas_affairs_post_before_name():
    name = "overseas_affairs_post_then_name"
    head = _heading(name)
    assert head[1:6] == ["科室", "职务", "姓名", "主要职责", "风险点描述"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[5], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[4] for r in table} & set(_risks(name))  # 主要职责 is no point
    assert len(_merges_in(name, 4)) == 1  # the 科长's duty over his two rows
    leaders = [f for f in BY_NAME[name]["truth"] if f["tier"] == "leader"]
    assert {f["department"] for f in leaders} == {"办领导"} and len(leaders) == 2


def test_batch49_archives_holder_between_post_and_point():
    name = "archives_holder_before_point"
    head = _heading(name)
    assert head[1:6] == ["科室", "岗位", "责任人", "风险点", "风险描述"]
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], ROMAN[r[7]]) for r in table] == BATCH.truth_rows(name)
    assert all(len(r[5]) > len(r[4]) for r in table)  # the short name is the point
    assert all(r[6].endswith("风险") for r in table)
    assert [types_in(r[6]) for r in table] == [r["types"] for r in BATCH.points(name)]
    assert {r[7] for r in table} == set(ROMAN)


def test_batch49_ethnic_affairs_power_items_and_remark():
    name = "ethnic_affairs_power_items"
    head = _heading(name)
    assert head[3] == "权力事项" and head[-1] == "备注" and "姓名" not in head
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[3] for r in table} & set(_risks(name))
    notes = [r[7] for r in table]
    assert notes.count("2025年新增") == 1 and set(notes) == {"2025年新增", None}
    forms = {(f["department"], f["title"]) for f in BY_NAME[name]["truth"]}
    assert sum(1 for d, p in forms if p == "科长") == 3


def test_batch49_charity_suffixed_levels():
    name = "charity_federation_suffixed_levels"
    head = _heading(name)
    assert head[6] == "风险级别"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], SUFFIXED[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert {r[6] for r in table} == set(SUFFIXED)
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    assert "廉洁" in BATCH.sheet(name)["rows"][0][0]


def test_batch49_tobacco_supervisors_watch():
    name = "tobacco_district_supervisors"
    assert BATCH.sheet(name)["name"] == "廉洁风险"
    head = _heading(name)
    assert head[3] == "姓名" and head[4] == "廉洁风险点" and head[-1] == "监督责任人"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    watchers = {r[8] for r in table}
    assert watchers == {"曹国强", "汤卫东", "陶敏"}
    assert not watchers & {f["person"] for f in BY_NAME[name]["truth"]}
    assert len(_merges_in(name, 8)) == 3  # merged per 部门


def test_forty_ninth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
