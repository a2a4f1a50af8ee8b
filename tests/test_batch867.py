"""The eight-hundred-and-sixty-seventh batch of published layouts (tests/published/batch867.py): seven
ordinary files as the 畜牧 and 草原 bodies of one county (巴里坤哈萨克自治县) really send them — the
草原工作站's 一览表 with 高/中/低, the 动物疫病预防控制中心's 防控卡 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 马产业发展中心's 排查表 对岗不对人 with ``一级风险/二级风险/三级风险``, the 大河镇畜牧兽医站's 清单 under
group rows with ``★★★/★★/★``, the 奎苏镇畜牧兽医站's 自查表 with ``高风险/中风险/低风险``, the 草原监理所's
一览表 in two sheets 所领导/股室, the 畜牧兽医技术推广站's 登记表 — and one harder: the 畜牧兽医局's 领导班子及
中层干部廉政风险防控表, no 科室/岗位/姓名 column, each holder only in a merged ``责任人基本情况`` cell written
as a 简历 sentence whose ``现任…`` clause gives the post (``python tests/published/score.py --set batch867``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 61e2bf20 (/work/snap53; this worktree branched from
dev at 57f1f679): TOTAL forms=0.867 recall=0.837 precision=0.837 levels=1.000 types=1.000 noise=0
(forms 26/30, points 41/49); with --strict the same: TOTAL forms=0.867 recall=0.837 precision=0.837
levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``balikun_animal_husbandry_bureau_profile_cells.xlsx`` (sheet 班子及中层;
forms 0/4, points 0/8, precision 0/8, noise 0): the reader found the heading on row 3 but read column
B (``责任人基本情况``, the merged 简历 cells B4:B5, B6:B7, B8:B9, B10:B11) as ``其他`` (COLUMN_GUESSED at
B3: “表头像是责任人,但内容是岗位或科室”), so no row got a holder; it then took the post from the TITLE
(``…领导班子及中层干部廉政风险防控表`` → title ``领导班子``, tier 中层岗位, no 科室, no person) and put all
eight points C4–C11 (each with its right level) on that ONE made-up form F00001, where the truth has
four holders: 局长 聂珩翀 (C4, C5), 副局长 贺澍岚 (C6, C7), 副局长 聂沣骞 (C8, C9) and 办公室 主任 贺琮湜
(C10, C11). Kind: a holder written only as a personnel-file 简历 sentence in a merged ``基本情况`` cell
(name first, post in the ``现任…`` clause among 性别, 民族, 出生年月, 政治面貌, 学历 and duties) is not
recognised as a holder column at all, so the list is read as one holder-less table and its points
fall to a post guessed from the title.

Unscored besides: the other issue is info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): a holder column of 简历 sentences
(``姓名，男，民族，…出生，…，现任…局长，…``) read by its first clause (name) and its ``现任`` clause
(科室 and post).

Generalised after this measurement: a holder written only as a résumé sentence (某某，男，…族，…出生，…现任…) in a merged cell beside his rows: the name and the 现任 clause's post, no other personal facts kept (HOLDER_FROM_PROFILE, HOLDER_PROFILE_NO_POST), tests/test_holder_profile_sentences.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch867 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    PROFILES,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(867, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"balikun_animal_husbandry_bureau_profile_cells"}
TYPED = {
    "balikun_grassland_station_list",
    "balikun_horse_centre_posts",
    "balikun_kuisu_station_selfcheck",
    "balikun_extension_station_register",
}
NOBODY = {"balikun_horse_centre_posts"}


def test_batch867_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=866, unit_words=("巴里坤哈萨克自治县",), new_people=True
    )


def test_batch867_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch867_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch867_every_unit_is_of_balikun():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("巴里坤哈萨克自治县") for u in units)


def test_batch867_profile_cells_give_the_holders():
    name = "balikun_animal_husbandry_bureau_profile_cells"
    head = BATCH.header(name)
    rows = BATCH.filled(name)
    assert rows[head] == ["序号", "责任人基本情况", "廉政风险点", "风险等级", "防控措施"]
    got = []
    for row in BATCH.table(name):
        profile = row[1]
        who = profile.split("，")[0]
        m = re.search(r"现任县畜牧兽医局(办公室)?([^，]+)，", profile)
        dept, post = (m.group(1) or ""), m.group(2)
        got.append((dept, post, who, row[2], GRADES[row[3]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # two holders of one post told apart by their names only; no 姓名 column
    assert len({p[2] for p in PROFILES}) < len(PROFILES)
    assert len(BY_NAME[name]["truth"]) == len(PROFILES)
    assert not {"姓名", "岗位", "职务", "科室"} & set(rows[head])


def test_batch867_plain_tables_by_heading():
    cases = [
        ("balikun_grassland_station_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("balikun_extension_station_register",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("balikun_horse_centre_posts", {"dept": "科室", "post": "岗位", "point": "廉政风险点"}, "风险类型"),
        ("balikun_kuisu_station_selfcheck", {"post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "balikun_grassland_supervision_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "所领导") == BATCH.truth_rows(name, "所领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")


def test_batch867_group_rows_give_the_department():
    name = "balikun_dahe_station_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], STARS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch867_one_sheet_a_person():
    name = "balikun_disease_control_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "岗　位", f["title"]]
        assert rows[2][:2] == ["所在科室", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch867_is_read(tmp_path):
    BATCH.is_read(tmp_path)
