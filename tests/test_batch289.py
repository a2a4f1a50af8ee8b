"""The two-hundred-and-eighty-ninth batch of published layouts (tests/published/batch289.py): seven
ordinary files as the 街道, 乡镇 and their 站所 and 社区/村 of one district (利州区) really send them — the
东坝街道办事处's two sheets ``领导班子 | 科室`` with short types and ``一级/二级/三级``, the 宝轮镇综合行政执法队's
排查表 对岗不对人 with ``风险点 | 风险表现`` and ``高风险/中风险/低风险``, the 三堆镇便民服务中心's 防控卡 one
sheet a holder with ``★★★/★★/★``, the 栖凤社区居民委员会's 自查表 one sheet a person with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 青岗村股份经济合作社's 责任清单 written on every row with 高/中/低, the 荣山镇财政所's 一览表 with
``…风险`` types and ``一级风险/二级风险/三级风险``, the 白朝乡's 防控表 under group rows — and one harder:
the 河西街道便民服务中心's 公示表, whose only holder column is a ``工号`` (``HX005``), the names standing on
a second sheet ``工号对照表`` keyed by that number, two 窗口 with two holders of the same post
(``python tests/published/score.py --set batch289``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at a8143b2 (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch289``:
``TOTAL                      forms  38/42  points  69/76  recall 0.91 precision 0.91 (69/76)  levels  69/69  types  69/69  noise 0``
and ``TOTAL forms=0.905 recall=0.908 precision=0.908 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  38/42  points  69/76  recall 0.91 precision 0.91 (69/76)  levels  69/69  types  69/69  noise 0``
and ``TOTAL forms=0.905 recall=0.908 precision=0.908 levels=1.000 types=1.000 noise=0``. The 8 files:
eight .xlsx, no re-saved copies (the inbox's truth.json is skipped as FILE_SKIPPED). The seven
ordinary layouts read in full, with ``--strict`` too (东坝街道办事处, 宝轮镇综合行政执法队, 三堆镇便民服务
中心, 栖凤社区, 青岗村股份经济合作社, 荣山镇财政所, 白朝乡: every form, point, level and type); the harder
file reads forms 3/7, points 6/13, precision 6/13, levels 6/6. The truth was not changed after
measuring.

Missed, all in the harder ``lizhou_hexi_service_center_staff_codes.xlsx`` (sheet 公示表; forms 3/7,
points 6/13, precision 6/13): the ``工号`` column (D3) was not read as saying who holds the post; the
reader instead matched the second sheet ``工号对照表`` to the list by 窗口 and 岗位, so the three
posts held by ONE person got their names (posts.csv F00022 主任 酆蘅澈, F00023 副主任 钭屿珩, F00025
民政综合窗口 窗口工作人员 莘篁旖: all right), while the two 窗口 where TWO people hold the same post were
left without a holder, the two people's points run together in one nameless form:

- B8:B11 ``社保医保窗口``, C8:C9 and C10:C11 ``窗口工作人员``: D8 ``HX005`` (E8, E9) and D10 ``HX006`` (E10, E11) →
  one form F00024 ``社保医保窗口 | 窗口工作人员``, person blank, 4 points; truth two forms, 郗芮涔
  (E8 ``城乡居民医保参保登记信息录入不实``, E9 ``为熟人插队办理、优先办理``) and 宰溱岚 (E10
  ``养老保险待遇领取资格认证不核实即办理``, E11 ``泄露参保人员个人信息``);
- B14:B16 ``帮办代办窗口``, C14:C15 and C16 ``帮办代办员``: D14 ``HX011`` (E14, E15) and D16 ``HX012`` (E16) →
  one form F00026 ``帮办代办窗口 | 帮办代办员``, person blank, 3 points; truth two forms, 巢霈洺 (E14
  ``帮办代办中收取群众财物或费用``, E15 ``代办材料、证件保管不善遗失``) and 庾瑶岑 (E16
  ``利用代办之便为中介机构招揽业务``).

The 7 points are each missed (the scorer keys a point by its holder) and read once more without
one (7 extra); their levels are right. No issue says that the roster could not tell the two
holders apart (the file's only issue is TABLE_NO_TYPE). Kind: a list whose only holder column is a
staff number, with the names on a ``工号对照表`` sheet keyed by it, is joined to that sheet by 窗口 and
岗位 instead of by the 工号, so a post two people hold in one 窗口 loses both holders and merges
their points into one form.

Unscored besides: the ``领导班子`` sheet's leaders read with 科室 blank (F00014–F00016; truth
``领导班子``) and the 办事处主任 and 办事处副主任 as 中层岗位 (F00015, F00016; truth leader); the 财政所's
所长 reads 中层岗位 (F00034; truth leader in its own file), its unit ``利州区荣山镇`` with 科室 ``财政所``
(score.py counts the two ways alike); the 社区's 社区党委书记、居委会主任 and 社区纪委书记 get the 科室
``领导班子`` (F00027, F00028; truth "") and the 社区纪委书记 reads 领导岗位 (truth middle); the 合作社's
副理事长 reads 领导岗位 (F00031; truth middle); the 执法队, the two 便民服务中心 read units
``利州区宝轮镇``, ``利州区三堆镇``, ``利州区河西街道`` (truth the 队 and the 中心). The other issues are info
only (TABLE_NO_TYPE on the untyped tables, GRADE_BLANK on the cards and self-checks).

Generalised after this measurement: a list whose only holder column is a staff number, beside a sheet naming
whose number is whose, gives each row to its number's holder (tests/test_columns.py::
test_holders_named_only_by_their_staff_number_and_a_sheet_of_numbers).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch289 import (
    BANDS,
    CENTER,
    CODE_NOTE,
    CODED_POINTS,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STAFF,
    STARS,
    build,
)
from published.cells import norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **BANDS, **RISKS}
BATCH = Batch(289, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
CODES = "lizhou_hexi_service_center_staff_codes"
HARDER = {CODES}
UNTYPED = {
    CODES,
    "lizhou_baolun_enforcement_posts",
    "lizhou_sandui_service_center_cards",
    "lizhou_baichao_township_groups",
}
NOBODY = {"lizhou_baolun_enforcement_posts"}


def _named_on_the_code_sheet(form: dict, field: str) -> bool:
    """The harder file's holders stand on its ``工号对照表``, not on the ``公示表`` of their points."""
    return form["layout"] == CODES and field == "person"


