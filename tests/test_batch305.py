"""The three-hundred-and-fifth batch of published layouts (tests/published/batch305.py): seven
ordinary files as the 镇, 街道, 站所, 村 and 社区 of one city (广汉市) really send them — the
三星堆镇人民政府's 一览表 with ``科室`` merged and ``一级/二级/三级``, the 向阳镇财政所's 防控卡 one sheet a
holder with ``★★★/★★/★``, the 连山镇便民服务中心's 一览表 under group rows with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
雒城街道办事处's two sheets ``班子成员 | 科室`` with 高/中/低, the 小汉镇双槐村's 责任清单 with
``高风险/中风险/低风险``, the 金雁街道桂苑社区's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``一级风险/二级风险/三级风险``, the 西高镇农业综合服务中心's 自查表 one sheet a person with bare
``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 高坪镇人民政府's 岗位廉政风险点排查表 with no 科室 and no 姓名 column,
cut into 科室 blocks by lines giving only the 科室 and its head (``党政办公室　主任：庾湜岚``), the
head's name holding only the rows of his own post and the block's other posts named by no one
(``python tests/published/score.py --set batch305``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 325d59f (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch305``:
``TOTAL                      forms  44/44  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  44/44  points  72/72  recall 1.00 precision 1.00 (72/72)  levels  72/72  types  72/72  noise 0``
and ``TOTAL forms=1.000 recall=1.000 precision=1.000 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). ALL EIGHT layouts
read in full — every form, point, level and type — with ``--strict`` too, the harder one included
(forms 11/11, points 16/16: every 科室 taken from its head line, the head's name on the rows of his
own post only — ``主任`` 庾湜岚, 韶珩渟, 濮翀漪, ``所长`` 蔺曈溱 — the other seven posts with no holder, the
退役军人服务站's ``站长`` 郏沨楠 holding no form and its ``优抚专干`` nobody's; the head lines, the ``注：``
line and the sign-off line no points). So the harder shape does not tell this reader apart: its
group-row rules (batch 117's ``社会救助股　股长：…``, the roster rows of batches 141–144) already
read a 科室 line naming only its head over a ``岗位`` column of several posts. The truth was not
changed after measuring.

No scored miss. Unscored (posts.csv and risks.csv of ``xlproc collect`` on the built inbox), by
cell:

- ``guanghan_xiangyang_finance_cards.xlsx``, sheet 会计: the merged 工作职责 cell B3:E3
  ``负责镇本级会计核算、差旅费和办公用品报销审核`` gave the 科室 ``本级会计核算、差旅费和办`` (F00040, both
  points, rows 5–6; truth no 科室 — the sheets 所长 and 出纳, whose 职责 lines hold no ``…办``, got the
  科室 ``财政所`` split off the unit ``广汉市向阳镇``, the writing score.py takes as the truth's unit
  ``广汉市向阳镇财政所``). Kind: a card's 职责 sentence is cut at the ``办`` of ``办公用品`` and read as an
  office (``…办``), overriding the 财政所 the unit gives; ``--strict`` does not compare a named form's
  科室 where the truth has none, so it is not scored. The 所长 (F00039) read as 中层岗位 (truth leader:
  the 所's head in its own file, as batch 301 took it).
- ``guanghan_shuanghuai_village_duties.xlsx`` (sheet 责任清单): B6 ``村务监督委员会主任`` (F00036) read as
  领导岗位 (truth middle); ``guanghan_guiyuan_community_posts.xlsx`` (sheet 排查表): B9
  ``居务监督委员会主任`` (F00015) read as 领导岗位 (truth middle). Kind: a 监督委员会's 主任 taken for the
  村's or 社区's head (the convention difference batches 281, 297 and 301 noted). The 村's unit is now
  read right (``广汉市小汉镇双槐村``, from the title).
- ``guanghan_lianshan_service_groups.xlsx`` and ``guanghan_xigao_agri_selfchecks.xlsx``: unit
  ``广汉市连山镇`` (F00016–F00020) and ``广汉市西高镇`` (F00042–F00044) (truth ``…连山镇便民服务中心``,
  ``…西高镇农业综合服务中心``), the 中心's groups and 股 as 科室 right. Kind: a 镇's 中心 writing its own
  file is put under its 镇 with the 中心's name lost (as in batch 301); score.py does not compare units.
- ``guanghan_luocheng_street_two_sheets.xlsx`` (sheet 班子成员): the three leaders F00021–F00023 with no
  科室 (truth ``班子成员``, from the tab and the title); ``--strict`` does not compare a leader's 科室.

Everything else in posts.csv matches the truth (every other unit, 科室, post and tier). The other
issues are info only (TABLE_NO_TYPE on the five untyped sheets, GRADE_BLANK on the cards and
self-checks).

Nothing to generalise in the scored fields: the batch read in full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch305 import (
    BANDS,
    BARE,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TOWN_BLOCKS,
    TOWN_HEAD,
    TOWN_NOTE,
    build,
    town_truth_rows,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **STARS, **BANDS, **RISKS}
BATCH = Batch(305, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HEADS = "guanghan_gaoping_town_head_lines"
HARDER = {HEADS}
UNTYPED = {
    "guanghan_lianshan_service_groups",
    "guanghan_shuanghuai_village_duties",
    "guanghan_xigao_agri_selfchecks",
}
NOBODY = {"guanghan_guiyuan_community_posts"}
SOME_NOBODY = {HEADS}
GAP = "\u3000"


def test_batch305_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=305, unit_words=("广汉市",), new_people=True)


def test_batch305_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, some_nobody=SOME_NOBODY, points=(6, 16))
    assert RESAVED == ()


def test_batch305_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch305_every_unit_is_of_guanghan():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("广汉市") for u in units)


def test_batch305_head_lines_name_one_post_of_each_block():
    rows = BATCH.filled(HEADS)
    head = BATCH.header(HEADS)
    assert tuple(rows[head]) == TOWN_HEAD
    # no 科室 and no 姓名 column: the header names neither
    assert not {"科室", "部门", "股室", "姓名", "责任人"} & set(TOWN_HEAD)
    lines = {f"{dept}{GAP}{post}：{who}": (dept, post, who) for dept, post, who, _ in TOWN_BLOCKS}
    block, got, others = None, [], []
    for row in rows[head + 1 :]:
        if row[0] in lines:  # a head line, merged across the table, unnumbered
            assert all(c == row[0] for c in row), row
            block = lines[row[0]]
        elif isinstance(row[0], int):
            dept, head_post, who = block
            holder = who if row[1] == head_post else ""
            got.append((dept, row[1], holder, row[2], HML[row[4]]))
        else:
            others.append(row[0])
    assert got == BATCH.truth_rows(HEADS) == town_truth_rows()
    assert others == [TOWN_NOTE, "填表人："]
    types = [types_in(r[3]) for r in BATCH.table(HEADS)]
    assert types == [r["types"] for r in BATCH.points(HEADS)]
    # every block holds posts besides the head's, and those name no one
    truth = BY_NAME[HEADS]["truth"]
    for dept, head_post, who, posts in TOWN_BLOCKS:
        forms = [f for f in truth if f["department"] == dept]
        assert {f["title"] for f in forms} == {p[0] for p in posts}
        assert any(f["title"] != head_post for f in forms)
        for f in forms:
            assert f["person"] == (who if f["title"] == head_post else ""), f
    # the 退役军人服务站's head has no row of his post: he holds no form
    dept, head_post, who, posts = TOWN_BLOCKS[-1]
    assert head_post not in {p[0] for p in posts}
    assert who not in BATCH.holders(HEADS)
    assert {f["person"] for f in truth} == {b[2] for b in TOWN_BLOCKS[:-1]} | {""}
    # the rows name nobody: no holder stands in a row of the table
    for row in BATCH.table(HEADS):
        assert not any(b[2] in str(cell) for b in TOWN_BLOCKS for cell in row), row


def test_batch305_plain_tables_by_heading():
    cases = [
        ("guanghan_sanxingdui_town_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("guanghan_shuanghuai_village_duties",
         {"post": "岗位", "person": "责任人", "point": "廉洁风险点"}, None),
        ("guanghan_guiyuan_community_posts", {"post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 社区 names nobody
    name = "guanghan_guiyuan_community_posts"
    at = BATCH.heading(name).index("风险表现")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 村's 职责事项 is no point
    name = "guanghan_shuanghuai_village_duties"
    at = BATCH.heading(name).index("职责事项")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[at] for r in BATCH.table(name)}
    name = "guanghan_luocheng_street_two_sheets"
    got = BATCH.by_heading(
        name, {"post": "职务", "person": "姓名", "point": "风险点"}, "班子成员",
        fixed={"dept": "班子成员"},
    )  # fmt: skip
    assert got == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("班子成员", "科室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # 分管工作 is no point
    table = BATCH.table(name, "班子成员")
    assert not {r[3] for r in table} & {p["risk_point"] for p in BATCH.points(name)}


def test_batch305_group_rows_give_the_department():
    name = "guanghan_lianshan_service_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch305_one_sheet_a_person():
    name = "guanghan_xiangyang_finance_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f["person"], f"职{GAP}务", f["title"]]
        assert f["sheet"] == f["title"] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # 工作职责 is no point
        assert rows[2][1] not in {p["risk_point"] for p in BATCH.points(name)}
        assert any(str(r[0]).startswith("注：★★★为高风险") for r in rows)
    name = "guanghan_xigao_agri_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"股{GAP}室", f"岗{GAP}位", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        # 自查情况 is no point; the note reads the bare numerals
        table = BATCH.table(name, f["sheet"])
        assert not {r[4] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert any(str(r[0]).startswith("注：风险等级分Ⅰ、Ⅱ、Ⅲ三级") for r in rows)


def test_batch305_is_read(tmp_path):
    BATCH.is_read(tmp_path)
