"""The two-hundred-and-thirty-fourth batch of published layouts (tests/published/batch234.py): eight
ordinary files as the social affairs bodies of one county (德格县) really send them — the 民政局's
一览表 with ``风险点 | 具体表现`` and a ``分管领导`` column, the 救助管理站's 排查表 对岗不对人 with ``岗位职责``,
the 社会福利院's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 人社局's 一览表 with ``风险类型`` ticked
``√`` under five type columns, the 就业服务中心's 小微权力清单 with ``权力事项`` and ``★★★/★★/★``, the
医保局's 防控卡 with labels over values and ``高风险/中风险/低风险``, the 退役军人事务局's 排查表 with
``较高/一般/较低``, the 更庆镇 民政办's 清单 with a row saying only 无 — and one harder: the 社会保险事业管理
中心's 一览表 对岗不对人 with a ``不相容岗位（不得相互兼任）`` column of post names beside the ``岗位`` column
(``python tests/published/score.py --set batch234``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at c6c42f6 (main's newest when the batch was done; this
worktree branched from 1616c16, the two commits between change only README.md and CHANGELOG.md):
forms 1.000 (51/51), recall 1.000 (72/72), precision 1.000 (72/72), levels 1.000 (72/72), types
1.000 (72/72), noise 0; with --strict: forms 1.000 (51/51), recall 1.000 (72/72), precision 1.000
(72/72), levels 1.000 (72/72), types 1.000 (72/72), noise 0. The 9 files: nine .xlsx, no re-saved
copies. Every layout read in full, --strict too; nothing missed.

- ``social_insurance_incompatible_posts`` (harder; forms 10/10, points 12/12): the ``岗位`` column
  ``一览表!C4:C15`` is taken as the post and the ``不相容岗位⏎（不得相互兼任）`` column D4:D15 is dropped
  silently (no issue, no field of the export holds it); 股室 from B, 中心领导 as the 科室 of 主任 and
  副主任, every ``…岗`` a general post. The new shape did not trip the reader.

Unscored besides: the 镇 民政办's unit is read ``更庆镇`` (from the ``填报单位：更庆镇民政办`` line A2),
truth ``德格县更庆镇`` (the title A1 ``德格县更庆镇民政办岗位廉政风险防控清单``); 科室 民政办 right. Every other
unit and every tier as the truth has them. Issues are infos only: TABLE_NO_TYPE for the three
untyped tables, LEVEL_SCALE for ``较高/一般/较低`` (the 退役军人事务局's F3), COLUMN_GUESSED for the 医保
cards' ``风险事项`` (B4, read as the matter of the risk, no point) and GRADE_BLANK for the sheets of
one holder.

Read right: the 民政局's ``风险点 | 具体表现`` (the short name the point) with ``分管领导`` no holder; the
救助管理站's posts 对岗不对人 with ``岗位职责`` no point; the 福利院's pairs in one row with ``院领导``;
the 人社局's ``√`` under five type columns (two types on three rows); the 就业服务中心's ``权力事项`` no
point and ``★★★/★★/★``; the 医保局's labels over values with ``高风险/中风险/低风险``; the 退役军人事务局's
``较高/一般/较低`` and its 退役军人服务中心 as a 科室; the 镇 民政办's row saying only 无 (no point, no
form).

After the measurement two holders were renamed (贡嘎泽仁 → 降央卓玛, 四郎拥宗 → 洛绒曲批): batch233,
built at the same time, had used the same names; the reading is the same (score.py, 1.00 on every
metric, --strict too).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch234 import (
    BANDS,
    GRADES,
    INCOMPATIBLE_HEAD,
    LAYOUTS,
    NONE,
    RESAVED,
    ROMAN,
    SCALE,
    STARS,
    TICK,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **BANDS, **SCALE}
BATCH = Batch(234, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"social_insurance_incompatible_posts"}
UNTYPED = {"rescue_station_posts", "employment_center_powers", "veterans_bureau_checklist"}
NOBODY = {"social_insurance_incompatible_posts", "rescue_station_posts"}


def test_batch234_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=233, unit_words=("德格",), new_people=True)


def test_batch234_truth_is_self_consistent():
    # the harder list carries 12 points
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(3, 12))
    assert RESAVED == ()


def test_batch234_levels_and_types():
    # the 人社局's ticks give two types to three rows: checked below, not as one type each
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, skip_types={"hrss_bureau_type_ticks"})


def test_batch234_every_unit_is_of_dege():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("德格县") for u in units)


def test_batch234_plain_tables_by_heading():
    cases = [
        ("civil_affairs_bureau_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别", None),
        ("rescue_station_posts", {"post": "岗位名称", "point": "廉政风险点"}, None, None),
        ("employment_center_powers",
         {"dept": "责任股室", "post": "责任岗位", "person": "责任人", "point": "廉政风险点"}, None, None),
        ("veterans_bureau_checklist",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, None, None),
        ("township_civil_affairs_office", {"post": "岗位", "person": "姓名", "point": "风险点"},
         "风险类型", {"dept": "民政办"}),
    ]  # fmt: skip
    for name, heads, typ, fixed in cases:
        got = BATCH.by_heading(name, heads, fixed=fixed)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name  # the truth groups by form
        if typ:
            types = dict(zip((g[3] for g in got), BATCH.types_by(name, typ), strict=True))
            assert all(types[p["risk_point"]] == p["types"] for p in BATCH.points(name)), name
    # the 民政局's 分管领导 are two names over several rows (``/`` for the 局领导), and no holder of theirs
    # there; the point is the short 风险点, never the long 具体表现
    name = "civil_affairs_bureau_list"
    rows = BATCH.table(name)
    assert {r[9] for r in rows} == {"呷玛尼玛", "暨晓岚", NONE}
    assert all(r[3] != r[9] for r in rows)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not {r[5] for r in rows} & points and all(len(p) == 4 for p in points)
    # the 镇 民政办's 民政协理员 row says only 无: no point, no form
    rows = BATCH.rows("township_civil_affairs_office")
    assert any(r[3] == "无" and r[2] == "泽翁" for r in rows if len(r) > 3)
    assert "泽翁" not in BATCH.holders("township_civil_affairs_office")
    # the ★ and 较高/一般/较低 scales are read by the notes under them
    for name, note in (("employment_center_powers", "注：风险等级★★★为高风险"),
                       ("veterans_bureau_checklist", "注：风险等级分较高、一般、较低三档")):  # fmt: skip
        assert any(r[0] and str(r[0]).startswith(note) for r in BATCH.rows(name)), name


def test_batch234_type_ticks():
    name = "hrss_bureau_type_ticks"
    rows = BATCH.sheet(name)["rows"]
    head = BATCH.header(name)
    assert rows[head][5] == "风险类型" and BATCH.merged(name, 0, head, 5, 9)
    assert rows[head + 1][5:10] == list(TYPES)
    want = []
    for row in BATCH.filled(name)[head + 2 :]:
        if isinstance(row[0], int):
            assert all(c in (TICK, None) for c in row[5:10]), row
            types = [t for t, c in zip(TYPES, row[5:10], strict=True) if c == TICK]
            want.append((row[1], row[2], row[3], row[4], HML[row[10]], types))
    got = [(f["department"], f["title"], f["person"], p["risk_point"], p["level"], p["types"])
           for f in BY_NAME[name]["truth"] for p in f["risks"]]  # fmt: skip
    assert got == want and sum(len(w[5]) == 2 for w in want) == 3


def test_batch234_sheets_one_holder_each():
    for name in ("welfare_home_self_checks", "medical_security_cards"):
        for f in BY_NAME[name]["truth"]:
            rows = BATCH.filled(name, f["sheet"])
            if name == "welfare_home_self_checks":  # pairs across one row
                assert rows[1] == ["姓  名", f["person"], "所在科室", f["department"], "职  务",
                                   f["title"]]  # fmt: skip
            else:  # labels over values
                assert rows[1][:3] == ["姓名", "所在股室", "职务"]
                assert rows[2][:3] == [f["person"], f["department"], f["title"]]
            point = "自查风险点" if name == "welfare_home_self_checks" else "风险点"
            fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
            got = BATCH.by_heading(name, {"point": point}, f["sheet"], fixed=fixed)
            assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch234_incompatible_posts_are_no_posts():
    name = "social_insurance_incompatible_posts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][2] == "岗位" and rows[head][3] == INCOMPATIBLE_HEAD
    table = BATCH.table(name)
    posts = {r[2] for r in table}
    got = []
    for r in table:
        apart = r[3].split("、")
        # post names of the same kind, never the row's own
        assert r[2] not in apart and all(a.endswith("岗") for a in apart), r
        got.append((r[1], r[2], "", r[4], HML[r[6]]))
    assert got == BATCH.truth_rows(name)
    # several of the posts kept apart are themselves rows' posts (the same vocabulary both ways)
    kept_apart = {a for r in table for a in r[3].split("、")}
    assert len(kept_apart & posts) >= 4
    assert not any(f["title"] in kept_apart - posts for f in BY_NAME[name]["truth"])
    assert BATCH.holders(name) == {""}


def test_batch234_is_read(tmp_path):
    BATCH.is_read(tmp_path)
