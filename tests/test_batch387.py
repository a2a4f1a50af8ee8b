"""The three-hundred-and-eighty-seventh batch of published layouts (tests/published/batch387.py): seven
ordinary files as the 公安 and 司法 bodies of one district (秦都区) really send them — the
公安分局's two sheets ``局领导 | 部门`` with 高/中/低, the 司法局's 责任清单 under group rows
``一、局领导`` … with ``一级/二级/三级``, the 法律援助中心's 排查表 对岗不对人 with ``风险点 | 表现形式``,
``Ⅰ级/Ⅱ级/Ⅲ级`` and a last ``责任岗位`` column, the 渭滨街道司法所's 自查表 one sheet a person with
``高风险/中风险/低风险``, the 吴家堡派出所's 防控卡 one sheet a holder with ``★★★/★★/★``, the
交通警察大队's 一览表 written out on every row with bare ``Ⅰ/Ⅱ/Ⅲ``, the 社区矫正中心's 一览表 under
``附件1`` — and one harder: the 古渡派出所's 防控表 on the 分局's template, with no 姓名 column, whose
holders are written ONLY IN COMMENTS (批注) on the 岗位 cells
(``python tests/published/score.py --set batch387``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader checked out in /work/snap4 at 2c19fec
(dev's newest when the batch was done; this worktree branched from dev at 2c19fec).
``score.py --set batch387``:
``TOTAL                      forms  31/37  points  52/63  recall 0.83 precision 0.83 (52/63)  levels  52/52  types  52/52  noise 0``
and ``TOTAL forms=0.838 recall=0.825 precision=0.825 levels=1.000 types=1.000 noise=0``; with
``--strict`` the same:
``TOTAL                      forms  31/37  points  52/63  recall 0.83 precision 0.83 (52/63)  levels  52/52  types  52/52  noise 0``
and ``TOTAL forms=0.838 recall=0.825 precision=0.825 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type, with ``--strict`` too. The truth
was not changed after measuring.

Missed, all in the harder ``qindu_gudu_police_station_holders_in_comments.xlsx`` (sheet 防控表; forms
0/6, points 0/11, precision 0/11): the list itself was read right — every 部门, post, point, level
(一级风险 → Ⅰ级 …) and type (posts.csv F00005–F00010, risks.csv rows 4–14) — but with NO HOLDER, each
form 对岗不对人 (person blank), so no form and no point matched the truth's keys. By cell: C4:C5
``所长`` read with person blank where the truth is ``虢澂翛`` (the comment on C4
``Administrator:⏎岗位责任人：虢澂翛``); C6 ``教导员`` blank, truth ``戢岍蕤``; C7:C8 ``户籍内勤`` blank,
truth ``卻沨瑀``; C9:C10 ``社区民警`` blank, truth ``邰曈琮``; C11:C12 ``队长`` blank, truth
``蹇溍峄``; C13:C14 ``办案民警`` blank, truth ``詹翾崟``. No issue names the comments or a missing
holder (a post list without a 姓名 column reads as 对岗不对人, which raises nothing). Kind: the
reader does not look at cell comments outside the heading for who holds a post, so a holder written
only in the comment on the post's cell is lost and the list is read as 对岗不对人.

Unscored besides: the units of the three 分局 bodies that are units of their own were read as the
分局: the 古渡派出所 (F00005–F00010), the 交通警察大队 (F00028–F00032) and the 吴家堡派出所
(F00035–F00037) have the unit ``秦都区公安分局`` in posts.csv where the truth has
``秦都区公安分局古渡派出所``, ``秦都区公安分局交通警察大队`` and ``秦都区公安分局吴家堡派出所`` (the titles
and 填报单位 lines name them whole; the part after ``公安分局`` is dropped, not taken as a 科室 either);
the 渭滨街道司法所 reads as unit ``秦都区渭滨街道`` with the 科室 ``司法所`` (the scorer counts both ways;
its 所长 so becomes 中层岗位, truth leader); 教导员 reads as 一般岗位 and 政委 has no tier (truth:
leaders). The other issues are info only (TABLE_NO_TYPE on the two untyped layouts' sheets,
GRADE_BLANK on the cards and the 自查表, FILE_SKIPPED for truth.json).

Generalised after this measurement: a list with no holder column whose post cells carry comments
(批注) naming the holder ('Administrator:⏎岗位责任人：…') gives each post's rows that holder
(locate._holders_in_comments;
tests/test_columns.py::test_a_holder_named_in_a_comment_on_the_post_cell). The batch now reads in
full.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

import re
import zipfile

from openpyxl import load_workbook
from published.batch387 import (
    BANDS,
    BARE,
    COMMENT_AUTHOR,
    COMMENT_LABEL,
    COMMENTED_HEAD,
    COMMENTED_ROWS,
    COMMENTED_TAB,
    COMMENTED_UNIT,
    GRADES,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    build,
)
from published.cells import cells, norm
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(387, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
COMMENTED_FILE = "qindu_gudu_police_station_holders_in_comments"
HARDER = {COMMENTED_FILE}
UNTYPED = {"qindu_public_security_bureau_two_sheets", "qindu_wujiabao_police_station_cards"}
NOBODY = {"qindu_legal_aid_center_posts"}
GAP = "\u3000"


def _in_a_comment(form: dict, field: str) -> bool:
    """The harder file's holders stand in no cell: in the comment of their post's cell."""
    return form["layout"] == COMMENTED_FILE and field == "person"


def test_batch387_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=387, unit_words=("秦都区",), new_people=True)


def test_batch387_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14), unnamed=_in_a_comment)
    assert RESAVED == ()


def test_batch387_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch387_every_unit_is_of_qindu_and_stands_in_its_sheet():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("秦都区") for u in units)
    inbox = BATCH.inbox()
    for lay in LAYOUTS:
        sheets = cells(inbox / f"{lay['name']}.xlsx")
        for f in lay["truth"]:
            here = sheets[f["sheet"]]
            assert any(norm(f["unit"]) in c for c in here), lay["name"]
            for field in ("department", "title", "person"):
                if _in_a_comment({**f, "layout": lay["name"]}, field):
                    assert not any(norm(f[field]) in c for c in here), (f, field)
                    continue
                assert not f[field] or any(norm(f[field]) in c for c in here), (f, field)


def test_batch387_holders_stand_only_in_the_post_cells_comments():
    name = COMMENTED_FILE
    lay = BY_NAME[name]
    sheet = BATCH.sheet(name, COMMENTED_TAB)
    comments = sheet["comments"]
    head = BATCH.header(name, COMMENTED_TAB)
    assert tuple(sheet["rows"][head]) == COMMENTED_HEAD and "姓名" not in COMMENTED_HEAD
    assert lay["truth"][0]["unit"] == COMMENTED_UNIT
    # the list as it shows: 部门 merged, 岗位 merged per post, no holder column
    heads = {"dept": "部门", "post": "岗位", "point": "廉政风险点"}
    shown = BATCH.by_heading(name, heads, COMMENTED_TAB, level="风险等级")
    assert [r[:2] + r[3:] for r in shown] == [
        (d, p, pt, lv) for d, p, _, pt, lv in BATCH.truth_rows(name)
    ]
    assert BATCH.types_by(name, "风险类型", COMMENTED_TAB) == [
        r["types"] for r in BATCH.points(name)
    ]
    assert {r[6] for r in BATCH.table(name, COMMENTED_TAB)} == set(RISKS)
    # one comment a post, on the top-left cell of its merged 岗位 cell, naming its holder
    posts = [p for _, group in COMMENTED_ROWS for p in group]
    assert len(comments) == len(posts) == len(lay["truth"])
    filled = BATCH.filled(name, COMMENTED_TAB)
    by_cell = {}
    for (r, c), text in comments.items():
        assert c == 2 and sheet["rows"][r][c] is not None, (r, c)
        assert text.startswith(f"{COMMENT_AUTHOR}:\n{COMMENT_LABEL}"), text
        by_cell[(filled[r][1], filled[r][2])] = text.rsplit(COMMENT_LABEL, 1)[1]
    for f in lay["truth"]:
        assert by_cell[(f["department"], f["title"])] == f["person"], f
    # every row the merged 岗位 cell covers is that post's holder's
    for r, row in enumerate(filled):
        if r > head and isinstance(row[0], int):
            top = max(k for k in comments if k[0] <= r)
            assert filled[top[0]][2] == row[2]
    # the note says where the holders are
    assert any(
        "以批注形式标注在岗位单元格" in str(row[0]) for row in BATCH.rows(name, COMMENTED_TAB)
    )
    # the file: no cell names a holder; the comments are in the package, as Excel keeps them
    path = BATCH.inbox() / f"{name}.xlsx"
    holders = {f["person"] for f in lay["truth"]}
    assert not any(h in c for h in holders for c in cells(path)[COMMENTED_TAB])
    ws = load_workbook(path)[COMMENTED_TAB]
    got = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.comment is not None:
                got[(cell.row - 1, cell.column - 1)] = cell.comment.text
                assert cell.comment.author == COMMENT_AUTHOR
    assert got == comments
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        xml = z.read("xl/comments1.xml").decode("utf-8")
    assert {"xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"} <= names
    assert sorted(re.findall(COMMENT_LABEL + r"([^<\s]+)", xml)) == sorted(holders)


def test_batch387_plain_tables_by_heading():
    cases = [
        ("qindu_traffic_police_brigade_every_row",
         {"dept": "中队", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("qindu_community_correction_center_list",
         {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("qindu_legal_aid_center_posts", {"post": "责任岗位", "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 表现形式 none; the post the last column; nobody
    name = "qindu_legal_aid_center_posts"
    table = BATCH.table(name)
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[3] for row in table} and len(points) == len(table)
    assert all(len(row[2]) < len(row[3]) for row in table)
    assert not points & {row[1] for row in table}  # 权力事项 no point
    assert BATCH.holders(name) == {""} and "姓名" not in BATCH.heading(name)
    assert BATCH.heading(name)[-1] == "责任岗位"
    assert {r[5] for r in table} == set(ROMAN)
    # every row written out, nothing merged down; bare grades read by the note
    name = "qindu_traffic_police_brigade_every_row"
    assert all(m[0] == m[2] for m in BATCH.sheet(name)["merges"])
    assert all(all(c is not None for c in row[:8]) for row in BATCH.numbered(name))
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(row[0]).startswith("注：风险等级Ⅰ为高") for row in BATCH.rows(name))
    name = "qindu_community_correction_center_list"
    assert BATCH.rows(name)[0] == ["附件1"]
    assert {r[6] for r in BATCH.table(name)} == set(HML)


def test_batch387_leaders_and_staff_in_two_sheets():
    name = "qindu_public_security_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    assert BATCH.rows(name, "局领导")[0][0].endswith("局领导廉政风险防控表")
    heads = {"dept": "部门", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads, "部门") == BATCH.truth_rows(name, "部门")
    works = {r[3] for r in BATCH.table(name, "局领导")}
    assert not {p["risk_point"] for p in BATCH.points(name)} & works  # 分管工作 no point
    assert {r["level"] for r in BATCH.points(name)} == {1, 2, 3}


def test_batch387_group_rows_give_the_department():
    name = "qindu_justice_bureau_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and re.match(r"[一二三四]、", row[0]):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], GRADES[row[6]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [r["types"] for r in BATCH.points(name)]
    duties = {row[3] for row in BATCH.table(name)}
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 no point


def test_batch387_one_sheet_a_person():
    name = "qindu_wujiabao_police_station_cards"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["title"]
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert {r[2] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "qindu_weibin_justice_office_selfchecks"
    for f in BY_NAME[name]["truth"]:
        assert f["sheet"] == f["person"] and f["department"] == ""
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][0] == f"单位：{f['unit']}"
        assert rows[2][:5] == [f"姓{GAP}名", f["person"], None, f"职{GAP}务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        table = BATCH.table(name, f["sheet"])
        assert not {r[1] for r in table} & {p["risk_point"] for p in BATCH.points(name)}
        assert {r[4] for r in table} <= set(BANDS)


def test_batch387_is_read(tmp_path):
    BATCH.is_read(tmp_path)
