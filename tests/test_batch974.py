"""The nine-hundred-and-seventy-fourth batch of published layouts (tests/published/batch974.py):
seven ordinary files as the 乡镇 and 村（居）委会 of one county (革吉县) really send them — the 雄巴乡's
一览表 with ``…风险`` types and 高/中/低, the 盐湖乡's 一览表 in two sheets 班子成员/站所 with
``一级/二级/三级``, the 公前村's 村务监督委员会 防控卡 one sheet a person with ``★★★/★★/★``, the 亚热乡's
清单 under group rows ``一、乡领导`` … with ``一级风险/二级风险/三级风险``, the 福康小区社区's 网格员
自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``, the 芒拉村's 排查表 对岗不对人 with ``风险点 | 风险表现``
and ``高风险/中风险/低风险``, the 文布当桑乡's 一览表 — and one harder: the 康巴列村's “两委”及村务监督
委员会成员 一览表 put together by the 文书 from each member's own rows, two members' rows with the
``职务`` and ``姓名`` cells swapped (``python tests/published/score.py --set batch974``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f1207d80 (this worktree branched from that commit,
nothing under xlproc/ changed), after these tests passed: TOTAL forms=0.935 recall=0.929
precision=0.912 levels=1.000 types=1.000 noise=1 (forms 29/31, points 52/56, precision 52/57,
levels 52/52, types 52/52); with --strict the same: TOTAL forms=0.935 recall=0.929 precision=0.912
levels=1.000 types=1.000 noise=1. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary
layouts read in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``geji_kangbalie_village_name_post_swapped.xlsx`` (forms 3/5, points
5/9, precision 5/10, levels 5/5, types 5/5, noise 1): the swapped rows were read as headed, each
name as the post and each post as the holder — 一览表!B5:C6 (``宿勤晅 | 村党支部副书记``) came out as
person ``村党支部副书记``, title ``宿勤晅`` (truth 村党支部副书记 宿勤晅: ``低保对象民主评议中打招呼、搞人情保``,
``村集体牧场承包发包不公开``), warned HOLDER_CELL_NAMES_POST at C5 and C6 but read as written;
一览表!B9:C10 (``宿勤琰岫 | 文书``) came out as person ``文书``, title ``宿勤琰岫`` (truth 文书 宿勤琰岫:
``村务公开内容不全、选择性公开``, ``开具证明材料不实、收取好处``), with no warning at all. Besides, the
sign-off line under the ``注：`` line (A13 ``汇总：文书``, D13 ``审核：村党支部书记``, F13 ``2025年4月``) was
read as a point ``审核：村党支部书记`` of the last holder 沮渠昶霖 (LEVEL_UNKNOWN at F13, TYPE_BLANK at
E13 — the one noise, MEASURES_BLANK at G13): the one point out beyond the four swapped ones.
Kind: a list whose 职务 and 姓名 cells are swapped on some persons' rows only, under a heading
right for the rest, is read by the heading row by row: a general fix would have to see, per row
(or per merged run), a 2–4-character name in the post column beside a known post word in the
holder column (``村党支部副书记``, and a bare ``文书`` too) while the other rows stand as headed, and read
those rows the other way round, said once per run; and, apart, a sign-off line opening with
``汇总：`` and carrying ``审核：<post>`` in the point column is not yet known as a sign-off.

Unscored besides: every form of the harder file came out with the 科室 ``村务监督委员会`` (taken from
the title's ``“两委”及村务监督委员会成员``; the truth has no 科室 for a 村; --strict does not check a
科室 the truth leaves blank); the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK,
FILE_SKIPPED for truth.json).

Generalised after this measurement: a list whose post and holder cells are typed the other way
round on some persons' rows only, under a heading right for the rest, reads a row whose post cell
is a 2–4-character name and whose holder cell a post (a bare ``文书``, ``会计``, ``出纳`` too) the other
way round, when other rows of the table stand as headed; said once a table (NAME_POST_ROWS_SWAPPED,
info, naming each run's cells: here B5:C6 ``宿勤晅｜村党支部副书记`` and B9:C10 ``宿勤琰岫｜文书``); rows
whose two cells are both names or both posts, and a list swapped on every row (the heading's
matter), read as before. And a closing line opening ``汇总：`` (``汇总人：``) is a sign-off like
``制表：``/``编制：``, also with ``审核：<post>`` in the point column; ``汇总`` bare and a point mentioning
汇总 read as before. tests/test_name_post_rows_swapped.py. Read 1.00 since (forms 31/31, points
56/56, precision 56/56, levels 56/56, types 56/56, noise 0), --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch974 import (
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    SWAPPED,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(974, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"geji_kangbalie_village_name_post_swapped"}
TYPED = {
    "geji_kangbalie_village_name_post_swapped",
    "geji_xiongba_township_list",
    "geji_mangla_village_posts",
    "geji_wenbudangsang_township_list",
}
NOBODY = {"geji_mangla_village_posts"}


def test_batch974_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=956, unit_words=("革吉县",), new_people=True)


def test_batch974_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch974_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch974_every_unit_is_of_geji():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("革吉县") for u in units)


def test_batch974_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("沮渠", "宿勤") for p in people)
    assert {p[:2] for p in people} == {"沮渠", "宿勤"}


def test_batch974_name_and_post_swapped_on_some_rows():
    name = "geji_kangbalie_village_name_post_swapped"
    rows = BATCH.filled(name, "一览表")
    head = BATCH.header(name, "一览表")
    assert rows[head] == ["序号", "职务", "姓名", "廉政风险点", "风险类别", "风险等级", "防控措施"]
    table = [row for row in rows[head + 1 :] if isinstance(row[0], int)]
    assert [row[0] for row in table] == list(range(1, len(table) + 1))
    posts = {post for post, *_ in SWAPPED}
    people = {who for _, who, *_ in SWAPPED}
    swapped = [row for row in table if row[1] in people]
    straight = [row for row in table if row[1] in posts]
    assert len(swapped) + len(straight) == len(table)
    assert all(row[2] in posts for row in swapped) and all(row[2] in people for row in straight)
    # two members' rows swapped, three as headed, each member's rows one way throughout
    assert {row[2] for row in swapped} == {p for p, _, _, s, _ in SWAPPED if s}
    assert len({row[1] for row in swapped}) == 2 and len({row[2] for row in straight}) == 3
    got = [
        (row[2], row[1], row[3], HML[row[5]])
        if row in swapped
        else (row[1], row[2], row[3], HML[row[5]])
        for row in table
    ]
    want = [
        (post, who, point, HML[lv]) for post, who, _, _, pts in SWAPPED for point, _, lv, _ in pts
    ]
    assert got == want
    truth = {(f["title"], f["person"]) for f in BY_NAME[name]["truth"]}
    assert truth == {(post, who) for post, who, *_ in SWAPPED}
    # no form is the swapped reading (a name as post, a post as holder)
    assert not {f["person"] for f in BY_NAME[name]["truth"]} & posts


def test_batch974_plain_tables_by_heading():
    cases = [
        ("geji_xiongba_township_list",
         {"dept": "科室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("geji_wenbudangsang_township_list", {"post": "岗位", "person": "责任人", "point": "廉政风险点"},
         "风险类别"),
        ("geji_mangla_village_posts", {"post": "岗位", "point": "风险点"}, "风险类别"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "geji_yanhu_township_two_sheets"
    heads = {"post": "职务", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "班子成员") == BATCH.truth_rows(name, "班子成员")
    heads = {"dept": "站所", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "站所") == BATCH.truth_rows(name, "站所")
    # the short 风险点 is the point, the long 风险表现 none
    name = "geji_mangla_village_posts"
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in BATCH.table(name)}


def test_batch974_group_rows_give_the_department():
    name = "geji_yare_township_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)


def test_batch974_one_sheet_a_person():
    name = "geji_fukang_community_grid_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "职　务", "分管工作", "自查时间"]
        assert rows[2][:2] == [f["person"], f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "geji_gongqian_supervision_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch974_is_read(tmp_path):
    BATCH.is_read(tmp_path)
