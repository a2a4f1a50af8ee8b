"""The one-thousand-and-tenth batch of published layouts (tests/published/batch1010.py):
seven ordinary files as the bodies of one county (台江县) send them — the 文体广电旅游局's 一览表, the
林业局's 排查表, the 南宫镇's 清单 under group rows, the 民族中学's 一览表, the 退役军人事务局's 防控卡 one sheet
a person, the 供销合作社联合社's 清单 对岗不对人, the 应急管理局's 自查表 one sheet a person — and one harder:
the 民政局's 一览表 with, right under its rows on the same sheet, the 机关党支部's 学习教育记录 ``日期 |
学习内容 | 学习形式 | 参加人 | 主持人 | 记录人 | 备注`` (as wide as the list, NO holder's nor 科室's column)
(``python tests/published/score.py --set batch1010``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at afc8fba3 (r3base: main plus batches 999–1008; this
worktree branched from that commit, xlproc/ untouched), after these tests passed (all but
``is_read``, the bars): TOTAL forms=1.000 recall=1.000 precision=0.936 levels=1.000 types=1.000
noise=0 (forms 29/29, points 44/44, precision 44/47, levels 44/44, types 44/44 — levels and types
are scored on the points found only); with --strict the same. The 8 files: eight .xlsx, no re-saved
copies. All seven ordinary layouts read in full (forms, points, levels and types all 1.00, noise 0,
--strict too) — the 南宫镇's group rows ``二、林业站``, ``三、民政办`` as 科室 of the 镇, the 林业局's short
``风险点`` beside its ``风险表现``, the 供销社's posts with no names, the cards and self-checks one sheet a
person.

Missed, all in the harder ``taijiang_civil_affairs_list_with_study_record_below.xlsx`` (forms 4/4,
points 5/5, precision 5/8, noise 0): the list's five points came out right, and the study record
under it was read as four MORE points of the list, by the list's columns: its heading row
(一览表!A10 ``日期 | 学习内容 | 学习形式 | 参加人 | 主持人 | 记录人 | 备注``) as a point ``主持人`` of 科室
``学习内容``, post ``学习形式``, holder ``参加人``, and each of its rows (A11–A13) as a point named by its
主持人 (``俟奴翙``, ``俟奴翙``, ``乌石兰瑀``) of 科室 its 学习内容 (``学习《中国共产党纪律处分条例》`` …),
post its 学习形式 (``集中学习`` …) and no holder (its 参加人 ``全体党员干部`` no name); the 日期 under
the list's 序号 column was dropped; each said as an error LEVEL_UNKNOWN (F10 ``记录人``, F11–F13 the
记录人 ``乌石兰翾``) and a warning MEASURES_BLANK (G11, G12). The caption ``附：局机关党支部党风廉政学习
教育记录`` after the blank row did not end the list either. Why: ``_heading_under_list`` (batch1001's
and batch1006's TABLE_UNDER_LIST) takes a table under a list only when its heading row is of the
``fields`` kind — a holder's or a 科室's heading among its cells (责任人, 责任科室, 姓名) — and
``_unnumbered_ledger`` asks that the row under it fill that column; this record names its people
only as 主持人, 记录人 and 参加人, no holder's heading, so its heading row (of ``other`` kind) is no
heading to either. A probe before building (the same list with such a record under it, with and
without the caption and the blank row; a 廉政谈话记录 ``谈话时间 | 谈话人 | 谈话对象 | 谈话类型 | 谈话内容 |
备注``; a 会议记录 ``会议时间 | 会议地点 | 会议主题 | 参会人员 | 主持人 | 记录人``) showed the same wherever
the record reached the list's point column; a narrower ``日期 | 学习内容 | 主持人 | 记录人`` read no
points at all.
Kind: a RECORD of another kind (a 学习教育, 谈话 or 会议 record) right under a list, its heading naming
its people only by the part they took (主持人, 记录人, 参加人, 谈话人, 谈话对象), no holder's nor 科室's
column, so its heading row is of ``other`` kind and its rows are read as more points of the list;
a general fix would take such a heading by its words (a record's own words — 日期/时间, 内容, 形式,
主持人, 记录人, 参加人, 谈话 … — every heading of a ledger's or record's words, none a risk list's)
over rows that are no headings, the table reported once (TABLE_UNDER_LIST).

Generalised after this measurement: a record of another kind right under a list's rows on the
same sheet, its heading naming its people only by the part they took — 主持人, 记录人, 参加人（员）,
参会人员, 列席人员, 谈话人, 谈话对象, 授课人 … (``_RECORD_HEAD``), no holder's nor 科室's heading, the row
of kind ``other`` — ends the list too (batch1001's and batch1006's TABLE_UNDER_LIST generalised, not
duplicated): the sheet's text is searched once for such a word (``_Sheet.record_rows``,
xlproc/locate_base.py, the cheap test before any row is looked at), and ``_heading_under_list``
takes such a row as it takes a ledger's, a record's people's heading standing for the holder's
(its other tests kept: four to twelve short headings, no label with a colon, no name, date or
number, no point's or level's heading, not the list's own; unnumbered, ``_unnumbered_ledger``:
every heading a known column's or of a ledger's or record's words — now also 主持, 记录, 谈话, 会议,
参会, 列席, 授课 … — none a risk list's, the row under it no heading row and filling a holder's, a
科室's or a record's people's column); a record's own ``谈话类型`` is no risk type there, and
``谈话时间``, ``谈话人`` are no names for the surname 谈. The table is reported once (info
TABLE_UNDER_LIST, its message now naming records too: here 一览表!A10, 3 rows), its heading and
rows no points. tests/test_record_under_list.py, in other words (a 审计局's 廉政谈话记录 right under
its rows, a 气象局's 党组会议记录 under a caption, a 税务分局's numbered 警示教育 record ``序号 | 时间 |
授课人 | 教育内容 | 形式 | 记录人`` over a sign-off line; near-misses read as before: a point whose
text names a 主持人, a second list of points with a ``记录人`` column, the narrow ``日期 | 学习内容 |
主持人 | 记录人``). Read 1.00 since (forms 29/29, points 44/44, precision 44/44, levels 44/44, types
44/44, noise 0; --strict the same; the harder file 5/5, precision 5/5). Unchanged at 1.000 on every
figure, --strict, old reader and new alike: batch983, 1001, 1006, 986, 334, 998, 1008 and the 47
batches whose sheets hold a record's people's words (主持人, 记录人, 参加人, 谈话人, 参会人员 …: batch103,
104, 109, 11, 125, 129, 133, 135, 139, 147, 160, 167, 173, 182, 185, 189, 193, 207, 208, 217, 220,
23, 239, 259, 26, 260, 275, 305, 326, 33, 363, 365, 560, 570, 578, 580, 606, 651, 667, 708, 714,
818, 824, 916, 917, 976, 977).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1010 import (
    CIVIL_ROWS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RECORD_HEAD,
    RECORD_ROWS,
    RESAVED,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **HIGHS}
BATCH = Batch(1010, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"taijiang_civil_affairs_list_with_study_record_below"}
TYPED = {
    "taijiang_culture_tourism_list",
    "taijiang_ethnic_middle_school_list",
    "taijiang_veterans_cards",
}
NOBODY = {"taijiang_supply_coop_posts"}
SURNAMES = ("俟奴", "乌石兰")


def test_batch1010_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=998, unit_words=("台江县",), new_people=True)


def test_batch1010_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 16))
    assert RESAVED == ()


def test_batch1010_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1010_every_unit_is_of_taijiang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("台江县") for u in units)


def test_batch1010_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {p[: len(s)] for p in people for s in SURNAMES if p.startswith(s)} == set(SURNAMES)


def test_batch1010_the_study_record_under_the_list_holds_no_points():
    name = "taijiang_civil_affairs_list_with_study_record_below"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "股室", "岗位", "姓名", "廉政风险点", "风险等级", "防控措施"]
    record = next(r for r, row in enumerate(rows) if row and row[0] == "日期")
    assert record > head + len(CIVIL_ROWS)
    assert tuple(rows[record]) == RECORD_HEAD and rows[record - 1][0].startswith("附：")
    assert not any(rows[record - 2])  # (a blank row between the list and the record's caption)
    # as wide as the list, reaching its point column; no number column, no holder's nor 科室's
    assert len(RECORD_HEAD) == len(rows[head])
    assert not set(RECORD_HEAD) & {"序号", "姓名", "责任人", "科室", "股室", "责任科室", "岗位"}
    assert not any(str(rows[record + i][0]).isdigit() for i in range(1, len(RECORD_ROWS) + 1))
    # its 主持人 and 记录人 are the list's people, its rows no points
    people = {who for _d, _p, who, *_ in CIVIL_ROWS}
    assert {row[4] for row in RECORD_ROWS} | {row[5] for row in RECORD_ROWS} <= people
    points = {r["risk_point"] for f in BY_NAME[name]["truth"] for r in f["risks"]}
    assert not points & {c for row in RECORD_ROWS for c in row if c}
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, end=record) == BATCH.truth_rows(name)
    assert len(BATCH.truth_rows(name)) == len(CIVIL_ROWS)


def test_batch1010_plain_tables_by_heading():
    cases = [
        ("taijiang_culture_tourism_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("taijiang_ethnic_middle_school_list",
         {"dept": "处室", "post": "职务", "person": "姓名", "point": "风险点"}),
        ("taijiang_supply_coop_posts", {"post": "岗位", "point": "廉政风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    name = "taijiang_forestry_screening"
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 风险表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch1010_group_rows_give_the_department():
    name = "taijiang_nangong_town_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], HML[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1010_one_sheet_a_person():
    name = "taijiang_emergency_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "taijiang_veterans_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1010_is_read(tmp_path):
    BATCH.is_read(tmp_path)
