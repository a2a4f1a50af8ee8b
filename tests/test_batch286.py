"""The two-hundred-and-eighty-sixth batch of published layouts (tests/published/batch286.py): seven
ordinary files as the 局/委/办 of one county (青川县) really send them — the 财政局's 一览表 with
``…风险`` types and 高/中/低, the 教育局's 防控卡 one sheet a holder with ``★★★/★★/★``, the
卫生健康局's two sheets ``局领导 | 股室`` with ``一级/二级/三级``, the 林业局's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 应急管理局's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 民政局's 清单 under group rows with ``一级风险/二级风险/三级风险``, the
水利局's 责任清单 written on every row with the bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the
市场监督管理局's 一览表, whose ``风险类型（可多选，用“+”连接）`` column names one to three types in a
cell joined by ``+`` (``python tests/published/score.py --set batch286``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at b1c42d2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch286``:
``TOTAL                      forms  41/41  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  56/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.862 noise=0``; with
``--strict`` the same, line for line:
``TOTAL                      forms  41/41  points  65/65  recall 1.00 precision 1.00 (65/65)  levels  65/65  types  56/65  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=0.862 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full (every form, point, level and type); the harder one reads every form,
point and level, and the types of only the two cells that name one type.

Missed, all in the harder ``qingchuan_market_supervision_plus_types.xlsx`` (sheet 一览表; forms 6/6,
points 11/11, levels 11/11, types 2/11): every type cell that joins types by ``+`` or ``＋`` was read
as ONE unknown type word — risks.csv ``risk_type`` blank, ``raw_risk_type`` the whole cell, a
TYPE_UNKNOWN error at the cell (``风险类型“制度机制+岗位职责”无法识别``): F4 ``制度机制+岗位职责`` (局长
郦澍岑; truth 制度机制, 岗位职责), F5 ``思想道德+外部环境`` (郦澍岑; truth 思想道德, 外部环境), F6
``岗位职责+外部环境`` (副局长 邰沨琛), F7 ``岗位职责+业务流程`` (股长 滕霂璇), F9
``思想道德+岗位职责+外部环境`` (科员 缪沅钊; truth all three), F10 ``思想道德＋外部环境`` (缪沅钊, full-width
``＋``), F12 ``思想道德+外部环境`` (股长 蓟瑷澄), F13 ``制度机制+业务流程`` (执法人员 虞砚泠), F14
``业务流程＋制度机制`` (虞砚泠, full-width ``＋``; truth 业务流程, 制度机制) — read: no type; the one-type
cells F8 ``思想道德`` and F11 ``岗位职责`` were read right. Kind: a type cell naming several types joined
by a plus sign (half- or full-width) is not split at the sign, so the whole cell is an unknown type
and the point gets none of its types.

Unscored besides: nothing — every form's unit, 科室 and tier in posts.csv is the truth's. The other
issues are info only (GRADE_BLANK on the 教育局's cards and the 应急管理局's self-checks, TABLE_NO_TYPE on
the 卫生健康局's two sheets and the 水利局's list).

Generalised after this measurement: types joined by ``+`` or ``＋`` are each the point's
(tests/test_config.py::test_types_split_and_map).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch286 import (
    BANDS,
    BARE_ROMAN,
    GRADES,
    LAYOUTS,
    PLUS,
    PLUS_HEAD,
    PLUS_NOTE,
    PLUS_POSTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, TYPES

LEVELS = {**HML, **GRADES, **ROMAN, **BARE_ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(286, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qingchuan_market_supervision_plus_types"}
UNTYPED = {"qingchuan_health_two_sheets", "qingchuan_water_duties"}
NOBODY = {"qingchuan_forestry_posts"}


def test_batch286_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=277, unit_words=("青川县",), new_people=True)


def test_batch286_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch286_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, skip_types=HARDER)
    # the harder file's points name one to three types each, most of them more than one
    types = [r["types"] for r in BATCH.points(next(iter(HARDER)))]
    assert all(1 <= len(t) <= 3 for t in types)
    assert sum(len(t) > 1 for t in types) > len(types) / 2
    assert any(len(t) == 3 for t in types) and any(len(t) == 1 for t in types)


def test_batch286_every_unit_is_of_qingchuan():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("青川县") for u in units)
    assert all(u.endswith("局") for u in units)


def test_batch286_types_joined_by_plus():
    name = "qingchuan_market_supervision_plus_types"
    rows = BATCH.filled(name)
    head = rows[BATCH.header(name)]
    assert head == ["序号", "股室", "岗位", "姓名", "廉政风险点", PLUS_HEAD, "风险等级", "防控措施"]
    table = BATCH.table(name)
    cells = [row[5] for row in table]
    # every type cell is short type names joined by + or ＋, nothing else
    for cell in cells:
        parts = PLUS.split(cell)
        assert all(p in TYPES for p in parts), cell
    assert sum("＋" in c for c in cells) == 2 and sum("+" in c for c in cells) >= 5
    # the truth's types are the parts, in the order written
    assert [r["types"] for r in BATCH.points(name)] == [PLUS.split(c) for c in cells]
    # the rest is an ordinary 一览表
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    note = next(row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注"))
    assert note == PLUS_NOTE and "“+”连接" in note
    assert len(table) == sum(len(p[4]) for p in PLUS_POSTS)


def test_batch286_plain_tables_by_heading():
    cases = [
        ("qingchuan_finance_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类别"),
        ("qingchuan_water_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("qingchuan_forestry_posts", {"dept": "股室（站）", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "qingchuan_forestry_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 职责事项 is no point
    name = "qingchuan_water_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    name = "qingchuan_health_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导",
                           fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch286_group_rows_give_the_department():
    name = "qingchuan_civil_affairs_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch286_one_sheet_a_person():
    name = "qingchuan_education_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职　务", f["title"]]
        assert rows[2][:2] == ["所在股室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "qingchuan_emergency_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "所在股室", f["department"], "职　务", f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the 工作职责 is no point
        assert not {r[1] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch286_is_read(tmp_path):
    BATCH.is_read(tmp_path)