def test_batch289_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, unit_words=("利州区",), new_people=True)


def test_batch289_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 15), unnamed=_named_on_the_code_sheet)
    assert RESAVED == ()


def test_batch289_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch289_every_unit_is_of_lizhou():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("利州区") for u in units)


def test_batch289_holders_given_by_staff_number():
    name = CODES
    rows = BATCH.filled(name, "公示表")
    at = BATCH.header(name, "公示表")
    assert rows[at] == ["序号", "窗口", "岗位", "工号", "廉政风险点", "风险等级", "防控措施"]
    # the 工号对照表: 工号 | 姓名 | 所在窗口 | 岗位 | 上岗时间, every staff member
    roster_rows = BATCH.filled(name, "工号对照表")
    head = BATCH.header(name, "工号对照表", first="工号")
    assert roster_rows[head] == ["工号", "姓名", "所在窗口", "岗位", "上岗时间"]
    roster = {row[0]: row[1:4] for row in roster_rows[head + 1 :] if row[0]}
    assert roster == {code: [who, window, post] for code, who, window, post, _s, _t in STAFF}
    got = []
    for row in BATCH.table(name, "公示表"):
        who, window, post = roster[row[3]]
        assert (row[1], row[2]) == (window, post), row  # the list and the roster agree
        got.append((window, post, who, row[4], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    # no holder's name stands on the list; each stands once on the roster
    listed = {norm(c) for row in BATCH.sheet(name, "公示表")["rows"] for c in row if c}
    people = BATCH.holders(name)
    assert not any(norm(p) in c for p in people for c in listed)
    assert all(sum(row[1] == p for row in roster_rows) == 1 for p in people)
    # two 窗口 with two holders of the same post: only the 工号 tells them apart
    posts = {}
    for f in BY_NAME[name]["truth"]:
        posts.setdefault((f["department"], f["title"]), set()).add(f["person"])
    assert sum(len(p) > 1 for p in posts.values()) == 2
    # one form a 工号; the roster's 导办员 holds no point
    assert len(BY_NAME[name]["truth"]) == len(CODED_POINTS) < len(STAFF)
    assert {f["unit"] for f in BY_NAME[name]["truth"]} == {CENTER}
    assert CODE_NOTE in {row[0] for row in rows}
    # 工号 and 上岗时间 are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in roster_rows for c in row} and not points & set(roster)


def test_batch289_plain_tables_by_heading():
    cases = [
        ("lizhou_qinggang_coop_duties",
         {"post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类别"),
        ("lizhou_rongshan_finance_list",
         {"post": "岗位", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("lizhou_baolun_enforcement_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; no names
    name = "lizhou_baolun_enforcement_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    # the 职责事项 is no point
    name = "lizhou_qinggang_coop_duties"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}
    name = "lizhou_dongba_street_two_sheets"
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "风险点"}, "领导班子",
                           fixed={"dept": "领导班子"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "领导班子")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    for sheet in ("领导班子", "科室"):
        assert BATCH.types_by(name, "风险类型", sheet) == [
            r["types"] for r in BATCH.points(name, sheet)
        ]
    # the 分管工作 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "领导班子")
    }


def test_batch289_group_rows_give_the_department():
    name = "lizhou_baichao_township_groups"
    rows, dept, got = BATCH.filled(name), None, []
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、", "四、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
    assert got == BATCH.truth_rows(name)
    # the 主要职责 is no point
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[3] for r in BATCH.table(name)}


def test_batch289_one_sheet_a_person():
    name = "lizhou_sandui_service_center_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓\u3000名", f["person"], "职\u3000务", f["title"]]
        assert rows[2][:2] == ["所在窗口", f["department"]] and rows[3][0] == "岗位职责"
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "lizhou_qifeng_community_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == [
            "姓\u3000名",
            f["person"],
            "职\u3000务",
            f["title"],
            "填表时间",
            "2025年6月",
        ]
        assert f["sheet"] == f["person"]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        # the 自查情况 is no point
        assert not {r[5] for r in BATCH.table(name, f["sheet"])} & {
            p["risk_point"] for p in BATCH.points(name)
        }


def test_batch289_is_read(tmp_path):
    BATCH.is_read(tmp_path)
