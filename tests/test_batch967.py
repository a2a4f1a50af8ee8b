"""The nine-hundred-and-sixty-seventh batch of published layouts (tests/published/batch967.py): seven
ordinary files as the 交通运输、公路 and 运管 bodies of one county (察雅县) really send them — the
交通运输局's 一览表 in two sheets 班子成员/股室 with ``一级风险/二级风险/三级风险``, the 执法大队's 一览表
with ``…风险`` types, 高/中/低 and ``防控措施`` over ``事前 | 事中 | 事后``, the 道路运输管理所's 防控卡
one sheet a person with ``★★★/★★/★``, the 交通工程质量监督站's 自查表 one sheet a person with
``Ⅰ级/Ⅱ级/Ⅲ级``, the 超限超载检测站's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 汽车客运站's 一览表 under ``附件2``, the 农村公路管理站's 清单 under group
rows ``一、站领导`` … with a ``工作事项`` beside the point — and one harder: the 公路养护段's 分级防控
责任表, each point (its 序号, its text and its level merged) split into sub-rows by who acts, one a
tier of control (岗位自控/股室监控/单位防控) with its own ``落实人`` (``本人`` or a post and a name,
some of them holders of other points) and its own measure (``python tests/published/score.py
--set batch967``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 75a5b46d (this worktree branched from the same
commit, xlproc/ untouched; the batch built into one inbox, ``python -m xlproc collect --export-dir``
run on it once as score.py runs it, and that export scored plain and --strict), after these tests
passed: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0 (forms
33/33, points 58/58, precision 58/58, levels 58/58, types 58/58); with --strict the same: TOTAL
forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. Every layout read in full, the harder one too (forms, points, levels
and types all 1.00, noise 0): ``chaya_transport_bureau_two_sheets`` 5/5 forms, 9/9 points;
``chaya_enforcement_brigade_phased_measures`` 5/5, 8/8; ``chaya_transport_office_cards`` 3/3, 7/7;
``chaya_quality_station_selfchecks`` 3/3, 6/6; ``chaya_overload_station_posts`` 4/4, 6/6;
``chaya_bus_station_list`` 4/4, 6/6; ``chaya_rural_road_station_group_rows`` 4/4, 6/6;
``chaya_maintenance_section_measures_by_actor`` 5/5, 10/10.

Missed, none. The harder ``chaya_maintenance_section_measures_by_actor.xlsx`` (forms 5/5, points
10/10, precision 10/10, levels 10/10, types 10/10, noise 0) came out as its truth: each point's
two or three sub-rows (序号, point and level merged over them) one point (分级防控表!E3, E5, E8, E11,
E13, E15, E18, E20, E21, E23) of the holder merged in 科室/岗位/姓名 (F00010 段长 纳兰澍, F00011
股长 独孤翀, F00012 技术员 纳兰霈, F00013 材料保管员 独孤璟, F00014 工区长 独孤湉), its level the
merged one; no point went to a 落实人 (not to 段长 纳兰澍 for 独孤翀's 计量签认 point at H10, nor to
股长 独孤翀 for the points of 纳兰霈 and 独孤湉 at H14, H16, H22), and no 落实人 made a form.
Kind: none scored. The shape is already read as the truth wants by way of its merges: the
sub-rows join under the merged 序号, point and level as docs/layouts.md's phase rows do, and beside
a 姓名 column the 落实人 column is not taken for the holder.

Unscored besides: in the harder file the ``防控层级`` (G3:G23) and ``落实人`` (H3:H23) columns are
dropped without a word (no COLUMN_GUESSED, no info): the joined measures keep neither the tier nor
who carries it out (F00010's 大宗养护材料采购 point reads ``大宗材料一律公开招标…⏎财务股核对采购合同…⏎
每半年抽查一次采购台账…``, its 股长 独孤沨 and 纪检委员 纳兰颀 gone), where docs/layouts.md's phase
rows keep their phase's name; tiers there: 段长 纳兰澍, the 段's head, came out 中层岗位 (truth
leader) and 工区长 独孤湉 领导岗位 (truth middle) — score.py compares no tier; the other issues
are info only (TABLE_NO_TYPE ×10 on the five untyped layouts' sheets, GRADE_BLANK ×6 on the cards'
and self-checks' sheets, FILE_SKIPPED for truth.json).

Generalised after this measurement (the two unscored misses, by kind): a list naming each point's
holder whose every point is split into sub-rows by control tier (防控层级/管控层级: 岗位自控/股室监控/
单位防控 …, no longer taken for the posts' 岗位层级) or by stage (事前/事中/事后), with a column naming
who carries each row's measure out (落实人, 执行人, 落实责任人), keeps the tier and the doer before
each measure ('股室监控（落实人：股长　独孤沨）：财务股核对采购合同…'), the doer no holder, said once
(info MEASURES_BY_CONTROL_TIER; a doer on a row with no measure MEASURE_DOER_NO_MEASURE); and the
tiers of the heads of such bodies and their parts: a 段's ``段领导`` are its leaders (段长 纳兰澍 now
领导岗位), the head of an area of a body (工区长, 营林区主任, 管护区主任) middle (工区长 独孤湉 now
中层岗位), tests/test_measures_by_control_tier.py and tests/test_heads_of_body_areas.py. Read
1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch967 import (
    BY_ACTOR,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SELF,
    STARS,
    TIERS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(967, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"chaya_maintenance_section_measures_by_actor"}
TYPED = {
    "chaya_enforcement_brigade_phased_measures",
    "chaya_overload_station_posts",
    "chaya_bus_station_list",
}
NOBODY = {"chaya_overload_station_posts"}


def test_batch967_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("察雅县",), new_people=True)


def test_batch967_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch967_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch967_every_unit_is_of_chaya():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("察雅县") for u in units)


def test_batch967_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("独孤", "纳兰") for p in people)
    assert {p[:2] for p in people} == {"独孤", "纳兰"}


def test_batch967_points_split_into_rows_by_who_acts():
    name = "chaya_maintenance_section_measures_by_actor"
    rows = BATCH.filled(name, "分级防控表")
    head = BATCH.header(name, "分级防控表")
    assert rows[head] == [
        "序号",
        "科室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控层级",
        "落实人",
        "防控措施",
    ]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    numbers = [row[0] for row in table]
    # every point spans one to three sub-rows, most of them two or three, one 序号 merged over them
    runs = {n: numbers.count(n) for n in numbers}
    assert sorted(runs) == list(range(1, len(runs) + 1))
    assert set(runs.values()) <= {1, 2, 3} and sum(v > 1 for v in runs.values()) > len(runs) / 2
    merges = BY_NAME[name]["sheets"][0]["merges"]
    for n, span in runs.items():
        if span > 1:
            r0 = head + 1 + numbers.index(n)
            for c in (0, 4, 5):  # the 序号, the point and its level
                assert (r0, c, r0 + span - 1, c) in merges, (n, c)
    # the sub-rows of a point share its holder, its text and its level: one point of the truth
    got, seen = [], set()
    for row in table:
        if row[0] in seen:
            continue
        seen.add(row[0])
        same = [r for r in table if r[0] == row[0]]
        assert len({tuple(r[1:6]) for r in same}) == 1
        assert [r[6] for r in same] == [t for t in TIERS if t in {r[6] for r in same}]
        assert same[0][6] == "岗位自控" and same[0][7] == SELF
        got.append((row[1], row[2], row[3], row[4], GRADES[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert sum(len(points) for *_, points in BY_ACTOR) == len(got)
    # the 落实人 are no holders of the point: 本人, or another person named with a post, some of
    # them holders of other points of the list (the trap), none of them the row's own holder
    holders = BATCH.holders(name)
    actors = {row[7] for row in table} - {SELF}
    assert all("\u3000" in a for a in actors)
    named = {a.split("\u3000")[1] for a in actors}
    assert named & holders and named - holders
    for row in table:
        if row[7] != SELF:
            assert row[7].split("\u3000")[1] != row[3], row
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[8] for row in table}
    # the note says what the 落实人 are
    notes = [row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注：")]
    assert len(notes) == 1 and all(w in notes[0] for w in ("落实人", "执行人", *TIERS))
    assert all(not r["types"] for r in BATCH.points(name))


def test_batch967_plain_tables_by_heading():
    cases = [
        ("chaya_bus_station_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("chaya_overload_station_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
        ("chaya_enforcement_brigade_phased_measures",
         {"dept": "中队", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "chaya_transport_bureau_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "chaya_overload_station_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}
    # the 执法大队's measures: one heading over 事前 | 事中 | 事后, a two-row heading
    name = "chaya_enforcement_brigade_phased_measures"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head][7:] == ["防控措施"] * 3 and rows[head + 1][7:] == ["事前", "事中", "事后"]
    assert rows[head + 1][:7] == rows[head][:7]


def test_batch967_group_rows_give_the_department():
    name = "chaya_rural_road_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the 工作事项 is no point
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch967_one_sheet_a_person():
    name = "chaya_quality_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在股室", "职　务", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "chaya_transport_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持 卡 人", f["person"], "所在股室", f["department"]]
        assert rows[2][:2] == ["职　　务", f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch967_is_read(tmp_path):
    BATCH.is_read(tmp_path)
