"""The two-hundred-and-eighty-second batch of published layouts (tests/published/batch282.py): seven
ordinary files as the 局/委/办 of one county-level city (江油市) really send them — the 自然资源局's
一览表 with ``…风险`` types and 高/中/低, the 住房和城乡建设局's 防控卡 one sheet a holder with
``★★★/★★/★``, the 交通运输局's 排查表 对岗不对人 with ``风险点 | 风险表现`` and ``一级/二级/三级``, the
审计局's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 税务局's two sheets ``局领导 | 股室（分局）``
with ``高风险/中风险/低风险``, the 农业农村局's 清单 under group rows with ``一级风险/二级风险/三级风险``,
the 发展和改革局's 责任清单 written on every row — and one harder: the 医疗保障局's 分级防控表, which has
no level column but a ``监控责任主体`` column (局党组 / 分管局领导 / 股室负责人) that a ``注：`` line turns
into 一级/二级/三级 (``python tests/published/score.py --set batch282``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 64779bd (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch282``:
``TOTAL                      forms  44/44  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  58/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.829 types=1.000 noise=0``; with
``--strict`` the same, line for line:
``TOTAL                      forms  44/44  points  70/70  recall 1.00 precision 1.00 (70/70)  levels  58/70  types  70/70  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.829 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full (every form, point, level and type); the harder one reads every form,
point and type, and no level.

Missed, all in the harder ``jiangyou_medical_insurance_monitor_tiers.xlsx`` (sheet 分级防控表; forms
7/7, points 12/12, levels 0/12): the column ``监控责任主体`` (G3) was set aside as ``其他``
(COLUMN_GUESSED, info: ``已有另一列作为“科室”``) and the ``注：`` line under the table was not read as a
level key, so every point has no level (risks.csv ``risk_level`` blank; LEVEL_BLANK errors at E4…E15):
E4, E5 (局长 巩瑀澂), E6 (副局长 訾湲岫), E7 (股长 郗澹竹) — monitor ``局党组`` (G4…G7), truth Ⅰ级;
E8 (郗澹竹), E9 (科员 蒉翊潇), E11 (股长 隗沛珩), E13 (经办员 暨濯岚) — ``分管局领导``, truth Ⅱ级;
E10 (蒉翊潇), E12 (隗沛珩), E14 (暨濯岚), E15 (会计 宓珞溪) — ``股室负责人``, truth Ⅲ级. Kind: a
table whose level is given only through the tier that monitors each point, with a note mapping the
monitoring tiers (not level words or symbols) to 一级/二级/三级, is read as a table with no level
column.

Unscored besides: in the 税务局's file the sheet ``股室（分局）`` got the unit
``国家税务总局江油市税务局股室(分局`` (posts.csv F00035–F00038; the title ``…税务局股室（分局）岗位廉政风险
防控表`` cut at the bracket; truth ``国家税务总局江油市税务局``), and its ``第一税务分局 | 分局长 | 鄂钰澂``
(F00037) is read 领导岗位 (truth middle: a 分局 is a 科室 of the 税务局 here, a judgement call of this
batch); the 审计局's ``总审计师 | 储珮淇`` (F00007) is read 一般岗位 (truth leader). The other issues
are info only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: a note giving each of a column's few values a level in words of its own
makes that column the level (tests/test_columns.py::test_a_note_giving_each_value_of_a_column_a_level); a title's
part cut inside its brackets ends the unit before it, and 总审计师 is a leader (test_the_unit_a_title_names,
test_tier_from_the_post).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch282 import (
    BANDS,
    GRADES,
    LAYOUTS,
    MONITOR_NOTE,
    MONITOR_POSTS,
    MONITORS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(282, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"jiangyou_medical_insurance_monitor_tiers"}
UNTYPED = {
    "jiangyou_transport_posts",
    "jiangyou_tax_two_sheets",
    "jiangyou_development_reform_duties",
}
NOBODY = {"jiangyou_transport_posts"}


def test_batch282_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=277, unit_words=("江油市",), new_people=True)


def test_batch282_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 14))
    assert RESAVED == ()


def test_batch282_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch282_every_unit_is_of_jiangyou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all("江油市" in u for u in units)
    assert all(u.endswith("局") for u in units)


def test_batch282_the_level_is_the_monitoring_tier():
    name = "jiangyou_medical_insurance_monitor_tiers"
    rows = BATCH.filled(name)
    head = rows[BATCH.header(name)]
    assert head == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类型",
        "监控责任主体",
        "防控措施",
    ]
    # no column is headed as a level, and no cell of the table holds a level word
    assert not any("等级" in h or "级别" in h for h in head)
    table = BATCH.table(name)
    assert not {c for row in table for c in row} & set(LEVELS)
    # the level is the monitoring tier read through the note under the table
    got = [(r[1], r[2], r[3], r[4], MONITORS[r[6]]) for r in table]
    assert got == BATCH.truth_rows(name)
    assert [r["types"] for r in BATCH.points(name)] == [[r[5][:4]] for r in table]
    assert {r[6] for r in table} == set(MONITORS)
    note = next(row[0] for row in rows if isinstance(row[0], str) and row[0].startswith("注"))
    assert note == MONITOR_NOTE
    for monitor, lv in MONITORS.items():
        assert f"由{monitor}监控的为{'一二三'[lv - 1]}级风险" in note
    # the monitors are roles, never the holder: every holder is a 姓名 cell
    assert BATCH.holders(name) == {r[3] for r in table}
    assert not BATCH.holders(name) & set(MONITORS)
    assert len(table) == sum(len(p[4]) for p in MONITOR_POSTS)
    # one person's points are monitored at different tiers
    assert sum(len({p[2] for p in post[4]}) > 1 for post in MONITOR_POSTS) >= 3


def test_batch282_plain_tables_by_heading():
    cases = [
        ("jiangyou_natural_resources_list",
         {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("jiangyou_development_reform_duties",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("jiangyou_transport_posts", {"dept": "股室（队）", "post": "岗位", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "jiangyou_transport_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    name = "jiangyou_tax_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"}, "局领导",
                           fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室（分局）") == BATCH.truth_rows(name, "股室（分局）")


def test_batch282_group_rows_give_the_department():
    name = "jiangyou_agriculture_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
    assert got == BATCH.truth_rows(name)


def test_batch282_one_sheet_a_person():
    name = "jiangyou_housing_cards"
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
    name = "jiangyou_audit_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "所在股室", f["department"], "职　务", f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # the 工作环节 is no point
        assert not {r[1] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch282_is_read(tmp_path):
    BATCH.is_read(tmp_path)
