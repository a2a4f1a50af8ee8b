"""The three-hundred-and-forty-sixth batch of published layouts (tests/published/batch346.py): seven
ordinary files as the 文化 and 住建 bodies of one district (青羊区) really send them — the 文体旅局's
一览表 with ``…风险`` types and 高/中/低, the 住建交通局's two sheets ``局领导 | 科室`` with
``一级/二级/三级``, the 少城街道办事处's 责任清单 with ``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the
房屋征收与补偿服务中心's 防控卡 one sheet a holder with ``★★★/★★/★``, the 文化馆's 自查表 one sheet a
person with a label row over a row of values and bare ``Ⅰ/Ⅱ/Ⅲ``, the 建设工程质量安全监督站's 排查表
对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 文物保护管理所's 一览表 under group
rows with ``一级风险/二级风险/三级风险`` — and one harder: the 图书馆's 一览表 whose ``责任岗位`` column holds
only letter codes ``A`` … ``E`` (one row ``B、D``), each code's post and holder given only by a legend
note under the table (``python tests/published/score.py --set batch346``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 5f34673 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch346``:
``TOTAL                      forms  31/36  points  55/67  recall 0.82 precision 0.83 (55/66)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=0.861 recall=0.821 precision=0.833 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  31/36  points  55/67  recall 0.82 precision 0.83 (55/66)  levels  55/55  types  55/55  noise 0``
and ``TOTAL forms=0.861 recall=0.821 precision=0.833 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too, and
(unscored) every unit, 科室, post and tier as the truth has them. The truth was not changed after
measuring.

Missed, all in the harder ``qingyang_library_post_codes.xlsx`` (sheet ``一览表``: title row 1, heading
``序号 | 业务环节 | 廉政风险点 | 风险等级 | 防控措施 | 责任岗位`` row 2, the 11 risk rows 3–13 with the point in
column C and the code in F3:F13, the legend note A14:F14, the 制表 line row 15): forms 0/5, points
0/12, precision 0/11. Every one of the 11 rows was read (risks.csv F00023–F00028), each with its
right level (高/中/低 → Ⅰ/Ⅱ/Ⅲ级) and its measures — but the ``责任岗位`` CODE was taken as the post's
name as written, with no 科室 and no holder, and the legend note in A14 was not used at all:

- F3 and F11 ``A`` (C3 ``年度文献采购项目不经馆务会研究…``, C11 ``大额资金支付不经馆务会研究``): read as post
  ``A``, no holder (F00023); truth 馆长 籍湉岚 (no 科室, leader);
- F4 and F5 ``C`` (C4 ``采购需求设置倾向性条件…``, C5 ``到馆图书验收数量…``): read as post ``C`` (F00024);
  truth 采编部 | 主任 | 荆瑷茳;
- F6 and F13 ``B`` (C6 ``数字资源续订价格谈判中…``, C13 ``阅读推广活动经费虚列、套取``): read as post ``B``
  (F00025); truth 副馆长 宓珺澹;
- F7 and F9 ``D`` (C7 ``读者证押金、逾期欠款…``, C9 ``剔旧图书处置不登记…``): read as post ``D`` (F00026);
  truth 流通部 | 主任 | 嵇昙翎;
- F8 ``B、D`` (C8 ``自助借还设备维护合同验收走过场``): read as ONE post ``B、D`` of its own, one point
  (F00027); truth the point is both 副馆长 宓珺澹's and 流通部 主任 嵇昙翎's (two points);
- F10 and F12 ``E`` (C10 ``免费开放补助资金报销审核不严``, C12 ``现金、票据保管不规范…``): read as post ``E``
  (F00028); truth 办公室 | 会计 | 汲蓁琬.

So all 5 forms and all 12 points (recall) are missed, and the 11 points read are keyed without a
holder (precision 0/11); the levels of the rows read were right but do not count, being unmatched.
Nothing was reported for the file but TABLE_NO_TYPE (info): no FORM_NO_PERSON, nothing on the
legend note, nothing on the one-letter posts.

Kind (one): a ``责任岗位`` column holding only LETTER CODES whose posts and holders are given by a
LEGEND NOTE under the table (``A—馆长　籍湉岚；B—…``) is read literally — each code becomes a post
named ``A`` … ``E`` with no 科室 and no holder, a row coded ``B、D`` a post of its own — silently,
instead of each row going to the post and holder the note gives for its code (to each of two).

Unscored besides: the six code forms have no tier (truth leader/middle/general by the note's
posts). The other issues are info only (TABLE_NO_TYPE on the 图书馆's list, the 住建交通局's two
sheets, the 街道's list and the three 自查表; GRADE_BLANK on the three cards and the three 自查表;
FILE_SKIPPED for truth.json).

Generalised after this measurement: post codes a note defines ('A—馆长　籍湉岚'; info POST_CODES; tests/test_columns.py::test_post_codes_a_note_defines).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch346 import (
    BANDS,
    BARE,
    CODE_HEAD,
    CODES,
    GRADES,
    LAYOUTS,
    LEGEND,
    LIBRARY,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(346, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODES_FILE = "qingyang_library_post_codes"
HARDER = {CODES_FILE}
UNTYPED = {
    CODES_FILE,
    "qingyang_housing_transport_two_sheets",
    "qingyang_shaocheng_street_duties",
    "qingyang_culture_center_selfchecks",
}
NOBODY = {"qingyang_quality_safety_station_posts"}
GAP = "\u3000"


def test_batch346_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=343, unit_words=("青羊区",), new_people=True)


def test_batch346_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch346_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch346_every_unit_is_of_qingyang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("青羊区") for u in units)


def test_batch346_codes_are_read_by_the_legend():
    name = CODES_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert tuple(rows[head]) == CODE_HEAD
    # the legend note: one merged row under the table, each code with its post and holder
    note = next(r for r, row in enumerate(rows) if str(row[0]).startswith("注："))
    assert rows[note][0] == LEGEND and BATCH.merged(name, 0, note, 0, len(CODE_HEAD) - 1)
    legend = dict(re.findall(r"([A-E])—([^；。]+)", LEGEND))
    assert list(legend) == list(CODES)
    for code, (dept, post, who, _tier, shown) in CODES.items():
        assert legend[code] == f"{shown}{GAP}{who}" and shown == dept + post
    # no column of the table names a post, a 科室 or a person
    table = BATCH.table(name)
    assert len(table) == len(LIBRARY)
    cells = {c for row in table for c in row if isinstance(c, str)}
    for _dept, _post, who, _tier, shown in CODES.values():
        assert not any(v and v in c for c in cells for v in (who, shown)), who
    # each row's points go to the posts its codes name; one post's codes are not in one run
    got = []
    for row in table:
        codes = row[5].split("、")
        assert set(codes) <= set(CODES), row
        for code in codes:
            dept, post, who, _tier, _shown = CODES[code]
            got.append((dept, post, who, row[2], HML[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    column = [row[5] for row in table]
    runs = [c for i, c in enumerate(column) if i == 0 or column[i - 1] != c]
    assert len(runs) > len(set(runs))  # a code comes back after others
    assert any("、" in c for c in column)  # a row of two posts
    # the 业务环节 is no point
    assert not {row[1] for row in table} & {p["risk_point"] for p in BATCH.points(name)}
    tiers = {(f["department"], f["title"]): f["tier"] for f in BY_NAME[name]["truth"]}
    assert tiers == {(d, p): tier for d, p, _w, tier, _s in CODES.values()}


def test_batch346_plain_tables_by_heading():
    cases = [
        ("qingyang_culture_sports_tourism_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("qingyang_quality_safety_station_posts",
         {"dept": "股室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("qingyang_shaocheng_street_duties",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the station names nobody
    name = "qingyang_quality_safety_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 街道: 职责事项 is no point
    name = "qingyang_shaocheng_street_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert {r[6] for r in BATCH.table(name)} == set(ROMAN)
    # the 住建交通局's two sheets
    name = "qingyang_housing_transport_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch346_group_rows_give_the_department():
    name = "qingyang_heritage_office_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [r["types"] for r in BATCH.points(name)]


def test_batch346_one_sheet_a_person():
    name = "qingyang_expropriation_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在科室", f["department"], "岗位职责"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
        assert rows[2][3] not in {p["risk_point"] for p in BATCH.points(name)}  # 岗位职责
    name = "qingyang_culture_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(BARE)


def test_batch346_is_read(tmp_path):
    BATCH.is_read(tmp_path)
