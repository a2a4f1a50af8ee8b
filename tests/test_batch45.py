"""The forty-fifth batch of published layouts (tests/published/batch45.py): nine ordinary tables as
city, county and district bodies put them on their websites — a 县工业和信息化局 一览表 with posts
written ``党组书记、局长`` and a 备注 column of ``新增``, a 区科学技术局 排查表 对岗不对人 with a 工作环节
column and a trailing 责任领导 column of names, a 区融媒体中心 责任清单 with a short 风险点 beside its
风险表现, ``风险星级`` ★★★/★★/★ and the holder in a trailing 责任人 column, a 市政务服务管理局 排查表
with ``科室（窗口）`` and bare ``Ⅰ``/``Ⅱ``/``Ⅲ`` levels, a 县水务局 一览表 with a trailing 分管领导
column of names, a 旗审计局 一览表 with the name first (``姓名 | 职务 | 所在股室``), a 镇司法所
排查表 with no 科室 column and a row saying only ``无``, a 县林业和草原局 清单 对岗不对人 with
``责任股室 | 风险岗位`` — and one harder: a 县工商业联合会's per-person 登记表 pasted one under
another on one sheet (``python tests/published/score.py --set batch45``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 62d3280: forms 1.000 (44/44), recall 1.000 (63/63),
precision 1.000 (63/63), levels 1.000 (63/63), types 1.000 (63/63), noise 0; with --strict the
same (forms 1.000, 44/44: every named holder's form found has the truth's 科室 and post). Missed:
none — no point, form, level or type of the nine layouts was missed or invented.

Not scored (from posts.csv and issues.csv of the same run):

- units: ``banner_audit_name_first`` gets unit "" (A1 ``XX旗审计局岗位廉政风险点一览表``: ``旗`` is
  not taken as a place, so no unit is cut from the title); ``township_judicial_office_nothing``
  gets unit ``XX县XX镇`` and department ``司法所`` (A1 ``XX县XX镇司法所岗位廉政风险点排查表``; truth
  unit ``XX县XX镇司法所``, department "" — the sheet has no 科室 column);
- tiers: the 司法所's ``所长`` (the office's head, truth leader) is read 中层岗位; the 审计局's
  ``审计组长`` (a role, truth general) is read 中层岗位 and its ``主审`` (truth general) left blank;
  the 政务服务管理局's ``窗口负责人`` and ``首席代表`` (truth middle) are left blank;
- issues: only info — TABLE_NO_TYPE on the five sheets without a type column, and GRADE_BLANK
  for the four stacked cards (no declared post grade).

Read right: the harder one whole — four per-person cards pasted one under another, each card's
label row ``姓名 | … | 职务 | … | 所在科室 | …`` giving the holder, post and 科室 of the two rows
under its own heading (防控措施 merged over two cells), the repeated titles, blank rows, ``附件2``
and 填报时间 set aside; posts written with their party office (``党组书记、局长``,
``党组成员、副局长``) kept whole as the post, 领导岗位; the ``备注`` column of ``新增`` set aside;
a trailing ``责任领导`` column of names over 对岗不对人 rows (one leader merged over two 科室) read
as watchers, the forms 科室 + 岗位 with no person, ``工作环节`` no point; ``风险星级`` ★★★/★★/★;
a short 风险点 beside ``风险表现`` / ``主要表现`` (exported as the description); the holder in a
trailing ``责任人`` column with no post column; ``科室（窗口）`` with 窗口 and 专区 as departments; bare
``Ⅰ``/``Ⅱ``/``Ⅲ`` levels; 风险类别 written ``岗位职责风险``; a trailing ``分管领导`` column beside 姓名
(watchers, one merged over two 股室); the name-first ``姓名 | 职务 | 所在股室`` order and Mongolian
names (巴特尔, 乌兰); a 镇司法所 table with no 科室 column, its ``岗位职责`` merged per person
(exported as the duty) and the 内勤's row saying only ``无`` (no point, no form, no issue);
``责任股室 | 风险岗位`` with 股长 in three 股室 as three forms; the 填报单位（盖章）/填报日期,
填表人/审核人, 单位主要负责人 and 注 lines.

(Read in full before any change for it: nothing in this batch was generalised on.)

(Nothing missed; units and tiers the scorer does not count were then read better: 旗 is a
place, 'XX旗审计局'.)

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch45 import LAYOUTS, NOTHING, ORDINAL, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML, types_in

BATCH = Batch(45, LAYOUTS, build, padded=False)
BY_NAME = BATCH.by_name
HARDER = {"federation_cards_stacked"}
TYPED = {
    "federation_cards_stacked",
    "gongxin_bureau_party_titles",
    "gov_service_bare_roman",
    "forestry_grass_post_only",
}
POST_ONLY = {"science_bureau_watch_leaders", "forestry_grass_post_only"}


def _heading(name, first="序号", sheet=0):
    return next(row for row in BATCH.sheet(name, sheet)["rows"] if row and row[0] == first)


def _risks(name):
    return [r["risk_point"] for r in BATCH.points(name)]


def test_batch45_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER)


def test_batch45_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        nobody=POST_ONLY, whole_fields=True, tier_by_post=True, known_by=("title", "department")
    )


def test_batch45_levels_and_types():
    BATCH.levels_and_types(typed=TYPED)


def test_batch45_stacked_cards_each_name_their_holder():
    name = "federation_cards_stacked"
    rows = BATCH.filled(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    titles = [i for i, row in enumerate(rows) if row and row[0] == f"{unit}岗位廉政风险点登记表"]
    assert len(titles) == 4 == len(BY_NAME[name]["truth"])
    got = []
    for k, start in enumerate(titles):
        end = titles[k + 1] if k + 1 < len(titles) else len(rows)
        label = rows[start + 1]
        assert label[0] == "姓名" and label[2] == "职务" and label[4] == "所在科室"
        assert rows[start + 2][:5] == ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
        card = [row for row in rows[start + 3 : end] if row and isinstance(row[0], int)]
        assert [row[0] for row in card] == [1, 2]
        if k + 1 < len(titles):
            assert not any(rows[end - 1])  # a blank row before the next card
        got += [(label[5], label[3], label[1], row[1], HML[row[3]]) for row in card]
        assert [types_in(row[2]) for row in card] == [
            r["types"]
            for f in BY_NAME[name]["truth"]
            if f["person"] == label[1]
            for r in f["risks"]
        ]
    assert got == BATCH.truth_rows(name)
    # the heading's 防控措施 and every row's measure are merged over two cells
    assert sum(1 for m in BATCH.sheet(name)["merges"] if (m[1], m[3]) == (4, 5)) == 4 + 8
    tiers = {f["person"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {"陆建平": "leader", "施红梅": "leader", "梁伟": "middle", "高晓雯": "general"}


def test_batch45_party_titles_and_remarks():
    name = "gongxin_bureau_party_titles"
    head = _heading(name)
    assert head[-1] == "备注"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    leaders = [f for f in BY_NAME[name]["truth"] if f["tier"] == "leader"]
    assert {f["title"] for f in leaders} == {"党组书记、局长", "党组成员、副局长"}
    assert all(f["department"] == "局领导" for f in leaders)
    notes = [r[8] for r in table]
    assert notes.count("新增") == 2 and set(notes) == {"新增", None}
    assert "新增" not in _risks(name)


def test_batch45_watch_leaders_over_post_only_rows():
    name = "science_bureau_watch_leaders"
    head = _heading(name)
    assert head[3] == "工作环节" and head[-1] == "责任领导" and "姓名" not in head
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[4], ORDINAL[r[5]]) for r in table] == BATCH.truth_rows(name)
    assert not {r[3] for r in table} & set(_risks(name))  # 工作环节 is no point
    leaders = {r[7] for r in table}
    assert leaders == {"梁承志", "冉秋菊"}
    # 冉秋菊 is merged over two 科室: a watcher, no holder
    span = next(
        m
        for m in BATCH.sheet(name)["merges"]
        if m[1] == 7 and BATCH.sheet(name)["rows"][m[0]][7] == "冉秋菊"
    )
    assert (
        len(
            {
                table[r - BATCH.sheet(name)["rows"].index(head) - 1][1]
                for r in range(span[0], span[2] + 1)
            }
        )
        == 2
    )
    note = BATCH.sheet(name)["rows"][-1][0]
    assert note.startswith("注") and note not in _risks(name)


def test_batch45_star_levels_and_trailing_holder():
    name = "media_center_star_levels"
    head = _heading(name)
    assert head[4] == "风险星级" and head[-1] == "责任人" and "岗位" not in head
    table = BATCH.table(name)
    assert [(r[1], "", r[6], r[2], STARS[r[4]]) for r in table] == BATCH.truth_rows(name)
    assert all(len(r[3]) > len(r[2]) for r in table)  # the short name is the point
    assert {r[4] for r in table} == set(STARS)
    assert sum(1 for m in BATCH.sheet(name)["merges"] if m[1] == 6) == 3  # merged per 部门


def test_batch45_window_offices_and_bare_roman():
    name = "gov_service_bare_roman"
    rows = BATCH.sheet(name)["rows"]
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[1][0] == f"填报单位（盖章）：{unit}" and rows[1][5].startswith("填报日期")
    head = _heading(name)
    assert head[1] == "科室（窗口）" and head[6] == "风险等级"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], ROMAN[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert {r[6] for r in table} == set(ROMAN)  # no 级
    assert all(r[5].endswith("风险") for r in table)
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    assert {"综合受理窗口", "工程建设项目审批专区"} <= {
        f["department"] for f in BY_NAME[name]["truth"]
    }


def test_batch45_deputy_column_is_no_holder():
    name = "water_bureau_deputy_column"
    head = _heading(name)
    assert head[3] == "姓名" and head[-1] == "分管领导"
    table = BATCH.table(name)
    assert [(r[1], r[2], r[3], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    watchers = {r[7] for r in table}
    assert watchers == {"周明轩", "罗一帆"}
    assert not watchers & {f["person"] for f in BY_NAME[name]["truth"]}
    # 罗一帆 is merged over two 股室
    span = next(m for m in BATCH.sheet(name)["merges"] if m[1] == 7 and m[2] - m[0] == 3)
    assert BATCH.sheet(name)["rows"][span[0]][7] == "罗一帆"


def test_batch45_name_first():
    name = "banner_audit_name_first"
    head = _heading(name)
    assert head[1:4] == ["姓名", "职务", "所在股室"]
    table = BATCH.table(name)
    assert [(r[3], r[2], r[1], r[4], HML[r[5]]) for r in table] == BATCH.truth_rows(name)
    people = {f["person"] for f in BY_NAME[name]["truth"]}
    assert {"巴特尔", "乌兰"} <= people
    assert {f["department"] for f in BY_NAME[name]["truth"] if f["tier"] == "leader"} == {"局领导"}
    assert "政府投资审计中心" in {f["department"] for f in BY_NAME[name]["truth"]}
    assert BATCH.sheet(name)["rows"][-1][0] == "单位主要负责人："


def test_batch45_small_office_and_nothing_row():
    name = "township_judicial_office_nothing"
    head = _heading(name)
    assert head[1:4] == ["岗位", "姓名", "岗位职责"] and "科室" not in head
    table = BATCH.table(name)
    nothing = [r for r in table if r[4] == NOTHING]
    assert len(nothing) == 1 and nothing[0][5] is None and nothing[0][6] is None
    real = [r for r in table if r[4] != NOTHING]
    assert [("", r[1], r[2], r[4], HML[r[5]]) for r in real] == BATCH.truth_rows(name)
    assert nothing[0][2] not in {f["person"] for f in BY_NAME[name]["truth"]}
    assert not {r[3] for r in table} & set(_risks(name))  # 岗位职责 is no point
    duty_merges = [m for m in BATCH.sheet(name)["merges"] if m[1] == 3]
    assert len(duty_merges) == 2


def test_batch45_forestry_post_only_short_points():
    name = "forestry_grass_post_only"
    head = _heading(name)
    assert head[1:5] == ["责任股室", "风险岗位", "风险点", "主要表现"]
    table = BATCH.table(name)
    assert [(r[1], r[2], "", r[3], HML[r[6]]) for r in table] == BATCH.truth_rows(name)
    assert all(len(r[4]) > len(r[3]) for r in table)
    assert [types_in(r[5]) for r in table] == [r["types"] for r in BATCH.points(name)]
    forms = {(f["department"], f["title"]) for f in BY_NAME[name]["truth"]}
    assert sum(1 for d, p in forms if p == "股长") == 3  # 股长 in three 股室, three forms


def test_forty_fifth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
