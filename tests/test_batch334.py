"""The three-hundred-and-thirty-fourth batch of published layouts (tests/published/batch334.py): seven
ordinary files as the 国资 and 金融 bodies of one district (新津区) really send them — the
国资金融局's two sheets ``局领导 | 科室`` with ``一级/二级/三级``, the 投资集团's 一览表 with short types
and 高/中/低, the 融资担保有限公司's 排查表 对岗不对人 with ``风险点 | 风险表现`` and
``高风险/中风险/低风险``, the 国有资产经营有限公司's 责任清单 under group rows with ``职责事项`` and
``Ⅰ级/Ⅱ级/Ⅲ级``, the 农商银行五津支行's 防控卡 one sheet a holder with ``★★★/★★/★``, the
国投小额贷款有限公司's 自查表 one sheet a person with ``一级风险/二级风险/三级风险``, the 金融服务中心's
一览表 with bare ``Ⅰ/Ⅱ/Ⅲ`` — and one harder: the 农商银行花源支行's 一览表 whose 姓名 column is the
March 排查's, KEPT UP TO DATE BY A CHANGE LOG UNDER IT (``岗位人员变动登记（轮岗、交流）``: ``部门 | 岗位 |
原任人员 | 现任人员 | 变动时间 | 变动原因``) whose 现任人员 carries the post's rows
(``python tests/published/score.py --set batch334``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at bf8246d (main's newest when the batch was done; this
worktree branched from it). ``score.py --set batch334``:
``TOTAL                      forms  38/40  points  68/78  recall 0.87 precision 0.82 (68/83)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=0.950 recall=0.872 precision=0.819 levels=1.000 types=1.000 noise=0``; with
``--strict``:
``TOTAL                      forms  36/40  points  68/78  recall 0.87 precision 0.82 (68/83)  levels  68/68  types  68/68  noise 0``
and ``TOTAL forms=0.900 recall=0.872 precision=0.819 levels=1.000 types=1.000 noise=0``. The 9 files
of the inbox: eight .xlsx, no re-saved copies, and truth.json (skipped as FILE_SKIPPED). The seven
ordinary layouts read in full — every form, point, level and type — with ``--strict`` too. The
truth was not changed after measuring.

Missed, all in the harder ``xinjin_rural_bank_huayuan_rotation_log.xlsx`` (sheet ``一览表``: title row
1, the ``填报单位（盖章）：…`` line row 2, the list's header row 3 and rows 4–20 (姓名 in column D,
merged per person), a blank row 21, the caption ``岗位人员变动登记（轮岗、交流）`` A22 merged across, the
log's header row 23 and its four rows 24–27 (原任人员 in D, 现任人员 in E), the ``注：`` line A28, the
填表人 line row 29): forms 5/7 (``--strict`` 3/7), points 7/17, precision 7/22, levels and types 7/7
of the points matched. Only the three people the log does not touch read right (阙珞衡 E4–E6,
邰绮澜 E10–E11, 谯语桐 E14–E15).

(a) The log was not applied: every row was read with the 姓名 written in the list, as typed at the
March 排查, though the ``注：`` line (A28) says the log's 现任人员 carries the post:

- E7, E8, E9 (副行长, D7 ``麴昭远``): read under 麴昭远 (posts.csv F00019); truth 巩泓祎 (E24) — his
  form missed;
- E16, E17, E18 (公司客户经理, D16 ``钮晟骞``): read under 钮晟骞 (F00023); truth 敖鹄川 (E27) — his form
  missed;
- E12, E13 (营业室 综合柜员, D12 ``冉瑗汐``): read under 冉瑗汐 (F00021); truth 糜蔚岚 (E25);
- E19, E20 (信贷室 个人客户经理, D19 ``糜蔚岚``): read under 糜蔚岚 (F00024); truth 冉瑗汐 (E26) — so
  the two who swapped were each matched leniently to the other's form (forms 5/7) but with the
  wrong 科室 and post (``--strict`` 3/7), and their points missed.

(b) The log under the list was read as more rows OF THE LIST, the blank row 21 and the caption A22
not ending it: the log's header row 23 became a form of its own (F00025, 部门 ``部门``, 岗位 ``岗位``,
person ``原任人员``) with a point ``现任人员`` (E23), and each change row a point of the ORIGINAL
holder's form whose text is the NEW holder's name — E24 ``巩泓祎`` under 麴昭远 (F00019), E25
``糜蔚岚`` under 冉瑗汐 (F00021), E26 ``冉瑗汐`` under 糜蔚岚 (F00024), E27 ``敖鹄川`` under 钮晟骞
(F00023) — with the 变动时间 read as the type (TYPE_UNKNOWN F23–F27), the 变动原因 as the level
(LEVEL_UNKNOWN G23–G27) and no measure (MEASURES_BLANK H23–H27): five points that are none (truth:
the log holds no point).

Kinds (two): a change log under a filled list — ``部门 | 岗位 | 原任人员 | 现任人员`` — that amends
the holders of the rows above is not applied, so the rows stay with the holders typed in the list
(two holders missing, two swapped holders on each other's posts); and a second table under a blank
row and a merged caption, with a heading of its own and no risk column, is taken for a
continuation of the list (its heading a form, its rows points under the list's columns) instead
of being set aside as another table (TABLE_OTHER). The caption A22 and the ``注：`` line A28 were
rightly read as no points.

Unscored besides: the 15 errors and warnings on the log's cells (F23–H27; the score's noise does not
count them); both bank files were read with the unit ``新津区农村商业银行`` (truth
``新津区农村商业银行花源支行`` and ``…五津支行``: the 支行 dropped from a unit named in the title); the
投资集团's 投资经理 (F00012) and the 担保公司's 风控经理 (F00007) read as 中层岗位 (truth general). The other
issues are info only (TABLE_NO_TYPE on the 国资金融局's two sheets, the 经营公司's list and the three
自查表; GRADE_BLANK on the three cards and the three 自查表; FILE_SKIPPED for truth.json).

Generalised after this measurement: a table of changes under the list ('原任人员 | 现任人员') names the holders now (info HOLDERS_CHANGED; tests/test_columns.py::test_a_table_of_changes_under_the_list_names_the_holders_now).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch334 import (
    BANDS,
    BARE,
    GRADES,
    HUAYUAN,
    LAYOUTS,
    LIST_HEAD,
    LOG_CAPTION,
    LOG_HEAD,
    LOG_NOTE,
    RESAVED,
    RISKS,
    ROMAN,
    ROTATIONS,
    STARS,
    build,
    holder,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **BARE, **BANDS, **STARS, **RISKS}
BATCH = Batch(334, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
LOG_FILE = "xinjin_rural_bank_huayuan_rotation_log"
HARDER = {LOG_FILE}
UNTYPED = {
    "xinjin_state_assets_finance_bureau_two_sheets",
    "xinjin_state_assets_operation_groups",
    "xinjin_microcredit_selfchecks",
}
NOBODY = {"xinjin_guarantee_company_posts"}
GAP = "\u3000"


def test_batch334_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=330, unit_words=("新津区",), new_people=True)


def test_batch334_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(7, 17))
    assert RESAVED == ()


def test_batch334_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch334_every_unit_is_of_xinjin():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith("新津区") for u in units)


def test_batch334_the_change_log_gives_the_holders():
    name = LOG_FILE
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert rows[head] == list(LIST_HEAD)
    # the list as typed in March: its 姓名 column is filled on every row
    at = next(r for r, row in enumerate(rows) if row[0] == LOG_CAPTION)
    listed = [row for row in rows[head + 1 : at] if isinstance(row[0], int)]
    assert all(row[3] for row in listed)
    assert rows[at - 1] == [None] * len(LIST_HEAD)  # a blank row before the log
    assert all(c == LOG_CAPTION for c in rows[at])  # the caption merged across
    assert rows[at + 1][:7] == list(LOG_HEAD) and rows[at + 1][7] == LOG_HEAD[-1]
    log = [row for row in rows[at + 2 :] if isinstance(row[0], int)]
    assert [tuple(row[1:7]) for row in log] == ROTATIONS
    assert not set(LOG_HEAD) & {"风险点", "廉洁风险点", "风险等级"}  # the log has no risk column
    assert any(row[0] == LOG_NOTE for row in rows) and "现任人员承担" in LOG_NOTE
    # every row's holder: the 现任人员 of the change naming its 部门, 岗位 and 原任, else its 姓名
    changes = {(row[1], row[2], row[3]): row[4] for row in log}
    got = [(r[1], r[2], changes.get((r[1], r[2], r[3]), r[3]), r[4], HML[r[6]]) for r in listed]
    assert got == BATCH.truth_rows(name)
    answers = BATCH.answers(name)
    for row in listed:
        assert answers[row[4]][4] == types_in(row[5]) and len(types_in(row[5])) == 1, row
    # four of the seven people in the list no longer hold its rows
    typed = {row[3] for row in listed}
    holders = BATCH.holders(name)
    assert len(typed) == 7 and len(holders) == 7
    assert typed - holders == {"麴昭远", "钮晟骞"}  # left the 支行: they hold nothing here
    assert holders - typed == {"巩泓祎", "敖鹄川"}  # stand nowhere in the list
    # the two who swapped hold each other's former rows
    forms = {f["person"]: f for f in BY_NAME[name]["truth"]}
    assert (forms["糜蔚岚"]["department"], forms["糜蔚岚"]["title"]) == ("营业室", "综合柜员")
    assert (forms["冉瑗汐"]["department"], forms["冉瑗汐"]["title"]) == ("信贷室", "个人客户经理")
    assert {r[3] for r in listed if r[3] == "冉瑗汐"} and all(
        r[2] == "综合柜员" for r in listed if r[3] == "冉瑗汐"
    )
    # two 综合柜员 in the 营业室: the 原任 tells which one changed
    tellers = {r[3] for r in listed if (r[1], r[2]) == ("营业室", "综合柜员")}
    assert tellers == {"冉瑗汐", "谯语桐"}
    assert {holder("营业室", "综合柜员", who) for who in tellers} == {"糜蔚岚", "谯语桐"}
    # the log rows, caption and heading are no points
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {c for row in log for c in row if isinstance(c, str)}
    assert len(points) == sum(len(p) for *_, p in HUAYUAN) == len(listed)


def test_batch334_plain_tables_by_heading():
    cases = [
        ("xinjin_investment_group_list",
         {"dept": "部门", "post": "岗位", "person": "姓名", "point": "廉洁风险点"}, "风险类型"),
        ("xinjin_guarantee_company_posts", {"dept": "部门", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("xinjin_finance_service_center_list",
         {"dept": "科室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    # the short 风险点 is the point, the long 风险表现 none; the 担保公司 names nobody
    name = "xinjin_guarantee_company_posts"
    assert not {p["risk_point"] for p in BATCH.points(name)} & {r[4] for r in BATCH.table(name)}
    assert BATCH.holders(name) == {""}
    assert "姓名" not in BATCH.heading(name)
    assert {r[6] for r in BATCH.table(name)} == set(BANDS)
    # the 中心: bare Ⅰ/Ⅱ/Ⅲ read by its note; 科室 on every row, no merges in the table
    name = "xinjin_finance_service_center_list"
    assert {r[6] for r in BATCH.table(name)} == set(BARE)
    assert any(str(r[0]).startswith("注：风险等级Ⅰ为高风险") for r in BATCH.rows(name))
    head = BATCH.header(name)
    assert not [m for m in BATCH.sheet(name)["merges"] if m[0] > head and m[2] > m[0]]
    # the 国资金融局's two sheets
    name = "xinjin_state_assets_finance_bureau_two_sheets"
    got = BATCH.by_heading(
        name,
        {"post": "职务", "person": "姓名", "point": "廉政风险点"},
        "局领导",
        fixed={"dept": "局领导"},
    )
    assert got == BATCH.truth_rows(name, "局领导")
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "廉政风险点"}
    assert BATCH.by_heading(name, heads, "科室") == BATCH.truth_rows(name, "科室")
    assert not {p["risk_point"] for p in BATCH.points(name)} & {
        r[3] for r in BATCH.table(name, "局领导")
    }


def test_batch334_group_rows_give_the_department():
    name = "xinjin_state_assets_operation_groups"
    rows, dept, got, duties = BATCH.filled(name), None, [], set()
    for row in rows[BATCH.header(name) + 1 :]:
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[4], ROMAN[row[5]]))
            duties.add(row[3])
    assert got == BATCH.truth_rows(name)
    assert not duties & {p["risk_point"] for p in BATCH.points(name)}  # 职责事项 is no point
    assert BATCH.heading(name)[1:5] == ["岗位", "姓名", "职责事项", "廉洁风险点"]


def test_batch334_one_sheet_a_person():
    name = "xinjin_rural_bank_wujin_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], f"职{GAP}务", f["title"]]
        assert rows[2][:2] == ["所在部门", f["department"]]
        assert f["sheet"] == f["title"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉洁风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [
            r["types"] for r in BATCH.points(name, f["sheet"])
        ]
        assert {r[3] for r in BATCH.table(name, f["sheet"])} <= set(STARS)
    name = "xinjin_microcredit_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == [f"姓{GAP}名", f"部{GAP}门", f"岗{GAP}位", "填表时间"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        found = {r[4] for r in BATCH.table(name, f["sheet"])}
        assert not found & {p["risk_point"] for p in BATCH.points(name)}  # 自查情况 no point


def test_batch334_is_read(tmp_path):
    BATCH.is_read(tmp_path)
