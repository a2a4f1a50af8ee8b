"""The hundred-and-thirty-seventh batch of published layouts (tests/published/batch137.py): eight
ordinary lists from county bodies no earlier batch used, all of an invented 东台县 — a 婚姻登记处
排查表 with no 科室 column, its title on two lines and a summary sentence under it, a 文明办 一览表
whose two-character names are padded with a full-width space, a 法学会 责任清单 with a ``责任主体``
post column, a ``风险事项`` and the holder last under ``责任人``, a 机电排灌管理站 一览表 whose 部门
include two 泵站 of its own and ``★`` levels, a 蔬菜技术指导站 一览表 with the holder first and the
headings ``等级``/``措施``, a 健康教育所 排查表 with types ending in ``类``, a 个体劳动者协会 排查登记表 with a
分会 and ``Ⅰ级/Ⅱ级/Ⅲ级``, a 市容环境卫生管理所 排查表 with ``全体道路保洁员`` under 姓名 — and one harder:
the 人大常委会机关's 排查表 whose 科室 column is headed ``委室`` and holds three ``…工作委员会``
(``python tests/published/score.py --set batch137``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at c16e38e (main's newest when the batch was done): forms
1.000 (59/59), recall 1.000 (73/73), precision 1.000 (73/73), levels 1.000 (73/73), types 1.000
(73/73), noise 0; with --strict the same: forms 1.000 (59/59), recall 1.000 (73/73), precision
1.000 (73/73), levels 1.000 (73/73), types 1.000 (73/73), noise 0. The 9 files: nine .xlsx, no
re-saves. Missed: nothing scored. Seen in the export, not scored:

- ``marriage_registry_summary_line``: the title ``Sheet1!A1`` ``东台县婚姻登记处⏎岗位廉政风险点排查表``
  is read as unit "" and department ``婚姻登记处`` on all six posts (the ``…处`` ending taken for a
  科室 of a unit not named, as the 公证处 of batch96 once was); the truth's unit is 东台县婚姻登记处,
  department "". Its 主任 and 副主任 read 中层岗位 (truth leader).
- ``sanitation_office_crew_rows``: unit "" on every post — the title ``排查表!A1``
  ``东台县市容环境卫生管理所廉政风险点排查表`` gives no unit (科室, posts and holders all right).
- ``congress_office_committee_rooms``: unit ``东台县人大常委会`` (the title's ``…机关`` left off);
  ``civilization_office_padded_names``: unit ``东台县精神文明建设指导委员会`` (the 填报单位 line's
  ``…办公室`` left off; the title says only ``东台县文明办``).
- ``self_employed_assoc_branches``: the 城东分会's ``分会长`` reads 领导岗位 (truth middle).

Read right: the 人大常委会机关's ``委室`` column and its three ``…工作委员会`` kept as 科室 of the 机关
(strict too), ``廉政风险点``, ``…风险`` types; the 婚姻登记处's two-line title, two 婚姻登记员 under one
post and the summary sentence under the table taken for no point; the 文明办's names padded with a
full-width space (``檀　栎`` read 檀栎) and its ``附件2``/填报单位 line; the 法学会's ``责任主体`` posts kept
as written with department "", ``风险事项`` taken as the line of work (COLUMN_GUESSED) and the holder
from the last ``责任人`` column; the 排灌站's own 排涝站 and 电灌站 as 科室 with their 站长 middle and the
``★`` note; the 蔬菜站's holder-first columns and the short ``等级``/``措施``; the 健康教育所's
``制度机制类`` types and ``高风险/中风险/低风险``; the 个体劳动者协会's ``主要职责`` column, its 分会 and
``Ⅰ级/Ⅱ级/Ⅲ级``; the 环卫所's ``全体道路保洁员`` read as the post 道路保洁员 with no holder; the rare
surnames and the compound 乐正, 仲孙, 宗政, 谷梁, 归海, 濮阳, 鲜于 everywhere.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch137 import (
    GAP,
    GRADES,
    LAYOUTS,
    PREFIX,
    RESAVED,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **ROMAN, **GRADES, **STARS, **WORDS}
BATCH = Batch(137, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"congress_office_committee_rooms"}
SOME_NOBODY = {"sanitation_office_crew_rows"}
UNTYPED = {
    "marriage_registry_summary_line",
    "law_society_duty_subjects",
    "vegetable_station_person_first",
    "self_employed_assoc_branches",
}
NO_DEPT = {
    "marriage_registry_summary_line",
    "law_society_duty_subjects",
    "vegetable_station_person_first",
}


def test_batch137_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, unit_words=("东台",), new_people=True)


def test_batch137_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(
        copies=resaved_files(PREFIX, RESAVED), nobody=(), some_nobody=SOME_NOBODY
    )


def test_batch137_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch137_every_unit_is_of_dongtai():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("东台县") for u in units)
    assert {"东台县人大常委会机关", "东台县精神文明建设指导委员会办公室"} <= units


def test_batch137_plain_tables_by_heading():
    cases = [
        ("congress_office_committee_rooms",
         {"dept": "委室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险等级", "风险类别"),
        ("marriage_registry_summary_line", {"post": "岗位", "person": "姓名", "point": "风险点"},
         "风险等级", None),
        ("law_society_duty_subjects", {"post": "责任主体", "person": "责任人", "point": "风险点"},
         "风险等级", None),
        ("pump_station_sub_stations",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("vegetable_station_person_first", {"post": "职务", "person": "姓名", "point": "风险点"}, "等级",
         None),
        ("health_education_type_suffix",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险等级", "风险类别"),
        ("self_employed_assoc_branches",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", None),
    ]  # fmt: skip
    for name, heads, level, typ in cases:  # the truth lists a form's points together
        got = BATCH.by_heading(name, heads, level=level)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name
    for name in NO_DEPT:
        rows, head = BATCH.filled(name), BATCH.header(name)
        assert not {"科室", "部门", "股室"} & set(rows[head]), name
        assert all(f["department"] == "" for f in BY_NAME[name]["truth"]), name


def test_batch137_committee_rooms_are_departments():
    name = "congress_office_committee_rooms"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head][1] == "委室" and rows[head][4] == "廉政风险点"
    truth = BY_NAME[name]["truth"]
    assert {f["unit"] for f in truth} == {"东台县人大常委会机关"}
    committees = {f["department"] for f in truth if f["department"].endswith("工作委员会")}
    assert committees == {"法制工作委员会", "财政经济工作委员会", "代表人事选举任免工作委员会"}
    assert rows[0][0] == "东台县人大常委会机关岗位廉政风险点排查表"
    assert {f["title"]: f["tier"] for f in truth}["秘书长"] == "leader"
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in BATCH.points(name)]


def test_batch137_padded_names_and_short_title():
    name = "civilization_office_padded_names"
    rows, head = BATCH.filled(name), BATCH.header(name)
    shown = {r[3] for r in rows[head + 1 :] if r[6] in HML}
    holders = BATCH.holders(name)
    padded = {s for s in shown if GAP in s}
    assert {s.replace(GAP, "") for s in padded} == {"檀栎", "晏芃", "邴璆", "芮蘩"}
    assert all(len(s) == 3 and s[1] == GAP for s in padded)
    assert {s.replace(GAP, "") for s in shown} == holders
    assert rows[1][0] == "东台县文明办岗位廉政风险防控一览表"
    assert rows[2][0] == "填报单位（盖章）：东台县精神文明建设指导委员会办公室"
    fixed = lambda s: s.replace(GAP, "")  # noqa: E731
    got = BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, person=fixed
    )
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch137_summary_sentence_is_no_point():
    name = "marriage_registry_summary_line"
    rows = BATCH.filled(name)
    assert rows[0][0] == "东台县婚姻登记处\n岗位廉政风险点排查表"
    line = next(r[0] for r in rows if r[0] and str(r[0]).startswith("本处共排查"))
    points = BATCH.points(name)
    forms = BY_NAME[name]["truth"]
    posts = {f["title"] for f in forms}
    counts = [sum(p["level"] == k for p in points) for k in (1, 2, 3)]
    assert line == (
        f"本处共排查岗位{len(posts)}个、廉政风险点{len(points)}个，其中高风险点{counts[0]}个、"
        f"中风险点{counts[1]}个、低风险点{counts[2]}个。"
    )
    assert line not in {p["risk_point"] for p in points}
    registrars = [f["person"] for f in forms if f["title"] == "婚姻登记员"]
    assert registrars == ["冼若蘅", "仝绮文"]


def test_batch137_duty_subjects_and_holder_last():
    name = "law_society_duty_subjects"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head] == [
        "序号",
        "责任主体",
        "风险事项",
        "风险点",
        "风险等级",
        "防控措施",
        "责任人",
    ]
    matters = {r[2] for r in rows[head + 1 :] if r[4] in GRADES}
    truth = BY_NAME[name]["truth"]
    assert not matters & {p["risk_point"] for p in BATCH.points(name)}
    assert {"办公室主任", "研究部干事"} <= {f["title"] for f in truth}
    assert all(len(m) <= 7 for m in matters)


def test_batch137_sub_stations_and_stars():
    name = "pump_station_sub_stations"
    truth = BY_NAME[name]["truth"]
    heads = {(f["department"], f["title"]): f["tier"] for f in truth}
    assert heads[("站领导", "站长")] == "leader"
    assert heads[("蒲汊排涝站", "站长")] == heads[("荻洼电灌站", "站长")] == "middle"
    note = next(r[0] for r in BATCH.filled(name) if str(r[0]).startswith("注："))
    assert all(s in note for s in STARS)


def test_batch137_holder_first_and_short_headings():
    name = "vegetable_station_person_first"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head] == ["序号", "姓名", "职务", "分工", "风险点", "等级", "措施"]


def test_batch137_types_with_a_class_ending():
    name = "health_education_type_suffix"
    rows, head = BATCH.filled(name), BATCH.header(name)
    written = {r[5] for r in rows[head + 1 :] if r[6] in WORDS}
    assert written == {f"{t}类" for t in TYPES}
    assert all(len(types_in(w)) == 1 for w in written)


def test_batch137_crew_row_names_no_one():
    name = "sanitation_office_crew_rows"
    rows, head = BATCH.filled(name), BATCH.header(name)
    crew = [r for r in rows[head + 1 :] if r[3] == "全体道路保洁员"]
    assert len(crew) == 1 and crew[0][2] == "道路保洁员"
    nameless = [f for f in BY_NAME[name]["truth"] if not f["person"]]
    assert [(f["department"], f["title"]) for f in nameless] == [("清扫队", "道路保洁员")]
    fixed = lambda s: "" if s == "全体道路保洁员" else s  # noqa: E731
    got = BATCH.by_heading(
        name, {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, person=fixed
    )
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    name = "self_employed_assoc_branches"
    assert "城东分会" in {f["department"] for f in BY_NAME[name]["truth"]}


def test_hundred_and_thirty_seventh_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
