"""The one-thousand-and-fiftieth batch of published layouts (tests/published/batch1050.py): seven
ordinary files as the 镇, 村, 卫健, 农业农村, 应急, 卫生院 and 学校 bodies of one county
(铜仁市印江土家族苗族自治县) send them — the 木黄镇人民政府's 清单, the 木黄村's 清单 with ``职务 | 姓名``
on every row, the 卫生健康局's 一览表, the 农业农村局's 排查表 with ``风险点 | 风险表现``, the
应急管理局's 清单 对岗不对人, the 木黄镇卫生院's 防控卡 under group rows, the 印江中学's 自查表 one sheet
a person — and one harder: the 龙津街道办事处's 一览表 whose ``姓名`` cell names SEVERAL holders of
the same points, of surnames no list holds (``阿布思琤、骨咄沅``, ``骨咄珩，阿布思湉``, ``阿布思瑄　骨咄泠岚``,
``阿布思璟 骨咄湲``, ``骨咄璠⏎阿布思琬``) (``python tests/published/score.py --set batch1050``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here.

Measured ONCE, untuned, with the reader at f4fb399e (main; this worktree branched from that
commit, xlproc/ untouched), after these tests passed (but ``is_read``, and ``is_apart``, which
waits for batch1049 built beside this one): TOTAL forms=1.000 recall=1.000 precision=1.000
levels=1.000 types=1.000 noise=0 (forms 32/32, points 55/55, precision 55/55, levels 55/55,
types 55/55 — levels and types are scored on the points found only); with --strict the same.
The 8 files: eight .xlsx, no re-saved copies. All seven ordinary layouts read in full (forms,
points, levels and types all 1.00, noise 0, --strict too) — the 卫生院's group rows as 科室, the
村's ``职务 | 姓名`` on every row, the 应急管理局's posts with no names, the 农业农村局's short ``风险点``
beside ``风险表现``, the 中学's sheets a person, the names of the surnames 骨咄 and 阿布思, as the
truth has them.

The harder ``yinjiang_longjin_street_shared_holders_in_cell.xlsx`` read in full too (forms 12/12,
points 21/21): every shared ``姓名`` cell, the space-separated ones included, split into its
holders. The probe run before building (a 县财政局's 清单 of three rows, one ``姓名`` cell shared by
two rows) had read ``骨咄澈　阿布思琤岚`` as ONE holder ``骨咄澈阿布思琤岚`` and lost every holder of a
list whose shared cell was ``骨咄澈 阿布思珩`` (the ``姓名`` column guessed 其他), while ``、``, ``，``,
``；``, ``/`` and line breaks split right. In this batch every shared cell has a part of four characters
beginning ``阿布思`` (``阿布思琤``, ``阿布思瑄``, ``阿布思璟``), which passes for a name by the listed
surname ``阿``, and so splits; the kind the probe hit — NO part a name by a listed surname (two
``骨咄`` names, or ``阿布思琤岚`` of five characters), whatever the mark between them (``、`` and a
line break too, found after this measurement) — is not in this batch as built, so this
measurement does not show it. (This paragraph first said the space was the cause; corrected
after the fix's probes, the measurement and the batch unchanged.)

Generalised after this measurement (the kind the probe found, not a miss of this batch): a
holder cell naming two to four holders none of whose surnames a list holds — ``骨咄澈、骨咄沅``,
``骨咄澈　骨咄沅``, ``骨咄澈⏎骨咄琮``, ``阿布思琤岚、骨咄澈`` (a five-character name of a three-character
surname) — had been split only where one part was a name by a listed surname (``several_names``:
``阿布思琤`` passes by its ``阿``, so this batch's cells split), else read as ONE holder
(``骨咄澈骨咄沅``). Now each part three to five characters, none a post, a 科室, a word of work or a
vacancy (``identity.several_unlisted_names``), beside other rows of the table naming one holder
each (one looking like a name or of a part's first two characters), is one holder: a form each,
each with all the points of the rows the cell covers (info HOLDERS_SHARED_UNLISTED, once a table,
at the first such cell; in ``locate_base._shared_holders``, asked only of a cell with a mark
between its parts that ``several_names`` refused, so no other sheet pays). ``科长、副科长``,
``办公室、财务股``, ``骨咄澈（股长）``, a single four-character name, and a table naming no single
holder read as before; tests/test_holders_shared_unlisted.py (a 市场监督管理局's 排查表 under
``责任人`` with ``仆固翀、仆固琇`` and ``拓跋澐⏎宇文泠岚``, 高/中/低; a 镇卫生院's 清单 under ``人员`` with
``吐突澍岚　吐突珺`` merged down, Ⅱ级/Ⅲ级; and the near-misses). Not fixed: the probe's list of
three rows whose two shared rows were ``骨咄澈 阿布思珩`` beside one single name lost every holder
(its ``姓名`` column guessed 其他 by its contents) — a column-role question, left as it was. This
batch reads 1.00 still (forms 32/32, points 55/55, precision 55/55, levels 55/55, types 55/55,
noise 0), --strict too; batches 1000 (``阿史那翾⏎澈、破六⏎韩沨琬``), 1027, 1032, 1033, 1045, 1037,
107, 1013 and 1029 unchanged at 1.00, --strict; benchmarks/same_results.py: 10,518 files, no
result changed (12 tests/data files differ only in the base pickle's .path).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch1050 import (
    GRADES,
    HEAD,
    HIGHS,
    LAYOUTS,
    LONGJIN,
    RESAVED,
    RISKS,
    ROMAN,
    build,
    holders,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **RISKS, **HIGHS}
BATCH = Batch(1050, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"yinjiang_longjin_street_shared_holders_in_cell"}
TYPED = {
    "yinjiang_muhuang_town_list",
    "yinjiang_health_bureau_list",
    "yinjiang_emergency_bureau_posts",
}
NOBODY = {"yinjiang_emergency_bureau_posts"}
SURNAMES = ("骨咄", "阿布思")


def test_batch1050_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=1049, unit_words=("印江",), new_people=True)


def test_batch1050_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(4, 21), fields_in="file")
    assert RESAVED == ()


def test_batch1050_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch1050_every_unit_is_of_yinjiang_county():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(
        u.startswith("铜仁市印江土家族苗族自治县") for u in units
    )


def test_batch1050_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p.startswith(SURNAMES) for p in people)
    assert {next(s for s in SURNAMES if p.startswith(s)) for p in people} == set(SURNAMES)
    assert all(
        len(s) + 1 <= len(p) <= len(s) + 2 for p in people for s in SURNAMES if p.startswith(s)
    )


def test_batch1050_each_holder_in_a_shared_cell_holds_all_its_points():
    name = "yinjiang_longjin_street_shared_holders_in_cell"
    lay = BY_NAME[name]
    assert [s["name"] for s in lay["sheets"]] == ["一览表"]
    rows = BATCH.filled(name, "一览表")
    at = next(r for r, row in enumerate(rows) if row and row[0] == "序号")
    assert tuple(rows[at]) == HEAD
    body = [row for row in rows[at + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in body] == list(range(1, 1 + len(LONGJIN)))
    # the cells as written: 、 ， a full-width space, a plain space, a line break; and single names
    cells = {row[3] for row in body}
    assert {"阿布思琤、骨咄沅", "骨咄珩，阿布思湉", "阿布思瑄\u3000骨咄泠岚", "阿布思璟 骨咄湲",
            "骨咄璠\n阿布思琬", "骨咄澈", "骨咄瑀岚"} == cells  # fmt: skip
    # every holder of a cell holds every point of its rows; no holder is a joined cell
    want = [
        (row[1], row[2], who, row[4], GRADES[row[5]]) for row in body for who in holders(row[3])
    ]
    assert sorted(want) == sorted(BATCH.truth_rows(name))
    people = {f["person"] for f in lay["truth"]}
    assert len(people) == 12 and not any(" " in p or "\u3000" in p or "\n" in p for p in people)
    assert all(len(holders(c)) == 2 for c in cells - {"骨咄澈", "骨咄瑀岚"})
    # one form a holder: a shared cell's two holders have the same points
    by_person = {f["person"]: [r["risk_point"] for r in f["risks"]] for f in lay["truth"]}
    for cell in cells:
        names = holders(cell)
        assert all(by_person[n] == by_person[names[0]] for n in names)


def test_batch1050_plain_tables_by_heading():
    cases = [
        ("yinjiang_muhuang_town_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}),
        ("yinjiang_health_bureau_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}),
        ("yinjiang_agriculture_screening",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}),
        ("yinjiang_emergency_bureau_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}),
        ("yinjiang_muhuang_village_list", {"post": "职务", "person": "姓名", "point": "风险点"}),
    ]  # fmt: skip
    for name, heads in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name


def test_batch1050_group_rows_give_the_department():
    name = "yinjiang_muhuang_clinic_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch1050_one_sheet_a_person():
    name = "yinjiang_middle_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表日期"]
        assert rows[2][:2] == [f["person"], f["department"] + f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch1050_is_read(tmp_path):
    BATCH.is_read(tmp_path)
