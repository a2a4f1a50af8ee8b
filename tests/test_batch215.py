"""The two-hundred-and-fifteenth batch of published layouts (tests/published/batch215.py): nine files
as grass-roots bodies, public institutions and a county company of 沙坪坝区 send them — a 村's 一览表 with
``A/B/C`` read by its note, a 社区's 清单 对岗不对人 with a ``主要职责`` column, a 幼儿园's 防控卡 one sheet a
post, a 小学's 工作手册 workbook with a ``封面`` of counts and a ``目录`` before the list (a shape the README
does not describe), a 畜牧技术服务中心 with its 站 as 科室 and ``★★★/★★/★``, a 镇's 排查表 by ``所在站所``, a
数字化城管中心's list in section rows, a 社区 民政专干's 自查表 — and one harder: a 公交公司's 清单 whose
``风险类别`` holds business areas, no types (``python tests/published/score.py --set batch215``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 75c43a5 (main's newest when the batch was done): forms
1.000 (43/43), recall 1.000 (58/58), precision 1.000 (58/58), levels 1.000 (58/58), types 1.000
(58/58), noise 0; with --strict the same: forms 1.000 (43/43), recall 1.000 (58/58), precision
1.000 (58/58), levels 1.000 (58/58), types 1.000 (58/58), noise 0. The 9 files: nine .xlsx, no
re-saved copies. Missed: nothing scored.

- Not scored: ``bus_company_business_categories`` (harder) raises seven TYPE_UNKNOWN errors
  (``清单!B3``–``B9``, ``风险类型“三重一大决策”无法识别``, ``票款管理``, ``车辆维修``, ``物资采购``,
  ``选人用人``): the ``风险类别`` column of business areas is taken for the type column; the points'
  risk_type stays blank (raw_risk_type the area), so types are right, but an office gets an error a
  row for a column that names no type at all.
- Not scored: ``township_suozai_zhansuo``'s unit is read as ``沙坪坝区青檀镇`` (from the title), not
  ``沙坪坝区青檀镇人民政府`` of the ``填报单位（盖章）：…`` line under the table.

Read right: the harder 公交公司 清单's short ``风险点`` beside the long ``风险情况描述`` (description),
``一级风险/二级风险/三级风险``, 责任部门 merged and the posts 对岗不对人; the 小学's ``封面`` of counts and
``目录`` of dotted leaders (no form, no point, no issue), ``权力事项`` no point, ``Ⅰ级/Ⅱ级/Ⅲ级``; the 村's
``A/B/C`` by its note (LEVEL_SCALE), 权力名称 merged, 责任岗位/责任人; the 社区's 清单 with ``主要职责``
and no 科室; the 幼儿园's cards one sheet a post with the pairs above; the 畜牧技术服务中心's 站 as 科室
with ``★★★/★★/★``; the 镇's ``所在站所`` as 科室 (站长, 所长, 主任 中层); the 数字化城管中心's section rows
as 科室; the 民政专干's one field line ``单位：…　　姓名：…　　岗位：…``. Every tier right.

(Read in full before any change for it: nothing in this batch was generalised on.)

Read in full untuned; nothing generalised on it.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch215 import (
    ABC,
    GAP,
    GRADES,
    LAYOUTS,
    PLACE,
    PREFIX,
    RESAVED,
    ROMAN,
    STARS,
    WORDS,
    build,
)
from published.checks import Batch, resaved_files
from published.layouts import HML, TYPES, types_in

LEVELS = {**HML, **ROMAN, **GRADES, **WORDS, **STARS, **ABC}
BATCH = Batch(215, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"bus_company_business_categories"}
UNTYPED = {"bus_company_business_categories", "school_handbook_cover", "village_power_groups_abc"}
NOBODY = {"bus_company_business_categories", "community_posts_duties"}


def test_batch215_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=209, new_people=True)
    assert not any(PLACE[:3] in u for u in BATCH.earlier_units())
    assert all(PLACE in f["unit"] for lay in LAYOUTS for f in lay["truth"])


def test_batch215_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch215_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch215_business_areas_are_no_types():
    name = "bus_company_business_categories"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][1] == "风险类别" and rows[head][-1] == "风险级别"
    cats = {r[1] for r in rows[head + 1 :] if r[-1] in WORDS}
    assert cats and not any(types_in(c) for c in cats)
    heads = {"dept": "责任部门", "post": "责任岗位", "point": "风险点"}
    assert BATCH.by_heading(name, heads, level="风险级别") == BATCH.truth_rows(name)
    descs = [r[3] for r in rows[head + 1 :] if r[-1] in WORDS]
    points = [p["risk_point"] for p in BATCH.points(name)]
    assert all(len(d) > len(p) for d, p in zip(descs, points, strict=True))


def test_batch215_handbook_cover_counts_the_list():
    name = "school_handbook_cover"
    sheets = [s["name"] for s in BY_NAME[name]["sheets"]]
    assert sheets == ["封面", "目录", "一览表（岗位）"]
    assert {f["sheet"] for f in BY_NAME[name]["truth"]} == {"一览表（岗位）"}
    cover = [r[0] for r in BATCH.rows(name, "封面")]
    points = BATCH.points(name)
    rows = BATCH.filled(name, "一览表（岗位）")
    head = BATCH.header(name, "一览表（岗位）")
    powers = {r[4] for r in rows[head + 1 :] if r[6] in ROMAN}
    assert f"权力清单：{len(powers)}项" in cover
    assert f"廉政风险点：{len(points)}个" in cover and f"防控方法：{len(points)}条" in cover
    for word, lv in ROMAN.items():
        assert f"{word}风险：{sum(p['level'] == lv for p in points)}个" in cover
    toc = [r[0] for r in BATCH.rows(name, "目录")]
    assert toc[0] == "报送材料目录" and all(re.search(r"…+\d$", line) for line in toc[1:])
    heads = {"dept": "处室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "一览表（岗位）") == BATCH.truth_rows(name)
    assert not powers & {p["risk_point"] for p in points}


def test_batch215_plain_tables_by_heading():
    cases = [
        ("village_power_groups_abc", {"post": "责任岗位", "person": "责任人", "point": "廉政风险"}, None),
        ("community_posts_duties", {"post": "岗位", "point": "风险点"}, "风险类型"),
        ("livestock_center_stations",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("township_suozai_zhansuo",
         {"dept": "所在站所", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert sorted(BATCH.by_heading(name, heads)) == sorted(BATCH.truth_rows(name)), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    note = BATCH.rows("village_power_groups_abc")[-2][0]
    assert note == "注：风险等级A为高风险，B为中风险，C为低风险。"
    assert {p["level"] for p in BATCH.points("village_power_groups_abc")} == {1, 2, 3}
    assert (
        "科室" not in BATCH.filled("community_posts_duties")[BATCH.header("community_posts_duties")]
    )
    assert all(f["department"] == "" for f in BY_NAME["community_posts_duties"]["truth"])
    assert BATCH.rows("livestock_center_stations")[-2][0].startswith("说明：★★★表示高风险")
    rows = BATCH.filled("township_suozai_zhansuo")
    assert "人民政府" not in rows[0][0] and rows[-1][0].endswith("人民政府")
    tiers = {f["title"]: f["tier"] for f in BY_NAME["township_suozai_zhansuo"]["truth"]}
    assert (
        tiers["站长"] == tiers["所长"] == tiers["主任"] == "middle" and tiers["副镇长"] == "leader"
    )


def test_batch215_section_rows_give_the_department():
    name = "city_center_section_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head]
    dept, got = "", []
    for r in rows[head + 1 :]:
        if isinstance(r[0], str) and re.match(r"[一二三]、", r[0]) and len(set(r)) == 1:
            dept = r[0][2:]
        elif r[5] in ROMAN:
            got.append((dept, r[1], r[2], r[3], ROMAN[r[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch215_cards_and_self_check():
    name = "kindergarten_tab_per_post"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["title"]
        assert rows[1][:4] == ["姓名", f["person"], "岗位", f["title"]]
        assert rows[2][:2] == ["部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]
    name = "community_clerk_self_check"
    f = BATCH.form(name)
    rows = BATCH.filled(name)
    assert (
        rows[1][0] == f"单位：{f['unit']}{GAP}{GAP}姓名：{f['person']}{GAP}{GAP}岗位：{f['title']}"
    )
    assert f["unit"] not in rows[0][0] and len(set(rows[1])) == 1
    fixed = {"post": f["title"], "person": f["person"]}
    assert BATCH.by_heading(name, {"point": "风险点"}, fixed=fixed) == BATCH.truth_rows(name)
    assert set(TYPES) >= {t for p in f["risks"] for t in p["types"]}


def test_two_hundred_and_fifteenth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
