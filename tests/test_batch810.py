"""The eight-hundred-and-tenth batch of published layouts (tests/published/batch810.py): seven
ordinary files as the transport bodies of one county-level city (赤水市) really send them — the
交通运输局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 公路管理段's 防控卡 one sheet a
leader with ``★★★/★★/★``, the 地方海事处's 排查表 对岗不对人 with ``风险点 | 风险表现``, the
交通建设质量监督站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 农村公路管理站's 清单 under group
rows ``一、站领导`` … with ``一级风险/二级风险/三级风险``, the 交通运输综合行政执法大队's 一览表 with
``高风险/中风险/低风险``, the 公路超限检测站's 登记表 — and one harder: the 道路运输管理所's
不相容岗位廉政风险对照表, one sheet a pair of incompatible posts, three bands side by side (the first
post's own points | the two posts' shared points | the second post's own points), the shared band
headed by no person and belonging to both holders
(``python tests/published/score.py --set batch810``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 7d8b3cbd (/work/snap43; this worktree branched from
dev at 5697402c): TOTAL forms=0.857 recall=0.745 precision=0.788 levels=1.000 types=1.000 noise=0
(forms 24/28, points 41/55, precision 41/52); with --strict the same: TOTAL forms=0.857
recall=0.745 precision=0.788 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``chishui_road_transport_incompatible_posts.xlsx`` (forms 0/4, points
0/14, precision 0/11, noise 0): the reader took each sheet's two heading rows (3–4) as one
heading and each ROW as one record carrying up to three ``风险点 | 等级`` pairs (the ``风险点1 | 等级 |
风险点2 | 等级`` reading), every point of the row a point of ONE form, and read no holder from the band
headings. Sheet 运政服务股: one form (posts.csv F00001: department 运政服务股 from the title, no
title, no person) with the seven distinct points B5, D5, F5, B6, D6, F6, B7, each once with its
right level; where the truth has 受理岗 邴曦翃 (B5, B6, B7 and the shared D5, D6: five points) and
审核岗 郦昀璟 (F5, F6 and the shared D5, D6: four points). Sheet 财务股: one form (F00002:
department 财务股, title ``出纳岗郦沅琨（本岗独有风险）`` — the left band's heading B3 taken whole,
post, name and bracket run together, as the post — no person) with B5, D5, F5 and F6 (the last
reported at cell B6, the row's first point column, though B6 is blank), each once, right levels;
where the truth has 出纳岗 郦沅琨 (B5 and the shared D5: two points) and 会计岗 邴霁暄 (F5, F6 and
the shared D5: three points). So the four holders are lost (no form has a person), the
right band's points are given to the left band's post (or to no post), and each shared point is
read once instead of once for each of the two holders. Kind: a Venn-like comparison of two holders
(own band | shared band | own band side by side, the holder named only in each own band's
heading, the bands filled top-down on their own) is read as an ordinary list whose rows each carry
several points of one form, so the holders in the band headings are dropped, the bands are not
told apart and the middle band's points are not given to both flanking holders.

Unscored besides: MEASURES_BLANK (warnings, one a point: the layout has no measures column) and
TABLE_NO_TYPE (info, one a sheet).

Not generalised in the stop that measured it (left for the next): holder bands side by side whose
heading names the holder, with a band between them headed by no person (``两岗共同风险（…共担）``)
whose points belong to both flanking holders; the bands of different lengths (rows not records).

Generalised after this measurement: a shared band among holder bands (`本岗独有风险 | 两岗共同风险 | 本岗独有风险`) gives its points to every named holder of the row of bands (`SHARED_BAND_BOTH_HOLDERS`) (`tests/test_shared_band_between_holders.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch810 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    PAIRS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(810, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"chishui_road_transport_incompatible_posts"}
TYPED = {
    "chishui_maritime_posts",
    "chishui_enforcement_brigade_list",
    "chishui_overload_station_register",
}
NOBODY = {"chishui_maritime_posts"}


def test_batch810_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=810, unit_words=("赤水市",), new_people=True)


def test_batch810_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch810_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch810_every_unit_is_of_chishui():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("赤水市") for u in units)


def test_batch810_bands_give_own_and_shared_points():
    name = "chishui_road_transport_incompatible_posts"
    for tab, dept, left, shared, right in PAIRS:
        rows = BATCH.filled(name, tab)
        head = BATCH.header(name, tab)
        assert dept in rows[0][0]
        (lband, lwho, _), (rband, rwho, _) = left, right
        assert rows[head][1] == f"{lband}\u3000{lwho}（本岗独有风险）"
        assert rows[head][5] == f"{rband}\u3000{rwho}（本岗独有风险）"
        assert rows[head][3].startswith("两岗共同风险") and lwho not in rows[head][3]
        assert rows[head + 1][1:] == ["风险点", "等级"] * 3
        table = BATCH.table(name, tab)
        bands = [[(row[c], row[c + 1]) for row in table if row[c]] for c in (1, 3, 5)]
        assert bands[1] == list(shared)
        # the bands are of different lengths: the rows are not records
        assert len({len(b) for b in bands}) > 1 or len(bands[1]) < len(table)
        got = []
        for band, who, post in ((bands[0], lwho, lband), (bands[2], rwho, rband)):
            for point, lv in band + bands[1]:
                got.append((dept, post, who, point, GRADES[lv]))
        assert sorted(got) == sorted(BATCH.truth_rows(name, tab))
        # every shared point is a point of both holders, and of nobody else
        for point, _ in bands[1]:
            holders = {f["person"] for f in BY_NAME[name]["truth"] if f["sheet"] == tab
                       for r in f["risks"] if r["risk_point"] == point}  # fmt: skip
            assert holders == {lwho, rwho}


def test_batch810_plain_tables_by_heading():
    cases = [
        ("chishui_enforcement_brigade_list",
         {"dept": "中队", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("chishui_overload_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("chishui_maritime_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "chishui_transport_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "chishui_maritime_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch810_group_rows_give_the_department():
    name = "chishui_rural_road_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch810_one_sheet_a_person():
    name = "chishui_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chishui_highway_section_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch810_is_read(tmp_path):
    BATCH.is_read(tmp_path)
