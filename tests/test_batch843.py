"""The eight-hundred-and-forty-third batch of published layouts (tests/published/batch843.py): seven
ordinary files as the human resources and social security bodies of one county (清流县) really send
them — the 人社局's 一览表 under ``附件1`` with ``一级/二级/三级``, the 就业服务中心's 一览表 in two sheets
中心领导/股室 with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 劳动保障监察大队's 排查表 对岗不对人 with ``风险点 | 风险表现``, the
人事考试中心's 防控卡 one sheet a leader with ``★★★/★★/★``, the 劳动人事争议仲裁院's 清单 under group rows
``一、院领导`` … with ``一级风险/二级风险/三级风险``, the 嵩溪镇人社所's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 城乡居民社会养老保险中心's 登记表 — and one harder: the 社会保险中心's
排查表, ``股室`` merged over each block, whose COMMON rows at the foot of a block name in ``岗位`` only
``全股人员`` or several of the block's posts (``股长、审核员``) with ``—`` for 姓名, a point of the persons
of those posts named in the block's other rows (``python tests/published/score.py --set batch843``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 76fba447 (/work/snap49; this worktree branched
from dev at 921066c4): TOTAL forms=1.000 recall=0.891 precision=0.942 levels=1.000 types=1.000
noise=0 (forms 30/30, points 49/55, precision 49/52); with --strict the same: TOTAL forms=1.000
recall=0.891 precision=0.942 levels=1.000 types=1.000 noise=0. The 8 files: eight .xlsx, no
re-saved copies. The seven ordinary layouts read in full (forms, points, levels and types all
1.00, noise 0).

Missed, all in the harder ``qingliu_social_insurance_center_block_posts.xlsx`` (sheet 排查表; forms
7/7, points 7/13, precision 7/10, levels 7/7, noise 0): the seven named rows (B4:D5, B7:D8,
B10:D12) were read right, but each block's COMMON row was read as a form of its own whose post is
the 岗位 cell as typed and whose holder is blank (the ``—`` in D dropped): C6 ``主任、副主任`` (posts.csv
F00003, 中心领导, 领导岗位, 1 point ``对死亡、服刑人员冒领待遇问题查处不力``), C9 ``全股人员`` (F00006,
基金征缴股, 一般岗位, 1 point ``违规办理一次性补缴养老保险费``) and C13 ``股长、审核员`` (F00010, 待遇审核股,
一般岗位, 1 point ``违规为重复领取待遇人员办理待遇``) — three made-up holder-less posts, no issue raised
for them (issues.csv only TABLE_NO_TYPE at A3) — where the truth gives the E6 point to 主任 艾翯渟 and
副主任 薄砚澂, the E9 point to 股长 艾珣翊 and 稽核员 薄岍霁, and the E13 point to 股长 薄翃瑆 and 审核员
艾澔琰 (not to 经办员 艾湉珝): 6 points of named holders missed, 3 points extra. The ``注：`` line (row 14)
that explains the rows was passed over as a note. Kind: a common row inside a 股室 block whose post
cell names ``全股人员`` or several of the block's posts and whose name is ``—`` is read as a new
holder-less post, not resolved to the persons of those posts named in the same block's other rows.

Unscored besides: the other issues are info only (TABLE_NO_TYPE).

Not generalised in the stop that measured it (left for the next): common rows at the foot of a
股室 block (``全股人员``, ``股长、审核员``, 姓名 ``—``) resolved to the block's named holders of those
posts.

Generalised after this measurement: a common row of a 科室 block naming several of its posts or the whole block (全股人员, 主任、副主任), its name cell —, holds its point for each named person of those posts (POINT_SHARED_BY_BLOCK_POSTS, BLOCK_POST_NOT_NAMED), tests/test_block_common_posts.py. Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch843 import (
    ALL,
    BLOCKS,
    GRADES,
    HIGHS,
    LAYOUTS,
    NONE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(843, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"qingliu_social_insurance_center_block_posts"}
TYPED = {"qingliu_labor_inspection_posts", "qingliu_pension_center_register"}
NOBODY = {"qingliu_labor_inspection_posts"}


def test_batch843_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=841, unit_words=("清流县",), new_people=True)


def test_batch843_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch843_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch843_every_unit_is_of_qingliu():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("清流县") for u in units)


def test_batch843_common_rows_go_to_the_block_holders():
    name = "qingliu_social_insurance_center_block_posts"
    head = BATCH.header(name)
    assert BATCH.filled(name)[head] == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险等级",
        "防控措施",
    ]
    got, block, dept = [], [], None
    for row in BATCH.table(name):
        if row[1] != dept:
            dept, block = row[1], []
        if row[3] == NONE:
            posts = row[2].split("、")
            sharers = [(p, w) for p, w in block if row[2] == ALL or p in posts]
            assert sharers and (row[2] == ALL or len(sharers) == len(posts))
            got += [(dept, p, w, row[4], GRADES[row[5]]) for p, w in sharers]
        else:
            if (row[2], row[3]) not in block:
                block.append((row[2], row[3]))
            got.append((dept, row[2], row[3], row[4], GRADES[row[5]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # no holder 全股人员 or —, and one block's 经办员 left out of its common row
    assert not BATCH.holders(name) & {ALL, NONE, ""}
    assert any(row[2] != ALL and row[3] == NONE for row in BATCH.table(name))
    people = {w for _, staff, _ in BLOCKS for _, w, _, _ in staff}
    assert BATCH.holders(name) == people
    counts = {f["person"]: len(f["risks"]) for f in BY_NAME[name]["truth"]}
    assert counts["艾湉珝"] == 1 and counts["艾澔琰"] == 2 and counts["艾珣翊"] == 2


def test_batch843_plain_tables_by_heading():
    cases = [
        ("qingliu_hrss_bureau_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}, None),
        ("qingliu_pension_center_register",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "风险点"}, "风险类别"),
        ("qingliu_labor_inspection_posts", {"dept": "中队", "post": "岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "qingliu_employment_center_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "中心领导") == BATCH.truth_rows(name, "中心领导")
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "股室") == BATCH.truth_rows(name, "股室")
    # the short 风险点 is the point, the long 风险表现 none
    name = "qingliu_labor_inspection_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[4] for row in BATCH.table(name)}


def test_batch843_group_rows_give_the_department():
    name = "qingliu_arbitration_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch843_one_sheet_a_person():
    name = "qingliu_songxi_station_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "职　务", "填表时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "qingliu_exam_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch843_is_read(tmp_path):
    BATCH.is_read(tmp_path)
