"""The hundred-and-forty-fifth batch of published layouts (tests/published/batch145.py): eight
ordinary lists from county bodies no earlier batch used or used seldom, all of an invented 射洪县 —
a 国土资源局 一览表 whose ``股室（所）`` column holds two towns' 国土资源所 and whose types end in ``类``, a
县委宣传部 清单 对岗不对人 whose 科室 are ``县文明办``, ``县委外宣办``, ``县网信办``, a 扶贫和移民工作局 一览表
with the name first and the 序号 restarting per 股室, a 县人民政府驻成都办事处 一览表, a 科学技术协会 一览表
with posts written as 职级 (``四级主任科员``), a 新型农村合作医疗管理中心 排查表 with no 科室 column
(``审核结算股股长``), a 新闻中心 一览表 with two 记者 in one cell (``乐正雪樵、郦晴野``), a 法制办公室 责任清单
with 责任股室/责任岗位/责任人 last — and one harder: the 会计核算中心's 一览表 whose holders stand only in
a roster under it (``附：岗位人员对应表``) (``python tests/published/score.py --set batch145``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 16a62c2 (main's newest when the batch was done): forms
1.000 (51/51), recall 1.000 (70/70), precision 1.000 (70/70), levels 1.000 (70/70), types 1.000
(70/70), noise 0; with --strict the same: forms 1.000 (51/51), recall 1.000 (70/70), precision
1.000 (70/70), levels 1.000 (70/70), types 1.000 (70/70), noise 0. The 9 files: nine .xlsx, no
re-saves. Missed: nothing — no form, point, level or type.

Seen in the export, not scored:

- ``medical_coop_posts_with_offices``: ``中心主任`` (澹台知秋, ``排查表!B3``) and ``中心副主任`` (夹谷听松,
  ``B4``) read tier 中层岗位; the truth has them leaders (the 中心's own heads, as a 中心's 主任 and 副主任
  are in batch104 and batch141). The posts themselves, kept whole with department "" as the
  convention wants, are right.

Read right: the 会计核算中心's holders taken from the roster UNDER the table (``附：岗位人员对应表`` and
its ``序号 | 组别 | 岗位 | 姓名`` heading; no TABLE_OTHER, no ROW_UNPLACED), every post given its one
holder; the 国土资源局's ``股室（所）`` column with the towns' ``涪澜国土资源所``/``苎坪国土资源所`` as 科室 and
the unit the 局, types written ``…类``; the 宣传部's ``县文明办``, ``县委外宣办``, ``县网信办`` read as 科室 of
``中共射洪县委宣传部`` (no unit of their own), posts 对岗不对人, ``监督责任人`` roles taken for no holder;
the 扶贫和移民工作局's name-first column order and 序号 restarting per 股室; ``射洪县人民政府驻成都办事处``
kept whole as the unit; the 科协's ``党组书记、常务副主席`` as one post and the 职级 ``四级主任科员``, ``一级科员``
as posts (general); the 合管中心's posts with their 股 kept whole (``审核结算股股长``); the 新闻中心's
``乐正雪樵、郦晴野`` split into two 记者 each with both points; the 法制办's ``责任股室 | 责任岗位 | 责任人``
read last in the row, ``职权名称`` merged down as the duty; ``一级/二级/三级`` and 高/中/低 everywhere; the
compound surnames 澹台, 夹谷, 宰父, 羊舌, 梁丘, 公良, 宗政, 漆雕, 乐正 and the rare 谯, 仝, 郄, 妫, 鄞, 庾, 邰,
郇. Only TABLE_NO_TYPE hints for the four untyped lists.

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch145 import GRADES, LAYOUTS, PREFIX, RESAVED, build
from published.checks import Batch, resaved_files
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES}
BATCH = Batch(145, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"accounting_center_roster_below"}
NOBODY = {"propaganda_dept_county_offices"}
UNTYPED = {
    "propaganda_dept_county_offices",
    "science_association_rank_posts",
    "news_center_shared_reporters",
    "legal_office_duty_list",
}


def test_batch145_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, unit_words=("射洪",), new_people=True)


def test_batch145_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(copies=resaved_files(PREFIX, RESAVED), nobody=NOBODY)


def test_batch145_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch145_every_unit_is_of_shehong():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all("射洪县" in u for u in units)
    assert {"中共射洪县委宣传部", "射洪县人民政府驻成都办事处", "射洪县人民政府法制办公室"} <= units
    for lay in LAYOUTS:  # each unit stands whole in its title (under 附件1 if any)
        unit = lay["truth"][0]["unit"]
        title = next(r for r in BATCH.filled(lay["name"]) if str(r[0]).endswith(("表", "清单")))
        assert unit in title[0] and len(set(title)) == 1, lay["name"]


def test_batch145_plain_tables_by_heading():
    cases = [
        ("land_bureau_town_stations",
         {"dept": "股室（所）", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险等级", "风险类别"),
        ("propaganda_dept_county_offices", {"dept": "科室", "post": "岗位", "point": "廉政风险点"},
         "风险等级", None),
        ("poverty_bureau_name_first",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("liaison_office_in_chengdu",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级", "风险类型"),
        ("science_association_rank_posts",
         {"dept": "部门", "post": "职务", "person": "姓名", "point": "风险点"}, "风险等级", None),
        ("medical_coop_posts_with_offices", {"post": "岗位", "person": "姓名", "point": "风险点"},
         "风险等级", "风险类别"),
        ("legal_office_duty_list",
         {"dept": "责任股室", "post": "责任岗位", "person": "责任人", "point": "风险点"}, "风险等级", None),
    ]  # fmt: skip
    for name, heads, level, typ in cases:  # the truth lists a form's points together
        got = BATCH.by_heading(name, heads, level=level)
        assert sorted(got) == sorted(BATCH.truth_rows(name)), name
        if typ:
            assert BATCH.types_by(name, typ, level=level) == [
                p["types"] for p in BATCH.points(name)
            ], name


def test_batch145_holders_only_in_the_roster_below():
    name = "accounting_center_roster_below"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head] == ["序号", "组别", "岗位", "风险点", "风险类型", "风险等级", "防控措施"]
    caption = next(r for r, row in enumerate(rows) if row[0] == "附：岗位人员对应表")
    assert len(set(rows[caption])) == 1  # merged across the table
    assert not any(c for c in rows[caption - 1])  # a blank row before it
    assert rows[caption + 1][:4] == ["序号", "组别", "岗位", "姓名"]
    roster = {}
    for row in rows[caption + 2 :]:
        if not isinstance(row[0], int):
            break
        roster[(row[1], row[2])] = row[3]
    table = [r for r in rows[head + 1 : caption] if r[5] in HML]
    got = [(r[1], r[2], roster[(r[1], r[2])], r[3], HML[r[5]]) for r in table]
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]
    assert set(roster.values()) == BATCH.holders(name)
    assert not any(w in str(c) for r in rows[:caption] for c in r for w in roster.values())


def test_batch145_town_stations_and_class_types():
    name = "land_bureau_town_stations"
    depts = {f["department"] for f in BY_NAME[name]["truth"]}
    assert {"涪澜国土资源所", "苎坪国土资源所"} <= depts
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {"射洪县国土资源局"}
    rows, head = BATCH.filled(name), BATCH.header(name)
    written = {r[5] for r in rows[head + 1 :] if r[6] in HML}
    assert written == {"思想道德类", "岗位职责类", "制度机制类"}
    assert rows[1][0] == "填报单位（盖章）：射洪县国土资源局"


def test_batch145_county_offices_as_departments():
    name = "propaganda_dept_county_offices"
    truth = BY_NAME[name]["truth"]
    assert {f["department"] for f in truth} == {
        "部领导", "办公室", "理论科", "县文明办", "县委外宣办", "县网信办"
    }  # fmt: skip
    assert {f["unit"] for f in truth} == {"中共射洪县委宣传部"}
    assert not any(f["person"] for f in truth)
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head][-1] == "监督责任人"
    watchers = {r[-1] for r in rows[head + 1 :] if r[5] in GRADES}
    assert watchers == {"县纪委监委派驻纪检监察组", "部长", "常务副部长", "分管副部长"}


def test_batch145_name_first_and_numbers_restarting():
    name = "poverty_bureau_name_first"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head][:4] == ["序号", "姓名", "职务", "股室"]
    table = [r for r in rows[head + 1 :] if r[6] in HML]
    numbers = {}
    for r in table:
        numbers.setdefault(r[3], []).append(r[0])
    assert all(ns == list(range(1, len(ns) + 1)) for ns in numbers.values())
    assert [r[0] for r in table].count(1) == len(numbers) == 4


def test_batch145_posts_as_written():
    name = "science_association_rank_posts"
    posts = {f["title"]: f["tier"] for f in BY_NAME[name]["truth"]}
    assert posts["党组书记、常务副主席"] == "leader"
    assert posts["四级主任科员"] == posts["一级科员"] == "general"
    name = "medical_coop_posts_with_offices"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert "科室" not in rows[head] and "股室" not in rows[head]
    truth = BY_NAME[name]["truth"]
    assert all(f["department"] == "" for f in truth)
    assert {"审核结算股股长", "稽查股股长", "中心主任"} <= {f["title"] for f in truth}
    name = "liaison_office_in_chengdu"
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {"射洪县人民政府驻成都办事处"}
    assert "人民政府" not in {f["department"] for f in BY_NAME[name]["truth"]}


def test_batch145_two_reporters_in_one_cell():
    name = "news_center_shared_reporters"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head][3] == "责任人"
    got = []
    for r in rows[head + 1 :]:
        if r[5] in HML:
            for who in r[3].split("、"):
                got.append((r[1], r[2], who, r[4], HML[r[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    shared = [r[3] for r in rows[head + 1 :] if r[5] in HML and "、" in r[3]]
    assert shared == ["乐正雪樵、郦晴野"] * 2
    reporters = [f for f in BY_NAME[name]["truth"] if f["title"] == "记者"]
    assert {f["person"] for f in reporters} == {"乐正雪樵", "郦晴野"}
    assert reporters[0]["risks"] == reporters[1]["risks"]


def test_batch145_holder_columns_last():
    name = "legal_office_duty_list"
    rows, head = BATCH.filled(name), BATCH.header(name)
    assert rows[head][-3:] == ["责任股室", "责任岗位", "责任人"]
    powers = [r[1] for r in rows[head + 1 :] if r[3] in GRADES]
    assert powers == ["规范性文件合法性审查"] * 2 + ["行政复议"] * 2 + ["行政执法监督"] * 2
    assert all(types_in(p) == [] for p in powers)


def test_hundred_and_forty_fifth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
