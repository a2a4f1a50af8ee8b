"""The five-hundred-and-twenty-second batch of published layouts (tests/published/batch522.py):
seven ordinary files as the 公安 and 司法 bodies of one county (永登县) really send them — the
公安局's 一览表 with 科室/职权内容/…/岗位/责任人 on every row and 高/中/低, the 司法局's file in two
sheets ``局领导``/``股室`` with ``一级/二级/三级``, the 公证处's 排查表 对岗不对人 with
``风险点 | 风险表现`` and ``Ⅰ级/Ⅱ级/Ⅲ级``, the 城关镇司法所's 防控卡 one sheet a holder with
``★★★/★★/★``, the 红城镇司法所's 自查表 one sheet a person with ``高风险/中风险/低风险``, the
中堡镇司法所's 责任清单 under group rows with ``一级风险/二级风险/三级风险``, the 河桥镇司法所's
责任清单 with ``职责事项`` — and one harder: the 看守所's 一览表 sent as a CSV file (Excel's ``CSV
(逗号分隔)``, GBK, a merged cell's value only on its first line)
(``python tests/published/score.py --set batch522``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with the developers' newest reader at aa6bdba (``/work/snap37``; this
worktree branched from dev at aa6bdba too): ``TOTAL                      forms  19/22  points
32/37  recall 0.86 precision 1.00 (32/32)  levels  32/32  types  32/32  noise 0`` / ``TOTAL
forms=0.864 recall=0.865 precision=1.000 levels=1.000 types=1.000 noise=0``; with --strict the
same: ``TOTAL                      forms  19/22  points  32/37  recall 0.86 precision 1.00 (32/32)
levels  32/32  types  32/32  noise 0`` / ``TOTAL forms=0.864 recall=0.865 precision=1.000
levels=1.000 types=1.000 noise=0``. The 8 files: seven .xlsx and one .csv, no re-saved copies.
The seven ordinary layouts read in full, --strict too (19/19 forms, 32/32 points, levels and
types all right).

Missed, all in the harder ``yongdeng_detention_csv.csv`` (forms 0/3, points 0/5): the file is
not read at all. issues.csv has one line, ``info,FILE_SKIPPED,yongdeng_detention_csv.csv,,,文件,.csv,
"不是表格文件(.csv),已跳过;请对方发送 Excel 表格(.xlsx)"``, and the closing check counts it among the
skipped files (``文件 9 = 已读取 7 + 已跳过 2``, truth.json the other); so no cell is read: the
holders 厍翾淏 (所长, C3), 雒琮翀 (管教民警, C5) and 郗珩湜 (收押民警, C7) and their five points
(D3–D7, e.g. D3 ``违规批准在押人员会见、通信``, 一级, 岗位职责) are all missing, none read wrong.
Kind: a form sent as a CSV file (Excel's GBK ``CSV (逗号分隔)``) is skipped as no table, with
only an info line, not read as the one sheet it was saved from.

Generalised after this measurement: a form sent as a text table ('.csv' as Excel's 'CSV (逗号分隔)'
writes it, '.tsv', a tab-separated '.txt'; GBK, UTF-8 with or without BOM, UTF-16) is read as one
sheet named after the file, a merged cell's value on its first line filled down as elsewhere
(workbook.read_grids; info FILE_TEXT_TABLE; tests/test_forms_sent_as_csv.py).

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch522 import (
    CSV_LAYOUT,
    DETENTION,
    ENCODING,
    GRADES,
    LAYOUTS,
    PLACE,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    WORDS,
    build,
    build_workbooks,
    csv_text,
)
from published.checks import Batch, built
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **WORDS}
BATCH = Batch(522, LAYOUTS, build, levels=LEVELS)
WORKBOOKS = Batch(522, LAYOUTS, build_workbooks, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {CSV_LAYOUT}
UNTYPED = {
    "yongdeng_justice_two_sheets",
    "yongdeng_chengguan_cards",
    "yongdeng_hongcheng_selfchecks",
    "yongdeng_zhongbao_group_rows",
    "yongdeng_heqiao_duty_list",
}
NOBODY = {"yongdeng_notary_posts"}


def test_batch522_is_apart_from_the_earlier_batches():
    BATCH.is_apart(count=(8, 9), harder=HARDER, sees=518, unit_words=(PLACE,), new_people=True)


def test_batch522_truth_is_self_consistent():
    WORKBOOKS.truth_is_self_consistent(nobody=NOBODY, points=(4, 10))
    assert RESAVED == ()


def test_batch522_levels_and_types():
    BATCH.levels_and_types(untyped=UNTYPED, one_type=True, min_levels=3)


def test_batch522_every_unit_is_of_yongdeng():
    units = [lay["truth"][0]["unit"] for lay in LAYOUTS]
    assert len(set(units)) == len(LAYOUTS) and all(u.startswith(PLACE) for u in units)


def test_batch522_the_harder_file_is_a_gbk_csv_of_its_sheet():
    inbox = built(build)
    files = sorted(p.name for p in inbox.iterdir() if p.name != "truth.json")
    assert f"{CSV_LAYOUT}.csv" in files and f"{CSV_LAYOUT}.xlsx" not in files
    assert sum(name.endswith(".xlsx") for name in files) == len(LAYOUTS) - 1
    raw = (inbox / f"{CSV_LAYOUT}.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.endswith(b"\r\n")
    text = raw.decode(ENCODING)
    assert text == csv_text(BY_NAME[CSV_LAYOUT])
    lines = text.split("\r\n")[:-1]
    assert all("," in ln and '"' not in ln for ln in lines)
    widths = {len(ln.split(",")) for ln in lines}
    assert widths == {7}
    assert lines[0] == f"{PLACE}看守所岗位廉政风险防控一览表" + "," * 6
    assert lines[1] == "序号,岗位,姓名,廉政风险点,风险类型,风险等级,防控措施"
    got, post, who = [], None, None
    for ln in lines[2:]:
        f = ln.split(",")
        if not f[0].isdigit():
            continue
        post, who = (f[1] or post), (f[2] or who)
        got.append(("", post, who, f[3], GRADES[f[5]]))
    assert got == BATCH.truth_rows(CSV_LAYOUT)
    assert len(got) == sum(len(ps) for _p, _w, _t, ps in DETENTION)
    # each holder named on his first line only (the merged cell's lower part is empty)
    named = [ln.split(",")[2] for ln in lines[2:] if ln.split(",")[0].isdigit()]
    assert [n for n in named if n] == [w for _p, w, _t, _ps in DETENTION]
    files_in_truth = {f["file"] for f in BATCH.truth()[1]["forms"]}
    assert f"{CSV_LAYOUT}.csv" in files_in_truth and f"{CSV_LAYOUT}.xlsx" not in files_in_truth
    assert BATCH.types_by(CSV_LAYOUT, "风险类型") == [r["types"] for r in BATCH.points(CSV_LAYOUT)]


def test_batch522_plain_tables_by_heading():
    cases = [
        ("yongdeng_notary_posts", {"dept": "科室", "post": "岗位", "point": "风险点"}, "风险类型"),
        ("yongdeng_police_bureau_list", {"dept": "科室", "post": "岗位", "person": "责任人",
                                         "point": "风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    assert BATCH.holders("yongdeng_notary_posts") == {""}
    name = "yongdeng_heqiao_duty_list"
    got = BATCH.by_heading(name, {"post": "岗位", "person": "姓名", "point": "廉政风险点"})
    assert got == BATCH.truth_rows(name)
    name = "yongdeng_justice_two_sheets"
    got = BATCH.by_heading(name, {"dept": "股室", "post": "岗位", "person": "姓名",
                                  "point": "廉政风险点"}, "股室")  # fmt: skip
    assert got == BATCH.truth_rows(name, "股室")
    got = BATCH.by_heading(name, {"post": "职务", "person": "姓名", "point": "廉政风险点"},
                           "局领导", fixed={"dept": "局领导"})  # fmt: skip
    assert got == BATCH.truth_rows(name, "局领导")


def test_batch522_group_rows_and_one_sheet_a_person():
    name = "yongdeng_zhongbao_group_rows"
    got, dept = [], None
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], RISKS[row[4]]))
    assert got == BATCH.truth_rows(name)
    name = "yongdeng_chengguan_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1] == ["姓　名", f["person"], "职　务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "yongdeng_hongcheng_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:3] == ["姓　名", "岗　位", "所在科室"]
        assert rows[2][:3] == [f["person"], f["title"], f["department"]]
        assert f["sheet"] == f["person"]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])


def test_batch522_is_read(tmp_path):
    BATCH.is_read(tmp_path)
