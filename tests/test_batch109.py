"""The hundred-and-ninth batch of published layouts (tests/published/batch109.py): eight ordinary files
as county bodies no earlier batch used really send them — a 国防动员办公室 一览表 whose 岗位 cells carry
the 副主任's work in brackets, a 工人文化宫's rows in the 县总工会's template (the title the 总工会's,
a ``单位名称`` column the 文化宫's), a 妇女儿童活动中心 清单 对岗不对人 with ``风险程度`` and ``制度机制类``,
a 血防站 一览表 with two-character names padded by a full-width space and a sentence counting the
points, a 农广校 一览表 with a ``是否重点岗位`` column, the 县委台办's list whose 主任 is ``帅承钧（兼）``,
a 国有资产管理中心 一览表 with numbered 科室 and ``在岗人员``, a 土肥站's cards levelled ``1级/2级/3级`` —
and one harder: a 防汛防旱指挥部办公室 一览表 with no level column, its rows grouped under
``一、高风险点（共4个）`` … so one holder's points stand apart (``python tests/published/score.py --set
batch109``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 26a9698 (main's newest commit when the batch was done):
forms 1.000 (52/52), recall 1.000 (71/71), precision 1.000 (71/71), levels 1.000 (71/71), types
1.000 (71/71), noise 0; with --strict forms 0.923 (48/52), recall 1.000 (71/71), precision 1.000
(71/71), levels 1.000 (71/71), types 1.000 (71/71), noise 0. The 9 files: nine .xlsx (no re-saved
copies). Missed (only with --strict):

- ``state_assets_numbered_depts`` (strict forms 2/6; points 7/7, levels and types right): the
  numbered 科室 cells ``一览表!B4`` ``1.中心领导``, ``B6`` ``2.综合科``, ``B7`` ``3.资产配置科``, ``B9``
  ``4.资产处置科`` (each merged down over its rows) are kept WHOLE as the department — ``2.综合科``,
  ``3.资产配置科``, ``4.资产处置科`` — so the four forms below the 中心领导 (檀若虚, 练晴川, 索清远,
  揭小满) miss under --strict; the 主任 and 副主任 match only because a leader's 科室 is not compared.
  Holders, posts, tiers, points and levels are all right. (Seen while probing, not in the batch:
  ``2、综合科``, ``二、综合科``, ``（二）综合科``, ``2. 综合科`` and ``2综合科`` are kept whole the same way;
  heading the holder column ``姓名`` instead of ``在岗人员`` changes nothing.)

Not scored but seen in the export: the 县委台办's unit is read ``中共金湖县委台湾工作办公室(金湖县人民
政府台湾事务办公室`` — the title ``Sheet1!A1`` ``中共金湖县委台湾工作办公室（金湖县人民政府台湾事务办公室）
岗位廉政风险防控一览表`` cut before the closing bracket, the office's second plate kept in (with ASCII
brackets the same; without the brackets, either name alone is read right). Every other unit — the
工人文化宫 from its ``单位名称`` column under the 总工会's title among them — and every tier of the batch
is read as the truth has it.

Read right: the 国防动员办公室's ``副主任（分管人防工程、易地建设费征收）`` read as the post 副主任; the
工人文化宫's ``单位名称`` column as its unit under the 总工会 template's title; the 妇女儿童活动中心's posts
对岗不对人 with no 科室 column, ``风险程度`` and ``制度机制类``, its ``说明`` no point; the 血防站's padded
names ``晏　澄`` read 晏澄 and its counting sentence no point; the 农广校's ``是否重点岗位`` column set
aside as another column (a COLUMN_GUESSED info); the 县委台办's ``帅承钧（兼）`` read 帅承钧 (主任, leader)
under ``职务 | 姓名 | 分管工作``; the 国有资产管理中心's ``在岗人员`` as the holder; the 土肥站's cards with
``1级/2级/3级``; and the harder 防汛办's level groups ``一、高风险点（共4个）`` … with no level column, each
holder's points gathered from two groups into one form.

(Read in full before any change for it: nothing in this batch was generalised on.)

After generalising (a 科室 column numbered down the list, '2.综合科'): 1.00 on every metric, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch109 import ARABIC, GAP, GRADES, LAYOUTS, PLACE, ROMAN, build
from published.checks import Batch
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **ARABIC}
BATCH = Batch(109, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"flood_office_level_groups"}
UNTYPED = {"farmer_school_key_post", "taiwan_office_concurrent_head"}
NOBODY = {"women_children_center_posts"}
PLAIN = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}


def test_batch109_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, unit_words=("金湖",), new_people=True)
    assert all(PLACE[:2] in f["unit"] for lay in LAYOUTS for f in lay["truth"])


def test_batch109_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch109_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch109_level_groups_without_a_level_column():
    name = "flood_office_level_groups"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == ["序号", "科室", "岗位", "姓名", "风险点", "风险类型", "防控措施"]
    assert not any("等级" in str(c) for c in rows[head])
    words = {"高": 1, "中": 2, "低": 3}
    got, level, count, numbers = [], None, {}, {}
    for r, row in enumerate(rows[head + 1 :], head + 1):
        m = re.fullmatch(r"[一二三]、([高中低])风险点（共(\d)个）", str(row[0]))
        if m:
            assert len(set(row)) == 1 and BATCH.merged(name, 0, r, 0, 6)
            level, count[words[m[1]]] = words[m[1]], int(m[2])
            continue
        if isinstance(row[0], int):
            numbers.setdefault(level, []).append(row[0])
            got.append((row[1], row[2], row[3], row[4], level))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert count == {lv: len(ns) for lv, ns in numbers.items()}
    assert all(ns == list(range(1, len(ns) + 1)) for ns in numbers.values())
    # one holder's points stand in groups apart: the 主任, the 科长 and the 保管员
    apart = [
        f["person"] for f in BY_NAME[name]["truth"] if len({r["level"] for r in f["risks"]}) > 1
    ]
    assert sorted(apart) == sorted(["贲鸿祯", "牟清川", "荀沐白"])
    typed = {
        (row[4], tuple(types_in(row[5]))) for row in rows[head + 1 :] if isinstance(row[0], int)
    }
    assert typed == {(p["risk_point"], tuple(p["types"])) for p in BATCH.points(name)}


def test_batch109_post_cells_with_their_work_in_brackets():
    name = "civil_defense_post_brackets"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    posts = {r[2] for r in rows[head + 1 :] if r[6] in HML}
    assert {p for p in posts if "分管" in p} == {
        "副主任（分管人防工程、易地建设费征收）",
        "副主任（分管国防动员、指挥通信）",
    }
    bare = lambda cell: re.sub(r"（分管[^）]+）$", "", cell)  # noqa: E731
    assert BATCH.by_heading(name, PLAIN, post=bare) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch109_unit_column_in_the_upper_bodys_template():
    name = "workers_palace_unit_column"
    unit = {f["unit"] for f in BY_NAME[name]["truth"]}.pop()
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    title = rows[1][0]
    assert "总工会" in title and unit not in title and "文化宫" not in title
    assert rows[head][1] == "单位名称"
    table = [r for r in rows[head + 1 :] if r[7] in ROMAN]
    assert {r[1] for r in table} == {unit} and BATCH.merged(name, 0, head + 1, 1, 1)
    heads = {"dept": "部门", "post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别") == [p["types"] for p in BATCH.points(name)]
    assert {r[9] for r in table} == {None}


def test_batch109_posts_without_a_department_column():
    name = "women_children_center_posts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head] and "姓名" not in rows[head]
    heads = {"post": "岗位", "point": "风险点"}
    assert BATCH.by_heading(name, heads, level="风险程度") == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类别", level="风险程度") == [
        p["types"] for p in BATCH.points(name)
    ]
    assert all(str(r[4]).endswith("类") for r in rows[head + 1 :] if r[5] in HML)
    # the 说明 under the table names every type and the three levels, and is no point
    note = next(r[0] for r in rows if str(r[0]).startswith("说明"))
    assert types_in(note) == list(TYPES) and all(w in note for w in "高中低")
    assert note not in {p["risk_point"] for p in BATCH.points(name)}
    assert {f["title"] for f in BY_NAME[name]["truth"]} >= {"培训部部长", "活动部干事"}


def test_batch109_padded_names_and_the_counting_sentence():
    name = "schisto_station_padded_names"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    shown = {r[3] for r in rows[head + 1 :] if r[6] in HML}
    padded = {s for s in shown if GAP in s}
    assert padded and all(len(s) == 3 and s[1] == GAP for s in padded)
    assert {s.replace(GAP, "") for s in shown} == BATCH.holders(name)
    unpad = lambda cell: cell.replace(GAP, "")  # noqa: E731
    assert BATCH.by_heading(name, PLAIN, person=unpad) == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]
    levels = [p["level"] for p in BATCH.points(name)]
    sentence = next(r[0] for r in rows if str(r[0]).startswith("本站共排查"))
    want = f"风险点{len(levels)}个，其中高风险点{levels.count(1)}个、中风险点{levels.count(2)}个、"
    assert want in sentence and f"低风险点{levels.count(3)}个" in sentence
    assert sentence not in {p["risk_point"] for p in BATCH.points(name)}


def test_batch109_key_post_column():
    name = "farmer_school_key_post"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][3] == "是否重点岗位"
    assert {r[3] for r in rows[head + 1 :] if r[6] in HML} == {"是", "否"}
    heads = {"dept": "科室", "post": "岗位", "person": "责任人", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)


def test_batch109_concurrent_head_and_second_plate():
    name = "taiwan_office_concurrent_head"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    unit = BY_NAME[name]["truth"][0]["unit"]
    assert rows[0][0] == f"{unit}（{PLACE}人民政府台湾事务办公室）岗位廉政风险防控一览表"
    assert "科室" not in rows[head] and rows[head][1:4] == ["职务", "姓名", "分管工作"]
    assert "帅承钧（兼）" in {r[2] for r in rows[head + 1 :]}
    heads = {"post": "职务", "person": "姓名", "point": "风险点"}
    plain = lambda cell: cell.removesuffix("（兼）")  # noqa: E731
    assert BATCH.by_heading(name, heads, person=plain) == BATCH.truth_rows(name)
    assert {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}["主任"] == "leader"


def test_batch109_numbered_departments():
    name = "state_assets_numbered_depts"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][3] == "在岗人员"
    table = [r for r in rows[head + 1 :] if r[6] in HML]
    got = []
    for r in table:
        number, dept = re.fullmatch(r"(\d)\.(.+)", r[1]).groups()
        got.append((dept, r[2], r[3], r[4], HML[r[6]]))
    assert got == BATCH.truth_rows(name)
    numbers = [re.match(r"\d", r[1])[0] for r in table]
    assert sorted(set(numbers)) == ["1", "2", "3", "4"]
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch109_cards_with_arabic_levels():
    name = "soil_station_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["title"]
        assert rows[1][:4] == ["持卡人", f["person"], "岗位", f["title"]]
        assert rows[2][:2] == ["科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        levels = {r[3] for r in rows if r[3] in LEVELS}
        assert levels <= set(ARABIC)
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_hundred_and_ninth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
