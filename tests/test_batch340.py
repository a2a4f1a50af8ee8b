"""The three-hundred-and-fortieth batch of published layouts (tests/published/batch340.py): seven
ordinary files as the 医疗 and 药监 bodies of one district (温江区) really send them — the 卫生健康局's
two sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 市场监督管理局's 药品医疗器械监管 排查表 对岗不对人
with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 妇幼保健院's 防控卡 one sheet a holder with
``★★★/★★/★``, the 疾病预防控制中心's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the
中医医院's 一览表 with short types and 高/中/低, the 卫生健康综合行政执法大队's 责任清单 under group rows with
``职责事项`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 公平街道社区卫生服务中心's 一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one
harder: the 人民医院's 一览表 whose clinical 科室 open with the two heads' shared rows, ``科主任/护士长``
in the 岗位 cell beside ``郗瑄笙/甯湄淇`` in the 姓名 cell, PAIRED BY ORDER, each name the holder of
the post at its place (``python tests/published/score.py --set batch340``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c0e96b6 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch340``:
``TOTAL                      forms  42/42  points  78/78  recall 1.00 precision 1.00 (78/78)  levels  78/78  types  78/78  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  42/42  points  78/78  recall 1.00 precision 1.00 (78/78)  levels  78/78  types  78/78  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). All eight
layouts read in full — every form, point, level and type, with ``--strict`` too — the harder one
included: in ``wenjiang_peoples_hospital_paired_heads.xlsx`` (sheet ``一览表``) the shared rows of
心血管内科 (C6:D7 ``科主任/护士长 | 郗瑄笙/甯湄淇``, merged over rows 6–7) and of 重症医学科 (C12:D13 ``科主任/护士长 |
阚澄樾/庾霁霈``) went to both heads, each in the form of his own post together with his own rows
(posts.csv F00030 科主任 郗瑄笙 4 points, F00031 护士长 甯湄淇 3, F00033 科主任 阚澄樾 3, F00034 护士长
庾霁霈 3), no form for ``科主任/护士长``. Unscored, ``collect`` on the built inbox gave every form the
unit and the tier the truth has (42 of 42). The truth was not changed after measuring.

Missed: nothing — no cell of any layout was misread, so there is no kind of mistake to name.
The harder shape (a 岗位 cell of two posts beside a 姓名 cell of two names, paired by position) is
already within what main's reader does, so this batch adds no new case for it; the layouts stay as
plain held-out checks.

Unscored besides: nothing; the issues are info only (TABLE_NO_TYPE on the 卫生健康局's two sheets, the
执法大队's list and the three 自查表; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED
for truth.json).

Generalised after this measurement: nothing (the harder layout, '科主任/护士长' paired with '郗瑄笙/甯湄淇', read right untuned); its reading test now runs with the others.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch340 import (
    BANDS,
    BARE,
    GRADES,
    HOSPITAL,
    HOSPITAL_HEAD,
    HOSPITAL_NOTE,
    JOINT,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    holders,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(340, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
PAIRED = "wenjiang_peoples_hospital_paired_heads"
HARDER = {PAIRED}
UNTYPED = {
    "wenjiang_health_bureau_two_sheets",
    "wenjiang_cdc_selfchecks",
    "wenjiang_health_enforcement_groups",
}
NOBODY = {"wenjiang_market_regulation_device_posts"}
GAP = "\u3000"


def test_batch340_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=339, unit_words=("温江区",), new_people=True)


def test_batch340_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 19))
    assert RESAVED == ()


def test_batch340_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch340_every_unit_is_of_wenjiang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("温江区") for u in units)


def test_batch340_paired_heads_hold_each_their_own_post():
    name = PAIRED
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(HOSPITAL_HEAD)
    listed = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert len(listed) == sum(len(points) for *_, points in HOSPITAL)
    # every row's point goes to each (岗位, 姓名) its two cells pair in order
    got = []
    for row in listed:
        _, dept, post, who, point, typ, lv, _ = row
        for title, person in holders(post, who):
            got.append((dept, title, person, point, GRADES[lv]))
        assert BATCH.answers(name)[point][4] == types_in(typ) and len(types_in(typ)) == 1
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(got) > len(listed)  # the shared rows count once for each head
    # the paired cells: two posts and two names, and in each clinical 科室 each head also has
    # rows of his own, with the same name under the same post as in the pair
    paired = [row for row in listed if JOINT in row[2]]
    assert {row[1] for row in paired} == {"心血管内科", "重症医学科"}
    for row in paired:
        posts, people = row[2].split(JOINT), row[3].split(JOINT)
        assert posts == ["科主任", "护士长"] and len(people) == 2
        own = {(r[2], r[3]) for r in listed if r[1] == row[1] and JOINT not in r[2]}
        assert set(zip(posts, people, strict=True)) <= own
    assert all(JOINT in row[3] for row in paired)
    assert not any(JOINT in row[3] for row in listed if JOINT not in row[2])
    # the note says so; one form a head, not one form for the pair
    assert [r[0] for r in BATCH.rows(name) if str(r[0]).startswith("注")] == [HOSPITAL_NOTE]
    titles = {f["title"] for f in BY_NAME[name]["truth"]}
    assert not any(JOINT in t for t in titles)
    forms = {(f["department"], f["title"], f["person"]) for f in BY_NAME[name]["truth"]}
    assert len(forms) == len({(r[1], r[2], r[3]) for r in listed if JOINT not in r[2]})
    # the 岗位 and 姓名 cells are merged over each run, the pair's run apart from the heads' own
    merges = BATCH.sheet(name)["merges"]
    first = next(r for r, row in enumerate(BATCH.sheet(name)["rows"]) if row and row[0] == 1)
    spans = [(m[0], m[2]) for m in merges if m[1] == m[3] == 2 and m[0] >= first]
    assert any(BATCH.sheet(name)["rows"][r0][2] == "科主任/护士长" and r1 > r0 for r0, r1 in spans)


def test_batch340_plain_tables_by_heading():
    cases = [
        ("wenjiang_tcm_hospital_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("wenjiang_market_regulation_device_posts",
         {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("wenjiang_community_health_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 市场监督管理局 names nobody
    name = "wenjiang_market_regulation_device_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 社区卫生服务中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "wenjiang_community_health_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 卫生健康局's two sheets
    name = "wenjiang_health_bureau_two_sheets"
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


def test_batch340_group_rows_give_the_department():
    name = "wenjiang_health_enforcement_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉政风险点"]


def test_batch340_one_sheet_a_person():
    name = "wenjiang_maternal_child_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "wenjiang_cdc_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch340_is_read(tmp_path):
    BATCH.is_read(tmp_path)
