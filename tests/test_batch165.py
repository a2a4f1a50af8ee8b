"""The hundred-and-sixty-fifth batch of published layouts (tests/published/batch165.py): nine ordinary
files as county bodies of 宜宾县 send them — a 信访局 一览表 whose header labels are typed with spaces
(``股  室``, ``姓  名``), the 县委巡察办's 清单 对岗不对人 with no 科室 column and bare ``Ⅰ/Ⅱ/Ⅲ``, a 县政府办公室
排查表 sorted by level with every row written out (one holder's rows apart), a 侨联 一览表 with a short
风险点 beside its 风险表现形式 and the 责任人 last, a 120急救指挥中心 排查表 parted by group rows
``一、中心领导`` …, a 国库集中支付中心 一览表 with 姓名 first and ``★★★/★★/★``, a 非税收入征收管理局's 自查表
per sheet, a 水土保持站 一览表 whose measures stand on a second sheet keyed by 风险编号 — and one harder:
a 劳动人事争议仲裁院's 防控卡 stacked on one sheet, each holder named only in the signature line under
his card (``python tests/published/score.py --set batch165``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

First measured untuned with the reader at a19ee05 (main's newest when the batch was done): forms
1.000 (46/46), recall 1.000 (72/72), precision 1.000 (72/72), levels 1.000 (72/72), types 1.000
(72/72), noise 0; with --strict the same: forms 1.000 (46/46), recall 1.000 (72/72), precision
1.000 (72/72), levels 1.000 (72/72), types 1.000 (72/72), noise 0. Nine .xlsx, no re-saved copies.
Missed: nothing scored. Seen in the export, not scored:

- ``soil_station_measures_sheet``: all 8 points come with measures "" and a MEASURES_BLANK warning
  each (``风险点!E3``–``E10``, ``…未填写防控措施;请补填``), though the second sheet ``防控措施`` gives a
  measure for every 风险编号 (``防控措施!A3:B10``, ``SB-01``…``SB-08``, the same codes as
  ``风险点!A3:A10``) and the merged 注 ``风险点!A11`` says so (``…防控措施见“防控措施”工作表，按风险编号对应。``).
  The 防控措施 sheet itself is passed over without a word — no TABLE_OTHER or other notice for it;
  the check line reads ``表格外内容 0 处``. Points, holders, levels and types are all right.
- ``arbitration_cards_signed``: the 仲裁员 谯鸣珂 and the 书记员 晏归鸿 read 中层岗位 (truth general; the
  院长 leader and the 立案科 科长 middle are right). A card whose pair row gives ``所在科室`` but whose
  holder comes from the signature line, not a field, is taken for a 科室's form (``locate._tier``:
  ``"department" in fields and "person" not in fields`` → middle) before the post's own word
  (``…员``) is looked at.
- ``nontax_bureau_self_checks``: the ``岗位职责 | 负责…`` line above each 自查表 is not carried into
  risks.csv's ``duty`` (blank; ``section`` reads 岗位职责, 分管工作 for the 副局长).

Read right: the harder stacked 防控卡 — each holder taken from the ``持卡人（签字）：…`` line under his
own card, 科室 and 岗位 from the pair row over it, all 8 points, levels and types; the 信访局's header
labels typed with spaces (``股  室``, ``岗  位``, ``姓  名``); the 巡察办's posts 对岗不对人 kept as
written (``综合股股长``, ``巡察组组长``, department "") with bare ``Ⅰ/Ⅱ/Ⅲ`` and the 主要职责 as duty; the
县政府办公室's list sorted by level, one holder's scattered rows one form; the 侨联's short 风险点
beside its 风险表现形式 (read as the description) and the 责任人 in the last column; the 急救指挥中心's
group rows ``一、中心领导`` … as 科室; the 国库集中支付中心's 姓名 first and ``★★★/★★/★``; the 非税收入
自查表's pairs and tabs. Units right on every form; 科室 and 岗位 right on every form (strict).

(Read in full before any change for it: nothing in this batch was generalised on.)

Nothing was generalised on this batch: it read in full untuned, strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch165 import BARE, GRADES, LAYOUTS, ROMAN, STARS, build
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **BARE, **ROMAN, **GRADES, **STARS}
BATCH = Batch(165, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"arbitration_cards_signed"}
UNTYPED = {"inspection_office_posts"}
NOBODY = {"inspection_office_posts"}


def test_batch165_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 10), harder=HARDER, new_people=True)
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert all(u.startswith(("宜宾县", "中共宜宾县委")) for u in units), units


def test_batch165_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY)


def test_batch165_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True)


def test_batch165_stacked_cards_signed_below():
    name = "arbitration_cards_signed"
    rows = BATCH.filled(name)
    forms = BY_NAME[name]["truth"]
    heads = [r for r, row in enumerate(rows) if row[0] == "所在科室"]
    assert len(heads) == len(forms) == 4
    assert not any("姓名" in str(c) for row in rows for c in row)
    for at, f in zip(heads, forms, strict=True):
        assert rows[at] == ["所在科室", f["department"], f["department"], "岗位", f["title"]]
        assert rows[at + 1] == ["序号", "风险点", "风险类型", "风险等级", "防控措施"]
        body = rows[at + 2 : at + 2 + len(f["risks"])]
        assert [r[1] for r in body] == [p["risk_point"] for p in f["risks"]]
        assert [HML[r[3]] for r in body] == [p["level"] for p in f["risks"]]
        assert [[r[2]] for r in body] == [p["types"] for p in f["risks"]]
        sign = rows[at + 2 + len(f["risks"])]
        assert sign[0] == f"持卡人（签字）：{f['person']}" and sign[3].startswith("日期：")
        # the holder stands in his signature line and nowhere else
        assert sum(f["person"] in str(c) for row in rows for c in set(row)) == 1


def _says_none_of(row, words) -> bool:
    return not any(w in str(c) for c in row for w in words)


def test_batch165_measures_on_a_second_sheet():
    name = "soil_station_measures_sheet"
    points, measures = BATCH.filled(name, "风险点"), BATCH.filled(name, "防控措施")
    head = BATCH.header(name, "风险点", first="风险编号")
    assert _says_none_of(points[head], ("防控措施", "措施"))
    got = BATCH.by_heading(
        name, {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}, "风险点",
        first="风险编号",
    )  # fmt: skip
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型", "风险点", first="风险编号") == [
        p["types"] for p in BATCH.points(name)
    ]
    codes = [row[0] for row in points[head + 1 :] if row[6] in HML]
    assert codes == [f"SB-{n:02d}" for n in range(1, len(BATCH.points(name)) + 1)]
    at = BATCH.header(name, "防控措施", first="风险编号")
    assert measures[at] == ["风险编号", "防控措施", "责任股室", "完成时限"]
    listed = [row for row in measures[at + 1 :] if str(row[0]).startswith("SB-")]
    assert [row[0] for row in listed] == codes
    assert {row[3] for row in listed} == {"长期坚持"}
    # the measures sheet holds no point, and its 责任股室 are the posts' own 股室
    texts = {p["risk_point"] for p in BATCH.points(name)}
    assert not texts & {c for row in measures for c in row}
    assert {row[2] for row in listed} == {f["department"] for f in BY_NAME[name]["truth"]}
    assert any("防控措施" in str(row[0]) and row[0].startswith("注") for row in points)


def test_batch165_sorted_by_level():
    name = "gov_office_sorted_by_level"
    sheet = BATCH.sheet(name)
    assert all(r0 == r1 and c1 - c0 == 7 for r0, c0, r1, c1 in sheet["merges"])  # only whole lines
    rows = BATCH.table(name)
    levels = [ROMAN[row[6]] for row in rows]
    assert levels == sorted(levels) and set(levels) == {1, 2, 3}
    heads = {"dept": "科室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert sorted(BATCH.by_heading(name, heads)) == sorted(BATCH.truth_rows(name))
    # some holders' rows stand apart
    apart = set()
    for who in BATCH.holders(name):
        at = [k for k, row in enumerate(rows) if row[3] == who]
        if at[-1] - at[0] + 1 > len(at):
            apart.add(who)
    assert apart == {"昝见山", "揭寄北", "竺蕴玉"}
    answers = BATCH.answers(name)
    assert all(types == [row[5]] for row in rows for types in [answers[row[4]][4]])


def test_batch165_plain_tables_by_heading():
    cases = [
        ("petition_bureau_spaced_heads",
         {"dept": "股  室", "post": "岗  位", "person": "姓  名", "point": "廉政风险点"}, "风险类别"),
        ("overseas_chinese_holder_last",
         {"dept": "部门", "post": "职务", "person": "责任人", "point": "风险点"}, "风险类型"),
        ("treasury_center_name_first",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "风险点"}, "风险类型"),
        ("inspection_office_posts", {"post": "岗位", "point": "廉政风险点"}, None),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        if typ:
            assert BATCH.types_by(name, typ) == [p["types"] for p in BATCH.points(name)], name
    heading = BATCH.heading("petition_bureau_spaced_heads")
    assert [h for h in heading if "  " in h] == ["股  室", "岗  位", "姓  名"]
    heading = BATCH.heading("overseas_chinese_holder_last")
    assert heading[-1] == "责任人" and heading[3:5] == ["风险点", "风险表现形式"]
    assert all(len(r[3]) < len(r[4]) for r in BATCH.table("overseas_chinese_holder_last"))
    assert BATCH.heading("treasury_center_name_first")[1] == "姓名"
    # no 科室 column: the posts as written, with their 科室 in them
    name = "inspection_office_posts"
    assert "科室" not in BATCH.heading(name) and "股室" not in BATCH.heading(name)
    titles = [f["title"] for f in BY_NAME[name]["truth"]]
    assert {"综合股股长", "巡察组组长", "巡察组副组长"} <= set(titles)
    assert all(f["department"] == "" for f in BY_NAME[name]["truth"])
    assert {row[4] for row in BATCH.table(name)} == set(BARE)


def test_batch165_group_rows_give_the_department():
    name = "emergency_center_group_rows"
    rows = BATCH.filled(name)
    head = BATCH.header(name)
    assert "科室" not in rows[head]
    got, dept = [], None
    for row in rows[head + 1 :]:
        if len(set(row)) == 1 and str(row[0])[:2] in {"一、", "二、", "三、", "四、"}:
            dept = row[0][2:]
        elif row[5] in HML:
            got.append((dept, row[1], row[2], row[3], HML[row[5]]))
    assert got == BATCH.truth_rows(name)
    assert BATCH.types_by(name, "风险类型") == [p["types"] for p in BATCH.points(name)]


def test_batch165_self_checks_per_sheet():
    name = "nontax_bureau_self_checks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert f["sheet"] == f["person"]
        assert rows[1] == ["姓名", f["person"], "所在股室", f["department"], "职务", f["title"]]
        assert rows[2][0] == "岗位职责" and rows[2][1] not in {p["risk_point"] for p in f["risks"]}
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类型", f["sheet"]) == [p["types"] for p in f["risks"]]


def test_hundred_and_sixty_fifth_batch_is_read(tmp_path):
    BATCH.is_read(tmp_path)
