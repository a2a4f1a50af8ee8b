"""The hundred-and-fifty-fifth batch of published layouts (tests/published/batch155.py): nine
ordinary files from the grass roots, public institutions and county companies of 仁寿县 — a
供销合作社联合社 一览表, a 镇中心小学's 自查表 对岗不对人 with 一级/二级/三级, a 村民委员会 一览表 with no 科室
column and ``A级/B级/C级``, a 镇人民政府 排查表 with its 站所 as 科室 and Ⅰ级/Ⅱ级/Ⅲ级, a 社会福利院's
防控卡 one sheet per person, a 资产管理 company's short 风险名称 beside a long 风险描述 with
``一级风险…``, a 股份经济合作联社 清单 whose 风险类别 holds business categories, a 卫生院 一览表 under a
``填报科室:… | 填报时间:…`` line — and one harder: a 社区's 清单 whose 责任岗位 cell reads
``社区党委书记　仉羽澄`` (``python tests/published/score.py --set batch155``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at 4d0dc8d (main's newest when the batch was done): forms
1.000 (30/30), recall 1.000 (56/56), precision 1.000 (56/56), levels 1.000 (56/56), types 1.000
(56/56), noise 0; with --strict the same. Nine .xlsx, no re-saved copies. Missed: nothing. (A first
score of forms 28/30 was a mistake in our truth, not the reader's: ``学校领导`` and ``公司领导`` in the
科室 column had been given department "" where every earlier batch keeps ``局领导`` as written; the
truth was fixed, the layouts left as they were.)

Read right: the 供销社's merged 科室 and per-person merges with ``…风险`` types; the 中心小学's posts
对岗不对人 with 一级/二级/三级 and no type column; the 村民委员会's posts with no 科室 column,
``A级/B级/C级`` and the note under the table taken for no point; the 镇's ``站所`` column as 科室 with
Ⅰ级/Ⅱ级/Ⅲ级; the 福利院's cards per sheet with pairs above; the company's short 风险名称 beside the
long 风险描述, ``一级风险…`` and the 监测指标 column no point; the 联社's business 风险类别 taken for no
type; the 卫生院's ``填报科室:…`` line no 科室 of any post; the harder 社区 清单's ``社区党委书记　仉羽澄``
split into post and holder.

(Read in full before any change for it: nothing in this batch was generalised on.)

The layout `supply_coop_list` was renamed `supply_coop_federation_list` after measuring: batch 153,
built at the same time, had the same layout name.

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch155 import GAP, GRADES, LAYOUTS, LETTERS, ROMAN, WORDS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **LETTERS, **WORDS}
BATCH = Batch(155, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"community_post_and_name_cell"}
NOBODY = {"school_posts_self_check", "asset_company_short_long"}
UNTYPED = {
    "school_posts_self_check",
    "village_letter_levels",
    "asset_company_short_long",
    "village_coop_categories",
    "community_post_and_name_cell",
}


def test_batch155_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, sees=153, unit_words=("仁寿",), new_people=True)


def test_batch155_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch155_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch155_every_unit_is_of_renshou():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS)
    assert all(u.startswith("仁寿县") for u in units)


def test_batch155_plain_tables_by_heading():
    cases = [
        ("supply_coop_federation_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级"),
        ("village_letter_levels", {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险等级"),
        ("town_station_rows",
         {"dept": "站所", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级"),
        ("village_coop_categories", {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险等级"),
    ]  # fmt: skip
    for name, heads, level in cases:
        assert BATCH.by_heading(name, heads, level=level) == BATCH.truth_rows(name), name
    for name, heads in [
        ("school_posts_self_check", {"dept": "处室", "post": "岗位", "point": "风险点"}),
        ("asset_company_short_long", {"dept": "部门", "post": "岗位", "point": "风险名称"}),
        ("village_clinic_cards_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}),
    ]:  # fmt: skip
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
    for name in ("village_letter_levels", "village_coop_categories"):
        assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
        assert "科室" not in BATCH.filled(name)[BATCH.header(name)]
    rows = BATCH.filled("village_letter_levels")
    assert rows[-1][0].startswith("注:") and len(set(rows[-1])) == 1
    cats = {r[1] for r in BATCH.filled("village_coop_categories")[2:] if r[5] in HML}
    assert cats == {"三资管理", "工程项目", "财务管理"}
    assert all(p["types"] == [] for p in BATCH.points("village_coop_categories"))


def test_batch155_cards_per_person():
    name = "welfare_home_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1][:4] == ["姓名", f["person"], "岗位", f["title"]]
        assert rows[2][:2] == ["科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch155_post_and_name_in_one_cell():
    name = "community_post_and_name_cell"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][-1] == "责任岗位" and "姓名" not in rows[head]
    got = []
    for r in rows[head + 1 :]:
        if r[3] in HML:
            post, who = r[5].split(GAP)
            got.append(("", post, who, r[2], HML[r[3]]))
    assert got == BATCH.truth_rows(name)


def test_hundred_and_fifty_fifth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
