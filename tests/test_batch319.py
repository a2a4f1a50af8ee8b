"""The three-hundred-and-nineteenth batch of published layouts (tests/published/batch319.py): seven
ordinary files as the 市场监管 bodies of one district (叙州区) really send them — the
市场监督管理局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 柏溪市场监督管理所's 防控卡
one sheet a holder with ``★★★/★★/★``, the 南岸市场监督管理所's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 检验检测中心's 排查表 对岗不对人 with ``风险点 | 风险描述`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 消费者协会's 责任清单 with ``职责事项`` and 高/中/低, the 赵场市场监督管理所's
一览表 under group rows with ``一级风险/二级风险/三级风险``, the 高场市场监督管理所's 一览表 with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 观音市场监督管理所's 关键岗位轮岗廉政风险交接卡, whose field row
names the ``移交人``, the ``接收人`` and the ``监交人``, the points being the 接收人's
(``python tests/published/score.py --set batch319``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 6a5a49b (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch319``:
``TOTAL                      forms  34/37  points  59/68  recall 0.87 precision 0.87 (59/68)  levels  59/59  types  59/59  noise 6``
and ``TOTAL forms=0.919 recall=0.868 precision=0.868 levels=1.000 types=1.000 noise=6``; with
``--strict`` the same:
``TOTAL                      forms  34/37  points  59/68  recall 0.87 precision 0.87 (59/68)  levels  59/59  types  59/59  noise 6``
and ``TOTAL forms=0.919 recall=0.868 precision=0.868 levels=1.000 types=1.000 noise=6``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too; the
harder one reads none of its forms (0/3) and none of its points (recall 0/9, precision 0/9). The
truth was not changed after measuring.

Missed, all in the harder ``xuzhou_guanyin_station_handover_cards.xlsx`` (sheets 副所长, 食品安全监管员,
登记窗口受理员; heading row 4, points in B5:B7 of each): the reader found the small table under the
heading and read its three points a sheet with their levels right (高 → Ⅰ级, 中 → Ⅱ级, 低 → Ⅲ级), but
left BOTH field rows above it unread — ROW_UNPLACED warnings at A2 (``交接岗位 … 交接事由 定期轮岗 交接日期
…``) and A3 (``移交人 … 接收人 … 监交人 湛珝澄``) on every sheet, the batch's 6 noise — so each card became a
form with NO holder, NO post and NO tier (posts.csv F00021–F00023: unit ``叙州区市场监督管理局``, 科室
``观音市场监督管理所``, person, title and tier blank; no FORM_NO_PERSON issue). By cell:

- 副所长!D3 (接收人): read no holder, truth ``濮岑昉``; 副所长!B2 (交接岗位): read no post, truth ``副所长``
  (leader); its points B5, B6, B7 read under no holder, so 3 missed and 3 false;
- 食品安全监管员!D3: read no holder, truth ``戈泷沐``; B2: read no post, truth ``食品安全监管员``
  (general); B5:B7 3 missed and 3 false;
- 登记窗口受理员!D3: read no holder, truth ``巫槿沄``; B2: read no post, truth ``登记窗口受理员``
  (general); B5:B7 3 missed and 3 false.

The 移交人 in B3 (``綦骁沛``, ``祁湲珮``, ``蓟晗淼``) and the 监交人 ``湛珝澄`` in F3 were not taken as
holders either: nobody was. Kind: a handover card's field row naming the 移交人, the
接收人 and the 监交人 (and the row ``交接岗位 | …`` above it) is not read as the card's header fields at
all, so the card's points are read with no holder and no post instead of the 接收人's.

Unscored besides (posts.csv): the 所's own files are read with the unit and 科室 split differently from
the truth — 高场 and 赵场 as unit ``叙州区市场监督管理局`` with 科室 ``高场市场监督管理所`` (赵场: its 组),
柏溪 and 南岸 as unit ``柏溪市场监督管理所``/``南岸市场监督管理所`` (the short name in the card's 所在单位
field; 南岸 also as its 科室; 柏溪's 所长 and 副所长 under 科室 ``领导班子``); the 所长 and 副所长 of 高场 and
the 副所长 of 南岸 read as 中层岗位 (truth leader: the 所's own file); every other unit, 科室, post and
tier as the truth has it. The other issues are info only (TABLE_NO_TYPE on the untyped sheets,
GRADE_BLANK on six forms, FILE_SKIPPED for truth.json).

Generalised after this measurement: a handover card's incoming holder (接收人/接任人) holds its post (交接岗位/轮岗岗位), the outgoing one and the witness none (tests/test_columns.py::test_a_handover_card_is_the_incoming_holders).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch319 import (
    BANDS,
    BARE,
    CONFIRMED,
    GRADES,
    HANDOVER_HEAD,
    HANDOVER_NOTE,
    HANDOVERS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WITNESS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(319, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HANDOVER = "xuzhou_guanyin_station_handover_cards"
HARDER = {HANDOVER}
UNTYPED = {
    HANDOVER,
    "xuzhou_baixi_station_cards",
    "xuzhou_inspection_center_posts",
    "xuzhou_zhaochang_station_groups",
}
NOBODY = {"xuzhou_inspection_center_posts"}
GAP = "\u3000"


def test_batch319_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=313, unit_words=("叙州区",), new_people=True)


def test_batch319_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 14))
    assert RESAVED == ()


def test_batch319_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch319_every_unit_is_of_xuzhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("叙州区") for u in units)


def test_batch319_handover_cards_hold_the_incoming_holder():
    name = HANDOVER
    forms = BY_NAME[name]["truth"]
    assert len(forms) == len(HANDOVERS) == len(BY_NAME[name]["sheets"])
    for (post, tier, outgoing, incoming, date, _points), f in zip(HANDOVERS, forms, strict=True):
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == post == f["title"] and f["tier"] == tier
        assert rows[1] == ["交接岗位", post, "交接事由", "定期轮岗", "交接日期", date]
        # three people named by their role; the holder is the 接收人, the second of them
        assert rows[2] == ["移交人", outgoing, "接收人", incoming, "监交人", WITNESS]
        assert f["person"] == incoming != outgoing and f["department"] == ""
        assert rows[3][:5] == list(HANDOVER_HEAD)
        fixed = {"dept": "", "post": post, "person": incoming}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[4] for r in BATCH.table(name, f["sheet"])} == {CONFIRMED}
        # the note and the sign-off are no points
        cells = [c for row in BATCH.rows(name, f["sheet"]) for c in row if c is not None]
        assert HANDOVER_NOTE in cells and "接收人（签字）：" in cells
    # the 移交人 and the 监交人 hold no form; the 监交人 is the same on every card
    people = {f["person"] for f in forms}
    assert WITNESS not in people and not people & {h[2] for h in HANDOVERS}
    assert all(BATCH.filled(name, f["sheet"])[2][5] == WITNESS for f in forms)
    assert not any(WITNESS in f["person"] for lay in LAYOUTS for f in lay["truth"])


def test_batch319_plain_tables_by_heading():
    cases = [
        ("xuzhou_consumer_association_duties",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉洁风险点"}, "风险类型"),
        ("xuzhou_inspection_center_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, None),
        ("xuzhou_gaochang_station_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # 职责事项 and the long 风险描述 are no points
    for name, col in (
        ("xuzhou_consumer_association_duties", 4),
        ("xuzhou_inspection_center_posts", 4),
    ):
        points = {p["risk_point"] for p in BATCH.points(name)}
        assert not points & {row[col] for row in BATCH.table(name)}, name
    # the 检验检测中心 names nobody
    name = "xuzhou_inspection_center_posts"
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    # the 高场所 writes its posts and names on every row, bare Ⅰ/Ⅱ/Ⅲ read by its note
    name = "xuzhou_gaochang_station_list"
    head = BATCH.header(name)
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"] if m[0] > head)
    assert {r[5] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in BATCH.rows(name))
    # the 局's two sheets
    name = "xuzhou_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
        level="风险等级",
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    for tab in ("局领导", "股室"):
        assert BATCH.types_by(name, "风险类型", tab) == [
            r["types"] for r in BATCH.points(name, tab)
        ]
    # 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch319_group_rows_give_the_department():
    name = "xuzhou_zhaochang_station_groups"
    dept, got = None, []
    for row in BATCH.filled(name)[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}  # the 风险描述 is no point


def test_batch319_one_sheet_a_person():
    name = "xuzhou_baixi_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:3] == ["所在单位", "柏溪市场监督管理所", "执法证号"]
        assert f["sheet"] == f["title"]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "xuzhou_nanan_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"职{GAP}务", "所在单位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["title"], "南岸市场监督管理所"]
        assert f["sheet"] == f["person"]
        fixed = {"dept": "", "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        table = BATCH.table(name, f["sheet"])
        assert [types_in(r[2]) for r in table] == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 自查情况 is no point
        assert not {r[5] for r in table} & {p["risk_point"] for p in BATCH.points(name)}


def test_batch319_is_read(tmp_path):
    BATCH.is_read(tmp_path)
