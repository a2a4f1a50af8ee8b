"""The seven-hundred-and-twenty-fifth batch of published layouts (tests/published/batch725.py): seven
ordinary files as the 社区 and 民政 bodies of one district (爱辉区) really send them — the 殡葬管理所's
清单 under group rows ``一、所领导`` … with ``一级/二级/三级``, the 殡仪馆's 一览表 in two sheets 馆领导/业务科室
with 高/中/低, the 花园街道办事处's 一览表 under ``附件1`` and a 填报单位 line with ``Ⅰ级/Ⅱ级/Ⅲ级``, the
民政事务服务中心's 排查表 对岗不对人 with ``风险点 | 风险表现``, the 婚姻登记处's 防控卡 one sheet a person
with ``★★★/★★/★``, the 养老服务中心's 自查表 one sheet a person with ``一级风险/…``, the 兴安街道社区服务中心's
一览表 with 责任人 on every row — and one harder: the 民政局's 不相容岗位廉政风险防控表, one row a point
naming TWO holders in two equal bands ``不相容岗位（一）`` and ``不相容岗位（二）`` (each ``岗位 | 责任人``),
the point of both (``python tests/published/score.py --set batch725``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 30bc7ea (/work/snap28; this worktree branched from
dev): TOTAL forms=0.969 recall=0.882 precision=1.000 levels=1.000 types=1.000 noise=0; with --strict:
TOTAL forms=0.812 recall=0.882 precision=1.000 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, plain and --strict).

Missed, all in the harder ``aihui_civil_affairs_bureau_incompatible_pairs.xlsx`` (sheet 不相容岗位;
forms 5/6 plain, 0/6 --strict, points 6/12, precision 6/6, noise 0): the reader took the two heading
rows (3–4) as one heading, read column C (``不相容岗位（一）岗位``) as THE 岗位 and column F
(``不相容岗位（二）责任人``) as THE 责任人, and put D3 (``不相容岗位（一）责任人``) and E3
(``不相容岗位（二）岗位``) to ``其他`` (COLUMN_GUESSED at D3, E3); 业务事项 (B) went to duty. So each row
C5–F10 gave ONE form pairing band (一)'s post with band (二)'s name: C5/F5 ``社会救助股股员 麴翊岚``,
C6/F6 ``社会救助股股长 麴璟昶``, C7/F7 ``会计 宦岍沄``, C8/F8 ``社会救助股股长 宦琮屹``, C9/F9 ``出纳 麴沅翥``,
C10/F10 ``社会救助股股员 宦琮屹`` (posts.csv F00001–F00006, one point each, right level), where the truth
has six holders with their own posts (局长 麴沅翥, 副局长 宦琮屹, 社会救助股股长 麴翊岚, 社会救助股股员
宦泠岫, 会计 麴璟昶, 出纳 宦岍沄), each with the rows he stands in under EITHER band, 12 points in all:
the band (二) holders got the row's point under the wrong post (so every form fails --strict, and
宦琮屹 is split into two forms), the band (一) holders got nothing (宦泠岫, in band (一) only, has no
form; the six band (一) attributions D5–D10 are the six missed points). Kind: two equal post/holder
bands side by side under 不相容岗位（一）/（二） headings are read as ONE list with one 岗位 and one
责任人 column, taken from different bands, so the row's point reaches only the second band's holder
under the first band's post and never the first band's holder.

Unscored besides: the other issues are info only (TABLE_NO_TYPE, COLUMN_GUESSED).

Not generalised in the stop that measured it (left for the next): two post/holder bands under
merged 不相容岗位（一）/（二） headings, the row's point belonging to both holders.

Generalised after this measurement: two or more equal 岗位 | 责任人 bands on each row (不相容岗位（一）|（二）, 主办 | 协办, 岗位一 | 姓名一 …) give each band's holder the row's point (HOLDERS_IN_PAIR_BANDS; tests/test_holders_in_pair_bands.py). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch725 import (
    GRADES,
    HIGHS,
    HOLDERS,
    LAYOUTS,
    PAIRS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(725, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"aihui_civil_affairs_bureau_incompatible_pairs"}
TYPED = {"aihui_huayuan_street_list", "aihui_xingan_community_center_list"}
NOBODY = {"aihui_affairs_center_posts"}


def test_batch725_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=720, unit_words=("爱辉区",), new_people=True)


def test_batch725_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch725_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch725_every_unit_is_of_aihui():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("爱辉区") for u in units)


def test_batch725_both_bands_hold_the_row():
    name = "aihui_civil_affairs_bureau_incompatible_pairs"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][2:6] == ["不相容岗位（一）"] * 2 + ["不相容岗位（二）"] * 2
    assert rows[head + 1][2:6] == ["岗位", "责任人", "岗位", "责任人"]
    table = BATCH.table(name)
    assert len(table) == len(PAIRS)
    got = []
    for row in table:
        assert row[3] != row[5]
        for post, who in ((row[2], row[3]), (row[4], row[5])):
            got.append(("", post, who, row[6], HML[row[7]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # a holder stands in band (一) on one row and in band (二) on another
    ones = {row[3] for row in table}
    twos = {row[5] for row in table}
    assert ones & twos
    assert len(BY_NAME[name]["truth"]) == len(HOLDERS)


def test_batch725_plain_tables_by_heading():
    cases = [
        ("aihui_xingan_community_center_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("aihui_huayuan_street_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "aihui_affairs_center_posts"
    heads = {"dept": "科室", "post": "岗位", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}
    name = "aihui_funeral_home_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "馆领导") == BATCH.truth_rows(name, "馆领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "业务科室") == BATCH.truth_rows(name, "业务科室")


def test_batch725_group_rows_give_the_department():
    name = "aihui_funeral_management_group_rows"
    dept, post, who, got = None, None, None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            post, who = row[1] or post, row[2] or who
            got.append((dept, post, who, row[3], GRADES[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch725_one_sheet_a_person():
    name = "aihui_elderly_center_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在科室", "岗　位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
    name = "aihui_marriage_office_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]


def test_batch725_is_read(tmp_path):
    BATCH.is_read(tmp_path)
