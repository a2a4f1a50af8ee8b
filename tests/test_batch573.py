"""The five-hundred-and-seventy-third batch of published layouts (tests/published/batch573.py): seven
ordinary files as the 乡镇 and 村（社区）“两委” bodies of one county (治多县) really send them — the
加吉博洛镇人民政府's 一览表 in two sheets 镇领导/站所 with ``一级/二级/三级``, the 扎河乡人民政府's 排查表
对岗不对人 with ``风险点 | 风险表现``, the 当江荣村党支部's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 通天河社区居民委员会's 清单 under group rows ``一、社区“两委”班子`` … with ``一级风险/二级风险/三级风险``,
the 索加乡人民政府's 防控卡 one sheet a leader with ``★★★/★★/★``, the 江庆村村民委员会's 一览表 with
``高风险/中风险/低风险``, the 叶青村村务监督委员会's 登记表 — and one harder: the 君曲村's 村“两委”班子成员
廉政风险防控一览表, an ordinary list whose ``注：`` line under it moves items 8, 9 and 11 to other holders
already in the list after a re-division of work, the table itself not redrawn
(``python tests/published/score.py --set batch573``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 48783fa (/work/snap4, the frozen snapshot; this
worktree branched from dev at 2601be6, one reader commit later, not used to measure): TOTAL
forms=1.000 recall=0.945 precision=0.945 levels=1.000 types=1.000 noise=0; with --strict the same:
TOTAL forms=1.000 recall=0.945 precision=0.945 levels=1.000 types=1.000 noise=0. The 8 files: eight
.xlsx, no re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types
all 1.00, noise 0, --strict too), and the harder one found all its five forms with their posts and
read every row's point and level (levels 8/8 of the matched, noise 0).

Missed, all in the harder ``zhiduo_junqu_village_items_reassigned.xlsx`` (sheet 一览表; points 8/11,
precision 8/11): the reader read the list rows 4–14 exactly as typed, under the merged 职务/姓名 cells
(B10:C12 村文书 能琇澜, B13:C14 报账员 拓跋澍), and did not apply the merged ``注：`` line at A15
(``…表中第8、9项风险点改由村委会副主任拓跋翀负责，第11项风险点改由村文书能琇澜负责，其余各项责任人
不变。``), which it passed over without a point and without any issue (issues.csv holds only
TABLE_NO_TYPE for the file). So item 8 (D11 ``草原生态保护补奖资金发放名册核对不细，虚报冒领``, 一级)
and item 9 (D12 ``惠民惠农补贴“一卡通”信息录入不实``, 二级) came out as points of 村文书 能琇澜 (posts.csv
F00018, three points) where the truth has them under 村委会副主任 拓跋翀 (F00017 read with his own two
only, the truth has four), and item 11 (D14 ``收取现金不及时入账，坐收坐支``, 二级) came out under 报账员
拓跋澍 (F00019, two points) where the truth has it under 村文书 能琇澜 (two points: D10 and D14); the
other eight rows are right. Kind: a note under a list that moves SOME numbered items to another holder
already in the list (a partial re-division of work, the table not redrawn) is not read, so the moved
points stay with the holders the rows were typed under.

Unscored besides: the 君曲村 file's unit came out ``君曲村党支部`` (from the ``填报单位：君曲村党支部（盖章）``
line; the truth's unit is the title's ``治多县索加乡君曲村``); the 党支部's self-checks and the
村务监督委员会's register came out with units ``治多县多彩乡当江荣村``/``治多县立新乡叶青村`` and 科室 ``党支部``/
``村务监督委员会`` (the truth: the whole body the unit, no 科室), and the 索加乡's cards with 科室 ``领导班子``
(the truth: none) — none of which --strict counts against them; the other issues are info only
(TABLE_NO_TYPE, GRADE_BLANK).

Not generalised in the stop that measured it (left for the next): a note that re-assigns numbered
items of a list to another holder in it, the rows left under their old holders.

Generalised after this measurement: a note under or above a list moving numbered items to another
holder in the list (tests/test_points_moved_by_note.py). Read 1.00 since.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re

from published.batch573 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    MEMBERS,
    MOVED,
    NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
    reassigned,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(573, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"zhiduo_junqu_village_items_reassigned"}
TYPED = {
    "zhiduo_zhahe_township_posts",
    "zhiduo_jiangqing_village_list",
    "zhiduo_yeqing_supervision_register",
}
NOBODY = {"zhiduo_zhahe_township_posts"}


def test_batch573_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=571, unit_words=("治多县",), new_people=True)


def test_batch573_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch573_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch573_every_unit_is_of_zhiduo():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("治多县") for u in units)


def test_batch573_the_note_moves_numbered_items():
    name = "zhiduo_junqu_village_items_reassigned"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head][:6] == ["序号", "职务", "姓名", "廉政风险点", "风险等级", "防控措施"]
    table = BATCH.table(name)
    # the table as typed: every row under its old holder, no row names a new one
    typed = [(row[0], row[1], row[2], row[3], GRADES[row[4]]) for row in table]
    n = 0
    for post, who, _tier, items in MEMBERS:
        for point, lv, _measures in items:
            n += 1
            assert typed[n - 1] == (n, post, who, point, GRADES[lv])
    # the note names the moved items by number, and the new holders with their posts
    notes = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("注：")]
    assert notes == [NOTE]
    for k, (post, who) in MOVED.items():
        assert f"第{k}" in NOTE or f"、{k}项" in NOTE, k
        assert f"{post}{who}" in NOTE
    assert sorted(int(k) for k in re.findall(r"(\d+)(?=[、项])", NOTE.split("：", 1)[1])) == [
        8,
        9,
        11,
    ]
    # the truth: the table's holder unless the note moves the item; the level as written
    want = set()
    for k, post, who, point, lv in typed:
        post, who = MOVED.get(k, (post, who))
        want.add(("", post, who, point, lv))
    assert sorted(want) == sorted(BATCH.truth_rows(name))
    assert [(p, w, pt, lv) for _k, p, w, _t, pt, lv in reassigned()] == [
        (MOVED.get(k, (p, w))[0], MOVED.get(k, (p, w))[1], pt, lv) for k, p, w, pt, lv in typed
    ]
    # a moved item goes to a holder already in the list, who keeps his own rows too; the old
    # holder keeps the rest; one form a holder, each with the post the table gives him
    holders = {(post, who) for post, who, _t, _i in MEMBERS}
    assert set(MOVED.values()) <= holders
    forms = {(f["title"], f["person"]): len(f["risks"]) for f in BY_NAME[name]["truth"]}
    assert set(forms) == holders
    assert forms[("村委会副主任", "拓跋翀")] == 4 and forms[("村文书", "能琇澜")] == 2
    assert forms[("报账员", "拓跋澍")] == 1
    # the old holders of the moved items: the 村文书 (8, 9) and the 报账员 (11), both still holders
    old = {typed[k - 1][2] for k in MOVED}
    assert old == {"能琇澜", "拓跋澍"} and old <= {who for _p, who in holders}


def test_batch573_plain_tables_by_heading():
    cases = [
        ("zhiduo_jiangqing_village_list",
         {"dept": "部门", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
        ("zhiduo_yeqing_supervision_register",
         {"post": "岗位", "person": "姓名", "point": "风险点"}, "风险类别"),
        ("zhiduo_zhahe_township_posts", {"dept": "站所", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "zhiduo_jiajiboluo_town_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "镇领导") == BATCH.truth_rows(name, "镇领导")
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站所") == BATCH.truth_rows(name, "站所")
    # the short 风险点 is the point, the long 风险表现 none
    name = "zhiduo_zhahe_township_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch573_group_rows_give_the_department():
    name = "zhiduo_tongtianhe_community_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch573_one_sheet_a_person():
    name = "zhiduo_dangjiangrong_branch_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]] and f["department"] == ""
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "zhiduo_suojia_township_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        assert rows[2][0] == "分管工作"
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch573_is_read(tmp_path):
    BATCH.is_read(tmp_path)
