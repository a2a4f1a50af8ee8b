"""The eight-hundred-and-sixty-first batch of published layouts (tests/published/batch861.py): seven
ordinary files as the transport and highway bodies of one county (麻阳苗族自治县) really send them — the
交通运输局's 一览表 in two sheets 局领导/股室 with ``一级/二级/三级``, the 道路运输服务中心's 排查表 对岗不对人
with ``风险点 | 风险表现``, the 交通建设质量安全监督站's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
公路建设养护中心's 清单 under group rows ``一、中心领导`` … with ``一级风险/二级风险/三级风险``, the
交通运输综合行政执法大队's 防控卡 one sheet a leader with ``★★★/★★/★``, the 锦和镇交通管理站's 一览表 with
``高风险/中风险/低风险``, the 吕家坪镇交通管理站's 登记表 — and one harder: the 农村公路管理站's 排查表 with
no name column, each merged 岗位 cell carrying an Excel cell comment ``责任人：<name>`` and a ``注：`` line
saying so (``python tests/published/score.py --set batch861``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at e3e6ceb7 (/work/snap52; this worktree branched from
dev at 06694929): TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0
(forms 29/29, points 49/49, levels 49/49); with --strict the same: TOTAL forms=1.000 recall=1.000
precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies.
All eight layouts read in full (forms, points, levels and types all 1.00, noise 0), the harder one
included: the harder file's shape is in fact ALREADY KNOWN to the reader, though docs/layouts.md does
not describe it — ``mayang_rural_road_station_holders_in_comments.xlsx`` (sheet 排查表) came out as
five forms, each 岗位 cell's comment ``责任人：…`` (C4, C6, C8, C9, C11) giving the holder of the rows the
cell spans, the two 养护股 养护员 (滕岍澍 C8, 舒澂霙 C9–C10) told apart — snap52's
``locate.py``/``locate_cards.py`` carry ``_holders_in_comments`` (a 批注 ``岗位责任人：…`` on a post
cell), with no hint code in issues.csv (only TABLE_NO_TYPE, info). No misreading to report; the gap
is in docs/layouts.md, which names comments only for measures (``MEASURES_IN_COMMENTS``).

Unscored besides: the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (nothing missed; left for the next: a line in
docs/layouts.md for holders in comments on the post cells).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch861 import (
    COMMENTED,
    GRADES,
    HIGHS,
    LAYOUTS,
    NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(861, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"mayang_rural_road_station_holders_in_comments"}
TYPED = {
    "mayang_road_transport_center_posts",
    "mayang_jinhe_station_list",
    "mayang_lujiaping_station_register",
}
NOBODY = {"mayang_road_transport_center_posts"}


def test_batch861_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=861, unit_words=("麻阳苗族自治县",), new_people=True
    )


def _in_a_comment(form: dict, field: str) -> bool:
    """The harder file's holders stand only in the comments on the 岗位 cells."""
    if field != "person" or form["file"] != "mayang_rural_road_station_holders_in_comments.xlsx":
        return False
    sheet = BY_NAME["mayang_rural_road_station_holders_in_comments"]["sheets"][0]
    return f"责任人：{form['person']}" in {text for _, _, text in sheet["comments"]}


def test_batch861_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), unnamed=_in_a_comment)
    assert RESAVED == ()


def test_batch861_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch861_every_unit_is_of_mayang():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("麻阳苗族自治县") for u in units)


def test_batch861_comments_give_the_holders():
    name = "mayang_rural_road_station_holders_in_comments"
    lay = BY_NAME[name]
    sheet = lay["sheets"][0]
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert BATCH.heading(name) == ["序号", "股室", "岗位", "廉政风险点", "风险等级", "防控措施"]
    # no name anywhere in the cells: every holder stands only in a comment on his 岗位 cell
    people = {who for _, _, who, _, _ in COMMENTED}
    assert not any(who in str(v) for row in sheet["rows"] for v in row for who in people)
    notes = {(r, c): text for r, c, text in sheet["comments"]}
    merges = {(r0, c0): r1 for r0, c0, r1, c1 in sheet["merges"] if c0 == c1 == 2}
    got = []
    for (r, c), text in sorted(notes.items()):
        assert c == 2 and text.startswith("责任人：") and sheet["rows"][r][2]
        who = text[len("责任人：") :]
        for rr in range(r, merges.get((r, c), r) + 1):
            row = rows[rr]
            got.append((row[1], row[2], who, row[3], GRADES[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert len(got) == len(BATCH.table(name))
    # two 养护员 of one 股室, told apart only by the comments
    posts = [(d, p) for d, p, _, _, _ in COMMENTED]
    assert len(set(posts)) < len(posts)
    assert any(NOTE in str(row[0]) for row in rows[head:])
    assert len(lay["truth"]) == len(COMMENTED)


def test_batch861_plain_tables_by_heading():
    cases = [
        ("mayang_jinhe_station_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("mayang_lujiaping_station_register",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("mayang_road_transport_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "mayang_transport_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "局领导") == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "mayang_road_transport_center_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch861_group_rows_give_the_department():
    name = "mayang_highway_center_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch861_one_sheet_a_person():
    name = "mayang_quality_supervision_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "mayang_enforcement_brigade_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch861_is_read(tmp_path):
    BATCH.is_read(tmp_path)
