"""The two-hundred-and-ninety-fifth batch of published layouts (tests/published/batch295.py): seven
ordinary files as the schools, hospitals and 公共服务 bodies of one district (恩阳区) really send them —
the 柳林中学's 一览表 under group rows with ``一级风险/二级风险/三级风险``, the 茶坝中学's 排查表 对岗不对人
with ``风险点 | 主要表现`` and 高/中/低, the 下八庙镇中心小学's 防控卡 one sheet a holder with ``★★★/★★/★``,
the 渔溪镇卫生院's 自查表 one sheet a person with ``高风险/中风险/低风险``, the 疾病预防控制中心's two
sheets ``中心领导 | 科室`` with ``一级/二级/三级``, the 图书馆's 责任清单 with ``Ⅰ/Ⅱ/Ⅲ`` and a last
``责任领导`` column, the 档案馆's 一览表 with ``风险点 | 风险描述`` — and one harder: the 中医医院's
登记表 of sections, each 科室 named only by a label merged down a headless column A from the
section's own heading row (``python tests/published/score.py --set batch295``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 91a35f9 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch295``:
``TOTAL                      forms  48/48  points  75/75  recall 1.00 precision 1.00 (75/75)  levels  75/75  types  75/75  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  41/48  points  75/75  recall 1.00 precision 1.00 (75/75)  levels  75/75  types  75/75  noise 0``
and ``TOTAL forms=0.854 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). All eight
layouts read in full without ``--strict`` — every form, point, level and type, the harder one
included; with ``--strict`` the seven ordinary ones read in full and the harder one reads forms 2/9
(points 15/15). The truth was not changed after measuring.

Missed (``--strict`` only), all in the harder ``enyang_tcm_hospital_section_labels.xlsx`` (sheet 登记表):
the reader took each section's ``序号 | 岗位 | 姓名 | 廉洁风险点 | 风险类别 | 风险等级 | 防控措施`` (B–H) as
the table's heading again and read every row right — holder, post, point, level and type — but gave
NO 科室 to any form: the labels were not read. By cell (posts.csv of ``xlproc collect`` on the built
inbox):

- A8 ``药剂科`` (merged A8:A11): F00036 科主任 钮沅蘅 (D9) and F00037 中药调剂员 逄芷湄 (D11) read with the
  department blank (truth ``药剂科``);
- A12 ``针灸推拿科`` (A12:A15): F00038 科主任 夔峣翀 (D13) and F00039 护士长 沃黛筠 (D15) blank (truth
  ``针灸推拿科``);
- A16 ``医保办`` (A16:A19): F00040 主任 暨岫昀 (D17) and F00041 医保审核员 郦漪澂 (D18) blank (truth
  ``医保办``);
- A20 ``设备科`` (A20:A22): F00042 科长 缪瀛翰 (D21) blank (truth ``设备科``);
- A3 ``院领导`` (A3:A7): F00034 院长 阚澍岚 and F00035 副院长 晁琬澄 blank too (truth ``院领导``; ``--strict``
  does not compare a leader's 科室, so these two forms count as read).

Kind: a headless label column whose merged cells begin ON each section's own heading row is not
taken as the 科室 of the section's rows — the label beside a heading is dropped with the heading, and
no issue is raised for it (no COLUMN_GUESSED, CELL_OUTSIDE or ROW_UNPLACED).

Unscored besides (posts.csv), by cell:

- the same file: the post ``主任`` of the 医保办 (C17, F00040) was read as 领导岗位 (truth middle): with
  its 科室 lost, a bare ``主任`` reads as the unit's head. Kind: a consequence of the lost label.
- ``enyang_liulin_middle_groups.xlsx`` (sheet 一览表): the group row A5 ``一、校级领导`` did not give the
  科室 to the 校长 蔺崧霈 and 副校长 糜筠溪 under it (F00027, F00028, department blank; truth ``校级领导``),
  though ``二、教务处`` … ``四、总务处`` did (F00029–F00033). Kind: a group row naming the leadership (not
  an office) is not taken as the 科室 (as in batch291).
- ``enyang_xiabamiao_primary_cards.xlsx`` (sheets 校长, 副校长): the cards, which write no 科室, were given
  the 科室 ``领导班子`` (F00043, F00044; truth blank). Kind: the reader supplies a leaders' group the
  card does not name (a convention difference, as in batch291).
- ``enyang_yuxi_health_selfchecks.xlsx`` (sheet 麴菀澜): the post ``家庭医生团队长`` (C3 of the value row)
  was read as 中层岗位 (F00047; truth general by this batch's judgement call). Kind: a post ending in
  ``…长`` is taken as 中层 although it heads a service team, not an office (a convention difference).

The other issues are info only (TABLE_NO_TYPE on the two untyped tables, GRADE_BLANK on the cards
and self-checks).

Generalised after this measurement: a 科室 label merged down beside each section of a table names the
section's 科室 (tests/test_columns.py::test_a_keshi_label_merged_down_beside_each_section_of_a_table).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch295 import (
    BANDS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    SECTION_HEAD,
    SECTIONS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BANDS, **STARS, **RISKS}
BATCH = Batch(295, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"enyang_tcm_hospital_section_labels"}
UNTYPED = {"enyang_chaba_middle_posts", "enyang_library_duties"}
NOBODY = {"enyang_chaba_middle_posts"}
GAP = "\u3000"


def test_batch295_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=293, unit_words=("恩阳区",), new_people=True)


def test_batch295_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch295_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch295_every_unit_is_of_enyang():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("恩阳区") for u in units)


def test_batch295_sections_named_by_a_headless_label_column():
    name = "enyang_tcm_hospital_section_labels"
    sheet = BATCH.sheet(name)
    rows = BATCH.filled(name)
    heads = [r for r, row in enumerate(rows) if tuple(row[1:8]) == SECTION_HEAD]
    assert len(heads) == len(SECTIONS)
    # no heading over column A: every heading row opens with its section's 科室, never 科室/序号
    assert [rows[r][0] for r in heads] == [dept for dept, _people in SECTIONS]
    assert not any(row[0] in ("科室", "序号", "部门") for row in sheet["rows"])
    # each label is ONE cell merged down column A from its heading row to the section's last row
    ends = heads[1:] + [next(r for r, row in enumerate(rows) if row[0] == "填表人：")]
    for r, end in zip(heads, ends, strict=True):
        assert (r, 0, end - 1, 0) in sheet["merges"]
    # the sections follow one another: no blank row, caption or group row between them
    for r, end in zip(heads, ends, strict=True):
        assert all(isinstance(rows[k][1], int) for k in range(r + 1, end))
    # reading each section by its label gives the truth; 序号 start again at 1 in every section
    got = []
    for r, end in zip(heads, ends, strict=True):
        numbers = [rows[k][1] for k in range(r + 1, end)]
        assert numbers == list(range(1, len(numbers) + 1))
        for k in range(r + 1, end):
            _label, _n, post, who, point, typ, lv, _measures = rows[k]
            got.append((rows[r][0], post, who, point, HML[lv]))
            assert BATCH.answers(name)[point][4] == types_in(typ)
    assert got == BATCH.truth_rows(name)
    # the label, the heading words and the sign-off are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & ({d for d, _p in SECTIONS} | set(SECTION_HEAD))
    assert {f["department"] for f in BY_NAME[name]["truth"]} == {d for d, _p in SECTIONS}


def test_batch295_plain_tables_by_heading():
    cases = [
        ("enyang_chaba_middle_posts", {"dept": "处室", "post": "岗位", "point": "风险点"}, None),
        ("enyang_library_duties",
         {"dept": "部室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, None),
        ("enyang_archives_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 主要表现 / 风险描述 none; the 茶坝中学 names nobody
    for name, long in (
        ("enyang_chaba_middle_posts", "主要表现"),
        ("enyang_archives_list", "风险描述"),
    ):
        at = BATCH.heading(name).index(long)
        assert not {p["risk_point"] for p in BATCH.points(name)} & {
            r[at] for r in BATCH.table(name)
        }
    assert BATCH.holders("enyang_chaba_middle_posts") == {""}
    # the 图书馆's 工作事项 is no point, its 责任领导 no holder but of a leader's own rows, and
    # its levels are Ⅰ/Ⅱ/Ⅲ without 级
    name = "enyang_library_duties"
    table = BATCH.table(name)
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in table}
    assert not BATCH.holders(name) & {r[8] for r in table} - {r[3] for r in table}
    assert {r[6] for r in table} == set(ROMAN)
    name = "enyang_cdc_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "中心领导",
        fixed={"dept": "中心领导"},
    )
    assert got == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("中心领导", "科室"):
        assert BATCH.types_by(name, "风险类别", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]


def test_batch295_group_rows_give_the_department():
    name = "enyang_liulin_middle_groups"
    rows, dept, got, types = BATCH.filled(name), None, [], []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[5]]))
            types.append(row[4])
    assert got == BATCH.truth_rows(name)
    assert [[t] for t in types] == [r["types"] for r in BATCH.points(name)]


def test_batch295_one_sheet_a_person():
    name = "enyang_xiabamiao_primary_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][0] == "分管工作" and f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
    name = "enyang_yuxi_health_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"科{GAP}室", f"岗{GAP}位", "自查时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch295_is_read(tmp_path):
    BATCH.is_read(tmp_path)
