"""The eight-hundred-and-thirty-seventh batch of published layouts (tests/published/batch837.py): seven
ordinary files as the natural resources bodies of one county (周宁县) really send them — the
不动产登记中心's 一览表 with ``一级/二级/三级``, the 狮城自然资源所's 防控卡 one sheet a person with
``★★★/★★/★``, the 国土空间规划服务中心's 排查表 对岗不对人 with 高/中/低, the 土地收储中心's 清单 under group
rows with ``一级风险/二级风险/三级风险``, the 测绘地理信息中心's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 自然资源执法大队's 一览表 under ``附件3`` with ``高风险/中风险/低风险``, the
浦源自然资源所's two sheets 所长/工作人员 — and one harder: the 自然资源局's 排查表 in 对岗不对人 form whose
holders stand only in a closing prose line copied from a 任免通知 (``<name>同志任<股室><post>；…``)
(``python tests/published/score.py --set batch837``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at dfc93b1b (/work/snap48; this worktree branched from
dev at adf0b610): TOTAL forms=0.828 recall=0.796 precision=0.796 levels=1.000 types=1.000 noise=0
(forms 24/29, points 39/49, levels 39/39, types 39/39); with --strict the same: TOTAL forms=0.828
recall=0.796 precision=0.796 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all 1.00,
noise 0): the 不动产登记中心's 一览表, the 狮城自然资源所's cards, the 国土空间规划服务中心's 对岗不对人
排查表, the 土地收储中心's group-row 清单, the 测绘地理信息中心's 自查表, the 执法大队's 一览表 and the
浦源自然资源所's two sheets.

Missed, all in the harder ``zhouning_natural_resources_bureau_appointments.xlsx`` (sheet 排查表; forms
0/5, points 0/10, precision 0/10, noise 0): the reader read the list A2:F12 right as a post-only list —
five forms in posts.csv (F00001–F00005: 局领导/局长 B3:C4, 局领导/副局长 C5:C6, 耕地保护股/股长 B7:C8,
矿产资源股/股长 B9:C10, 执法监察股/股员 B11:C12), every point with its right 股室, post and level (高→Ⅰ级,
中→Ⅱ级, 低→Ⅲ级) — but with NO person, where the truth has 缑翯漪 (局长), 帅琮湉 (副局长), 缑沄翊
(耕地保护股股长), 帅澴玥 (矿产资源股股长) and 缑霂珩 (执法监察股股员), so no form matched. The closing
prose line A14 ``附：现任职人员（据周自然资党〔2025〕8号）：缑翯漪同志任局长；帅琮湉同志任副局长（…）；
缑沄翊同志任耕地保护股股长；…`` was taken for a note that some people share a colleague's points
(warning HOLDERS_SHARED_NOTE_UNMATCHED at A14: it read ``同志任耕地保护股股长`` as ``同…``, “the same as”
a colleague ``志任耕地保护股股长``, found no such person and dropped the line), so none of the five
``<name>同志任<股室><post>`` clauses named a holder; TABLE_NO_TYPE at A2 is info only. Kind: a
post-only list whose holders stand only in a closing appointment line (``某某同志任耕地保护股股长；…``,
the name before the post, the 股室 glued to the post) is read without holders, the line misread as a
“same as colleague” note whose ``同`` is the ``同`` of ``同志``.

Not generalised in the stop that measured it (left for the next): holders of a post-only list named
by ``<name>同志任<科室><post>`` clauses of a 任免/任职 line under the table.

Generalised after this measurement: a post-only list's holders from a closing appointment line (HOLDERS_BY_APPOINTMENT_LINE, APPOINTMENT_LINE_POST_UNLISTED), tests/test_holders_by_appointment_line.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch837 import (
    APPOINTED,
    GRADES,
    HIGHS,
    LAYOUTS,
    ORDER,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(837, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhouning_natural_resources_bureau_appointments"}
TYPED = {
    "zhouning_registration_centre_list",
    "zhouning_planning_centre_posts",
    "zhouning_enforcement_brigade_list",
}
NOBODY = {"zhouning_planning_centre_posts"}


def test_batch837_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=836, unit_words=("周宁县",), new_people=True)


def test_batch837_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch837_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch837_every_unit_is_of_zhouning():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("周宁县") for u in units)


def test_batch837_appointment_line_gives_the_holders():
    name = "zhouning_natural_resources_bureau_appointments"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"]
    line = next(r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("附：现任职人员"))
    assert ORDER in line
    clauses = line.split("）：", 1)[1].rstrip("。").split("；")
    assert len(clauses) == len(APPOINTED)
    holder = {}
    for clause, (dept, post, _tier, who, _points) in zip(clauses, APPOINTED, strict=True):
        name_part, office = clause.split("同志任")
        assert name_part == who
        office = office.split("（")[0]
        assert office == (post if dept == "局领导" else dept + post)
        holder[(dept, post)] = who
    # the list itself names no one: its rows by 股室 and 岗位, the holder from the line
    got = [
        (row[1], row[2], holder[(row[1], row[2])], row[3], HML[row[4]]) for row in BATCH.table(name)
    ]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert all(
        who not in str(cell) for row in BATCH.table(name) for cell in row for who in holder.values()
    )
    assert len(BY_NAME[name]["truth"]) == len(APPOINTED)


def test_batch837_plain_tables_by_heading():
    cases = [
        ("zhouning_registration_centre_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("zhouning_enforcement_brigade_list",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhouning_planning_centre_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhouning_puyuan_office_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "所长") == BATCH.truth_rows(name, "所长")
    heads = {"post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "工作人员") == BATCH.truth_rows(name, "工作人员")


def test_batch837_group_rows_give_the_department():
    name = "zhouning_land_reserve_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch837_one_sheet_a_person():
    name = "zhouning_surveying_centre_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhouning_shicheng_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch837_is_read(tmp_path):
    BATCH.is_read(tmp_path)
